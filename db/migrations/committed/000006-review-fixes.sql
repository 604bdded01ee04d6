--! Previous: sha1:3827f0aad0a61a048dfcc994ccce7120b6783a25
--! Hash: sha1:1f94d3aae611c834597dbe5c764c5f0ff6a1eec5
--! Message: Review fixes

-- Review fixes after modules 1-5
--
-- Two things the end-of-session review found, each a single source of truth
-- restored:
--   6.1 screen_patient_text() looked up the writer's profile language on every
--       patient write and never used it (the detector reads every language, so
--       mixed-language texts are caught). The lookup is gone from the hot path.
--   6.2 mood_streak() kept its own copy of the streak rule that journaling later
--       wrote once as app_private.day_streak(); it now calls that, so mood and
--       gratitude streaks can never disagree.

-------------------------------------------------------------------------------
-- 6.1 Screening without the unused profile lookup
-------------------------------------------------------------------------------
create or replace function app_private.screen_patient_text(
  source app_public.crisis_source_enum, user_id uuid, source_id uuid, content text
) returns app_public.crisis_level_enum
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  assessment app_public.crisis_assessment;
  detection uuid;
  escalation uuid;
begin
  -- No language: the detector reads the text in every language it knows.
  assessment := app_public.assess_crisis_text(content, null);
  if assessment.risk_level < 'moderate' then
    return assessment.risk_level;
  end if;
  insert into app_public.crisis_detections (user_id, content_source, source_id, content_text, crisis_score, detected_keywords, risk_level)
    values (screen_patient_text.user_id, source, source_id, left(content, 2000), assessment.crisis_score,
            coalesce(assessment.signals, '[]'), assessment.risk_level)
    returning id into detection;
  if assessment.risk_level >= 'high' then
    insert into app_public.crisis_escalations (detection_id, user_id, risk_level, response_due_at)
      values (detection, screen_patient_text.user_id, assessment.risk_level, now() + app_private.response_window(assessment.risk_level))
      returning id into escalation;
    perform app_private.notify_escalation(escalation);
  end if;
  return assessment.risk_level;
exception when others then
  -- Never block or lose a person's words: the write goes on.
  raise warning 'crisis screening failed (%): %', sqlstate, sqlerrm;
  return null;
end;
$$;

-------------------------------------------------------------------------------
-- 6.2 One streak rule
-------------------------------------------------------------------------------
create or replace function app_public.mood_streak(patient_id uuid default null) returns app_public.mood_streak
  language sql stable
as $$
  select s.current_streak, s.longest_streak, s.last_date, s.total_days
  from app_private.day_streak(
         array(select e.entry_date from app_public.mood_entries e where e.user_id = (select app_private.subject(patient_id))),
         (select app_private.local_today(app_private.subject(patient_id)))) s
$$;
comment on function app_public.mood_streak(uuid) is
  'Consecutive days with a check-in (app_private.day_streak): the current run (alive until a whole local day is missed) and the longest ever.';

select app_private.assign_definer_functions();
