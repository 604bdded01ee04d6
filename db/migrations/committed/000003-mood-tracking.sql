--! Previous: sha1:dff75fabeacf040b965503720ac803ada9ee6924
--! Hash: sha1:932f501c90641118120da7aeac275da5206ab90b
--! Message: Mood tracking

-- Module 3 — Mood tracking (seed: mood_entries, mood_patterns, mood_goals,
-- mood_insights, mood_analytics)
--
-- The feature patients touch every day: a check-in of mood, energy, anxiety,
-- stress and sleep, and what the platform learns from it. Everything a client
-- shows (streaks, averages, trends, correlations, goal progress) is computed here
-- in SQL from the entries, never stored by hand, so it cannot drift. Patients own
-- their rows; a therapist reads them through the access rule of module 2, and
-- every such read is logged.

-- current.sql is re-run on every change while it is being written: start clean.
drop table if exists app_public.mood_analytics, app_public.mood_insights, app_public.mood_goal_achievements,
  app_public.mood_goals, app_public.mood_patterns, app_public.mood_entries cascade;
drop function if exists app_private.are_tags(text[]), app_private.local_today(uuid) cascade;
drop type if exists app_public.mood_dimension_enum, app_public.mood_pattern_enum, app_public.mood_goal_kind_enum,
  app_public.goal_comparison_enum, app_public.goal_status_enum, app_public.insight_period_enum,
  app_public.mood_streak, app_public.mood_average, app_public.mood_trend, app_public.mood_correlation,
  app_public.mood_weekday, app_public.mood_week, app_public.mood_goal_progress, app_public.mood_goal_suggestion cascade;

-------------------------------------------------------------------------------
-- 3.0 The access rule and the read log, measured and tuned
--
-- Mood is the first module whose clinician policies run on thousands of rows per
-- query, and `npm run bench` showed where modules 1 and 2 were slow. Nothing here
-- changes who may see what; it changes how much each check costs.
--   * Every SECURITY DEFINER call pays for its pinned search_path. The session
--     helpers now make one such call, not four: the settings readers are plain
--     SQL (they only ever run inside definer functions) and the session lookup is
--     an inlinable function both helpers share.
--   * "The latest decision wins" (consents) and "active relationship with consent"
--     (the access rule) are each written once, as inlinable set-returning
--     functions, so callers get index lookups instead of a function call per row.
--   * Clinician policies now call app_private.log_clinical_read() directly, so
--     therapists may execute it. It is an inlinable expression: true at once for a
--     patient already recorded in this transaction, otherwise it calls
--     record_clinical_read(), which checks the access rule for that one patient (no
--     record, and false, for anyone else) and writes the access record. So a
--     3,000-row caseload read costs 100 records, not 3,000 function calls.
-------------------------------------------------------------------------------
create or replace function app_private.setting(setting_key text) returns jsonb
  language sql stable
as $$
  select value from app_public.system_configurations where key = setting_key
$$;
create or replace function app_private.setting_interval(setting_key text) returns interval
  language sql stable
as $$
  select (value #>> '{}')::interval from app_public.system_configurations where key = setting_key
$$;
create or replace function app_private.setting_int(setting_key text) returns integer
  language sql stable
as $$
  select (value #>> '{}')::integer from app_public.system_configurations where key = setting_key
$$;
create or replace function app_private.setting_text(setting_key text) returns text
  language sql stable
as $$
  select value #>> '{}' from app_public.system_configurations where key = setting_key
$$;
comment on function app_private.setting_text(text) is
  'A setting''s value as text. Plain SQL (inlined): it runs only inside definer functions, which see every setting.';

create or replace function app_private.active_session() returns setof app_public.user_sessions
  language sql stable
as $$
  select s.* from app_public.user_sessions s
  where s.id = app_private.uuid_or_null(current_setting('happy_path.session_id', true))
    and app_private.session_is_active(s)
$$;
comment on function app_private.active_session() is
  'The session named by happy_path.session_id, if usable. Inlined into current_session_id() and current_user_id().';

create or replace function app_public.current_session_id() returns uuid
  language sql stable security definer set search_path = pg_catalog, public
as $$
  select s.id from app_private.active_session() s
$$;

create or replace function app_public.current_user_id() returns uuid
  language sql stable security definer set search_path = pg_catalog, public
as $$
  select s.user_id from app_private.active_session() s
$$;

-- "The latest decision wins", written once.
create or replace function app_private.consent_decision(user_id uuid, consent app_public.consent_type_enum)
  returns table (action app_public.consent_action_enum, document_version text, recorded_at timestamptz)
  language sql stable
as $$
  select c.action, c.document_version, c.recorded_at
  from app_public.consent_tracking c
  where c.user_id = consent_decision.user_id and c.consent_type = consent
  order by c.recorded_at desc
  limit 1
$$;
comment on function app_private.consent_decision(uuid, app_public.consent_type_enum) is
  'A user''s latest grant or withdrawal of one consent (no row: never decided).';

create or replace function app_private.has_consent(user_id uuid, consent app_public.consent_type_enum) returns boolean
  language sql stable security definer set search_path = pg_catalog, public
as $$
  select coalesce((select d.action = 'granted' from app_private.consent_decision(user_id, consent) d), false)
$$;

-- The access rule, written once: active relationship AND current therapist_sharing consent.
create or replace function app_private.reachable_patients(therapist_id uuid) returns setof uuid
  language sql stable
as $$
  select r.patient_id
  from app_public.therapeutic_relationships r
  cross join lateral app_private.consent_decision(r.patient_id, 'therapist_sharing') d
  where r.therapist_id = reachable_patients.therapist_id
    and r.status = 'active'
    and d.action = 'granted'
$$;
comment on function app_private.reachable_patients(uuid) is
  'THE clinician access rule: the patients with an active relationship with this therapist who currently consent to sharing.';

create or replace function app_public.my_patient_ids() returns uuid[]
  language sql stable security definer set search_path = pg_catalog, public
as $$
  select coalesce(array_agg(p), '{}') from app_private.reachable_patients((select app_public.current_user_id())) p
$$;

create or replace function app_private.record_clinical_read(patient_id uuid, data_kind text) returns boolean
  language plpgsql volatile security definer
  set search_path = pg_catalog, public
as $$
declare
  me uuid := app_public.current_user_id();
begin
  if not exists (select 1 from app_private.reachable_patients(me) p where p = record_clinical_read.patient_id) then
    return false;
  end if;
  insert into app_public.data_access_logs
    (accessor_id, accessor_role, patient_id, data_kind, request_id, ip_address, user_agent)
  values
    (me, coalesce(nullif(current_setting('role', true), 'none'), session_user::text), patient_id, data_kind,
     coalesce(nullif(current_setting('happy_path.request_id', true), ''), 'tx:' || txid_current()::text),
     app_private.request_ip(), app_private.request_user_agent())
  on conflict do nothing;
  return true;
end;
$$;
comment on function app_private.record_clinical_read(uuid, text) is
  'Writes the access record (once per request) if the caller may reach the patient; false, and no record, otherwise.';

create or replace function app_private.log_clinical_read(patient_id uuid, data_kind text) returns boolean
  language sql volatile cost 1000
as $$
  select strpos(coalesce(current_setting('happy_path.logged_reads', true), ''), data_kind || ':' || patient_id::text || ';') > 0
      or (app_private.record_clinical_read(patient_id, data_kind)
          -- Remember it here, outside the definer function: settings changed inside a
          -- function with a SET clause are undone when it returns.
          and set_config('happy_path.logged_reads',
                         coalesce(current_setting('happy_path.logged_reads', true), '') || data_kind || ':' || patient_id::text || ';',
                         true) is not null)
$$;
comment on function app_private.log_clinical_read(uuid, text) is
  'Records (once per request) that the caller read this kind of this patient''s data; false, and no record, for a patient the caller cannot reach.';
grant execute on function app_private.log_clinical_read(uuid, text), app_private.record_clinical_read(uuid, text) to hp_therapist;

-- Password strength is checked in Node (the clear password never reaches SQL), and
-- one of its rules is "not built from your email address". These give the server
-- the address for a password change or reset, and nothing else.
create or replace function app_private.email_for_session(session_id uuid) returns text
  language sql stable security definer set search_path = pg_catalog, public
as $$
  select u.email from app_public.user_sessions s join app_public.users u on u.id = s.user_id
  where s.id = email_for_session.session_id and app_private.session_is_active(s)
$$;
create or replace function app_private.email_for_reset_token(token text) returns text
  language sql stable security definer set search_path = pg_catalog, public
as $$
  select u.email from app_private.user_tokens t join app_public.users u on u.id = t.user_id
  where t.token_hash = app_private.sha256(token) and t.purpose = 'reset_password'
    and t.used_at is null and t.expires_at > now() and length(token) between 20 and 200
$$;
grant execute on function app_private.email_for_session(uuid), app_private.email_for_reset_token(text) to hp_authenticator;

-------------------------------------------------------------------------------
-- 3.1 Mood entries
--
-- One entry per patient per local day (the seed's daily constraint): a second
-- check-in the same day updates the first (record_mood() is that upsert). The
-- day is the patient's own, from their profile's timezone, never the server's,
-- and it cannot be in the future. Sleep is the night before, 0 to 24 hours.
-------------------------------------------------------------------------------
create type app_public.mood_dimension_enum as enum
  ('overall_mood', 'energy_level', 'anxiety_level', 'stress_level', 'sleep_hours');
comment on type app_public.mood_dimension_enum is 'The measured dimensions of a check-in.';

create or replace function app_private.are_tags(tags text[]) returns boolean
  language sql immutable parallel safe
as $$
  select coalesce(bool_and(t ~ '^[a-z0-9][a-z0-9 _-]{0,39}$'), true) from unnest(tags) t
$$;
comment on function app_private.are_tags(text[]) is 'Short lowercase tags: letters, digits, space, _ and -, at most 40 characters.';

create or replace function app_private.local_today(user_id uuid) returns date
  language sql stable security definer set search_path = pg_catalog, public
as $$
  select (now() at time zone coalesce((select p.timezone from app_public.user_profiles p where p.user_id = local_today.user_id), 'UTC'))::date
$$;
comment on function app_private.local_today(uuid) is 'Today''s date where the user is (their profile timezone; UTC when unknown).';

create table app_public.mood_entries (
  id uuid primary key default public.uuid_generate_v4(),
  user_id uuid not null default app_public.current_user_id() references app_public.users (id) on delete cascade,
  entry_date date not null,
  overall_mood app_public.mood_scale_domain not null,
  energy_level app_public.mood_scale_domain,
  anxiety_level app_public.mood_scale_domain,
  stress_level app_public.mood_scale_domain,
  sleep_hours numeric(3, 1) constraint sleep_hours_within_a_day check (sleep_hours between 0 and 24),
  notes text constraint notes_at_most_5000_characters check (length(notes) <= 5000),
  activities text[] not null default '{}'
    constraint activities_are_short_tags check (cardinality(activities) <= 20 and app_private.are_tags(activities)),
  checked_in_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint one_entry_per_day unique (user_id, entry_date)
);
comment on table app_public.mood_entries is
  'Daily check-ins, one per patient per local day. The unique (user_id, entry_date) index serves every per-patient time query.';
comment on column app_public.mood_entries.entry_date is 'The patient''s local date (profile timezone); never in the future.';
comment on column app_public.mood_entries.sleep_hours is 'Hours slept the night before the check-in, 0 to 24.';
comment on column app_public.mood_entries.activities is 'What the patient did (short lowercase tags such as exercise, work, friends).';
comment on column app_public.mood_entries.checked_in_at is 'When the check-in was made (the latest, when updated the same day).';
-- Caseload queries read many patients' recent days: (user_id, entry_date) again,
-- covering the dimensions, so the therapist's view never touches the heap for them.
create index mood_entries_recent_idx on app_public.mood_entries (entry_date, user_id);

create or replace function app_private.tg_mood_entries__local_date() returns trigger
  language plpgsql volatile
as $$
declare
  today date := app_private.local_today(new.user_id);
begin
  new.entry_date := coalesce(new.entry_date, today);
  if new.entry_date > today then
    raise exception 'A check-in cannot be dated after today (%, in your timezone)', today using errcode = 'FUTUR';
  end if;
  new.activities := coalesce(new.activities, '{}');
  return new;
end;
$$;
comment on function app_private.tg_mood_entries__local_date() is
  'Dates a check-in on the patient''s local today when no date is given, and refuses a date after it.';

create or replace function app_private.tg__keep_owner() returns trigger
  language plpgsql volatile
as $$
begin
  if new.user_id is distinct from old.user_id then
    raise exception 'A record cannot be given to another user' using errcode = 'OWNER';
  end if;
  return new;
end;
$$;
comment on function app_private.tg__keep_owner() is 'Refuses an update that changes user_id (shared by every owned table).';

create trigger _100_set_updated_at before update on app_public.mood_entries
  for each row execute function app_private.tg__set_updated_at();
create trigger _110_keep_owner before update on app_public.mood_entries
  for each row execute function app_private.tg__keep_owner();
create trigger _200_local_date before insert or update of entry_date on app_public.mood_entries
  for each row execute function app_private.tg_mood_entries__local_date();
create trigger _900_audit after insert or update or delete on app_public.mood_entries
  for each row execute function app_private.tg__audit();

alter table app_public.mood_entries enable row level security;
alter table app_public.mood_entries force row level security;

create policy "Patients can read their own mood entries" on app_public.mood_entries
  for select to hp_patient
  using (user_id = (select app_public.current_user_id()));
create policy "Patients can add their own mood entries" on app_public.mood_entries
  for insert to hp_patient
  with check (user_id = (select app_public.current_user_id()));
create policy "Patients can change their own mood entries" on app_public.mood_entries
  for update to hp_patient
  using (user_id = (select app_public.current_user_id()));
create policy "Patients can delete their own mood entries" on app_public.mood_entries
  for delete to hp_patient
  using (user_id = (select app_public.current_user_id()));
create policy "Therapists can read their reachable patients' mood entries" on app_public.mood_entries
  for select to hp_therapist
  using (user_id = any ((select app_public.my_patient_ids())::uuid[])
         and app_private.log_clinical_read(user_id, 'mood_entries'));
comment on policy "Therapists can read their reachable patients' mood entries" on app_public.mood_entries is
  'Active relationship and current therapist_sharing consent (my_patient_ids); each read is recorded in data_access_logs.';

grant select, delete on app_public.mood_entries to hp_patient;
grant insert (user_id, entry_date, overall_mood, energy_level, anxiety_level, stress_level, sleep_hours, notes, activities, checked_in_at)
  on app_public.mood_entries to hp_patient;
grant update (entry_date, overall_mood, energy_level, anxiety_level, stress_level, sleep_hours, notes, activities, checked_in_at)
  on app_public.mood_entries to hp_patient;
grant select on app_public.mood_entries to hp_therapist;

create or replace function app_public.record_mood(
  overall_mood integer,
  energy_level integer default null,
  anxiety_level integer default null,
  stress_level integer default null,
  sleep_hours double precision default null,
  notes text default null,
  activities text[] default '{}',
  entry_date date default null
) returns app_public.mood_entries
  language plpgsql volatile
as $$
declare
  me uuid := app_public.current_user_id();
  saved app_public.mood_entries;
begin
  if me is null then
    raise exception 'You must be signed in' using errcode = 'LOGIN';
  end if;
  insert into app_public.mood_entries as e
    (user_id, entry_date, overall_mood, energy_level, anxiety_level, stress_level, sleep_hours, notes, activities)
  values
    (me, coalesce(record_mood.entry_date, app_private.local_today(me)), record_mood.overall_mood,
     record_mood.energy_level, record_mood.anxiety_level, record_mood.stress_level, record_mood.sleep_hours,
     record_mood.notes, coalesce(record_mood.activities, '{}'))
  on conflict on constraint one_entry_per_day do update
    set overall_mood = excluded.overall_mood,
        energy_level = excluded.energy_level,
        anxiety_level = excluded.anxiety_level,
        stress_level = excluded.stress_level,
        sleep_hours = excluded.sleep_hours,
        notes = excluded.notes,
        activities = excluded.activities,
        checked_in_at = now()
  returning * into saved;
  return saved;
end;
$$;
comment on function app_public.record_mood(integer, integer, integer, integer, double precision, text, text[], date) is
  'Today''s check-in (or the given day''s): creates it, or replaces the same day''s check-in. Runs as the caller, so every policy applies.';

-------------------------------------------------------------------------------
-- 3.2 Personal analytics
--
-- Computed on read from the entries, for the patient (no argument) or for a
-- patient a therapist may reach (patient_id). They run as the caller, so row-level
-- security decides what they see: another user's id yields nothing, never
-- another user's data. The day is always the patient's local day.
-------------------------------------------------------------------------------
create or replace function app_private.subject(patient_id uuid) returns uuid
  language sql stable
as $$
  select coalesce(patient_id, app_public.current_user_id())
$$;
comment on function app_private.subject(uuid) is 'Whose data an analytics function is about: the given patient, or the caller.';

create type app_public.mood_streak as (
  current_streak integer,
  longest_streak integer,
  last_entry_date date,
  total_entries integer
);

create or replace function app_public.mood_streak(patient_id uuid default null) returns app_public.mood_streak
  language sql stable
as $$
  with days as (
    select e.entry_date, e.entry_date - (row_number() over (order by e.entry_date))::integer as island
    from app_public.mood_entries e
    where e.user_id = (select app_private.subject(patient_id))
  ), runs as (
    select min(entry_date) as first_day, max(entry_date) as last_day, count(*)::integer as length
    from days group by island
  )
  select
    -- A streak is current while its last day is today or yesterday (today's check-in may still come).
    coalesce((select r.length from runs r
              where r.last_day >= (select app_private.local_today(app_private.subject(patient_id))) - 1
              order by r.last_day desc limit 1), 0),
    coalesce((select max(r.length) from runs r), 0),
    (select max(r.last_day) from runs r),
    coalesce((select sum(r.length)::integer from runs r), 0)
$$;
comment on function app_public.mood_streak(uuid) is
  'Consecutive days with a check-in: the current run (alive until a whole local day is missed) and the longest ever.';

create type app_public.mood_average as (
  window_days integer,
  entries integer,
  overall_mood numeric,
  energy_level numeric,
  anxiety_level numeric,
  stress_level numeric,
  sleep_hours numeric
);

create or replace function app_public.mood_rolling_averages(patient_id uuid default null)
  returns setof app_public.mood_average
  language sql stable
as $$
  select w.days, count(e.id)::integer,
         round(avg(e.overall_mood), 2), round(avg(e.energy_level), 2), round(avg(e.anxiety_level), 2),
         round(avg(e.stress_level), 2), round(avg(e.sleep_hours), 2)
  from (values (7), (30)) as w (days)
  left join app_public.mood_entries e
    on e.user_id = (select app_private.subject(patient_id))
   and e.entry_date > (select app_private.local_today(app_private.subject(patient_id))) - w.days
  group by w.days
  order by w.days
$$;
comment on function app_public.mood_rolling_averages(uuid) is 'Averages of each dimension over the last 7 and 30 local days (today included).';

create type app_public.mood_trend as (
  dimension app_public.mood_dimension_enum,
  window_days integer,
  entries integer,
  slope_per_day numeric,
  change_over_window numeric,
  r_squared numeric,
  direction text
);

create or replace function app_private.dimension_value(entry app_public.mood_entries, dimension app_public.mood_dimension_enum)
  returns numeric
  language sql immutable parallel safe
as $$
  select case dimension
    when 'overall_mood' then entry.overall_mood
    when 'energy_level' then entry.energy_level
    when 'anxiety_level' then entry.anxiety_level
    when 'stress_level' then entry.stress_level
    when 'sleep_hours' then entry.sleep_hours
  end
$$;

create or replace function app_public.mood_trend(
  patient_id uuid default null, window_days integer default 30,
  dimension app_public.mood_dimension_enum default 'overall_mood'
) returns app_public.mood_trend
  language sql stable
as $$
  with points as (
    select (e.entry_date - (select app_private.local_today(app_private.subject(patient_id))))::numeric as x,
           app_private.dimension_value(e, dimension) as y
    from app_public.mood_entries e
    where e.user_id = (select app_private.subject(patient_id))
      and e.entry_date > (select app_private.local_today(app_private.subject(patient_id))) - least(greatest(window_days, 2), 366)
  ), fit as (
    select count(y)::integer as n, regr_slope(y, x) as slope, regr_r2(y, x) as r2 from points
  )
  select dimension, least(greatest(window_days, 2), 366), fit.n,
         round(fit.slope::numeric, 4), round((fit.slope * least(greatest(window_days, 2), 366))::numeric, 2),
         round(fit.r2::numeric, 3),
         case when fit.n < 3 or fit.slope is null then 'not enough data'
              when abs(fit.slope * least(greatest(window_days, 2), 366)) < 0.5 then 'steady'
              when fit.slope > 0 then 'rising' else 'falling' end
  from fit
$$;
comment on function app_public.mood_trend(uuid, integer, app_public.mood_dimension_enum) is
  'Least-squares slope of a dimension over the last window_days (2 to 366): per day, over the window, its r², and a word for it.';

create type app_public.mood_correlation as (
  dimension app_public.mood_dimension_enum,
  compared_with app_public.mood_dimension_enum,
  pairs integer,
  correlation numeric,
  strength text
);

create or replace function app_public.mood_correlations(patient_id uuid default null, window_days integer default 90)
  returns setof app_public.mood_correlation
  language sql stable
as $$
  with recent as (
    select e.* from app_public.mood_entries e
    where e.user_id = (select app_private.subject(patient_id))
      and e.entry_date > (select app_private.local_today(app_private.subject(patient_id))) - least(greatest(window_days, 7), 366)
  ), pairs as (
    select d.dimension, count(app_private.dimension_value(r, d.dimension))::integer as n,
           corr(app_private.dimension_value(r, d.dimension), r.overall_mood) as r
    from recent r
    cross join (values ('sleep_hours'::app_public.mood_dimension_enum), ('energy_level'), ('anxiety_level'), ('stress_level')) d (dimension)
    group by d.dimension
  )
  select p.dimension, 'overall_mood'::app_public.mood_dimension_enum, p.n, round(p.r::numeric, 3),
         case when p.n < 7 then 'not enough data'
              when p.r is null then 'none'
              when abs(p.r) >= 0.7 then 'strong'
              when abs(p.r) >= 0.4 then 'moderate'
              when abs(p.r) >= 0.2 then 'weak'
              else 'none' end
  from pairs p
  order by p.dimension
$$;
comment on function app_public.mood_correlations(uuid, integer) is
  'Pearson correlation of sleep, energy, anxiety and stress with overall mood over the last window_days (at least 7 pairs to say anything).';

create type app_public.mood_weekday as (
  iso_weekday integer,
  weekday text,
  entries integer,
  average_mood numeric,
  difference_from_overall numeric
);

create or replace function app_public.mood_weekday_profile(patient_id uuid default null, window_days integer default 90)
  returns setof app_public.mood_weekday
  language sql stable
as $$
  with recent as (
    select e.entry_date, e.overall_mood from app_public.mood_entries e
    where e.user_id = (select app_private.subject(patient_id))
      and e.entry_date > (select app_private.local_today(app_private.subject(patient_id))) - least(greatest(window_days, 7), 366)
  )
  select d.dow, to_char(date '2024-01-01' + (d.dow - 1), 'FMDay'), count(r.entry_date)::integer,
         round(avg(r.overall_mood), 2), round(avg(r.overall_mood) - (select avg(overall_mood) from recent), 2)
  from generate_series(1, 7) d (dow)
  left join recent r on extract(isodow from r.entry_date) = d.dow
  group by d.dow
  order by d.dow
$$;
comment on function app_public.mood_weekday_profile(uuid, integer) is 'Average mood per weekday (Monday = 1) and its difference from the overall average.';

create type app_public.mood_week as (
  week_start date,
  entries integer,
  average_mood numeric,
  average_energy numeric,
  average_anxiety numeric,
  average_stress numeric,
  average_sleep numeric
);

create or replace function app_public.mood_weekly_trend(patient_id uuid default null, weeks integer default 13)
  returns setof app_public.mood_week
  language sql stable
as $$
  select date_trunc('week', e.entry_date)::date, count(*)::integer,
         round(avg(e.overall_mood), 2), round(avg(e.energy_level), 2), round(avg(e.anxiety_level), 2),
         round(avg(e.stress_level), 2), round(avg(e.sleep_hours), 2)
  from app_public.mood_entries e
  where e.user_id = (select app_private.subject(patient_id))
    and e.entry_date >= date_trunc('week', (select app_private.local_today(app_private.subject(patient_id))))::date - 7 * (least(greatest(weeks, 1), 104) - 1)
  group by 1
  order by 1
$$;
comment on function app_public.mood_weekly_trend(uuid, integer) is 'Week-by-week averages (weeks start on Monday) over the last `weeks` weeks; 13 weeks is a quarter.';

create or replace function app_public.caseload_mood_entries(since_days integer default 30)
  returns setof app_public.mood_entries
  language sql stable
as $$
  select e.* from app_public.mood_entries e
  where e.user_id = any ((select app_public.my_patient_ids())::uuid[])
    and e.entry_date >= current_date - least(greatest(since_days, 1), 366)
  order by e.user_id, e.entry_date desc
$$;
comment on function app_public.caseload_mood_entries(integer) is
  'A therapist''s caseload view: every reachable patient''s check-ins of the last since_days days, in one indexed query.';

-------------------------------------------------------------------------------
-- 3.3 Mood goals
--
-- A goal is a rule over a rolling window of local days, for example
--   "average mood of at least 6 over 14 days"   (kind average, target 6, window 14)
--   "sleep of at least 7 hours on 5 nights a week" (kind days, target 7, window 7,
--                                                   required_days 5)
-- Progress is computed from the entries on every read (mood_goals_progress), never
-- stored by hand. When an entry makes a goal met, an achievement is recorded (at
-- most once per window) so the client can celebrate; and a goal that is missed
-- window after window, or met with ease, comes with a suggested adjustment.
-------------------------------------------------------------------------------
create type app_public.mood_goal_kind_enum as enum ('average', 'days');
comment on type app_public.mood_goal_kind_enum is
  'average: the window''s average meets the target; days: at least required_days days in the window meet it.';
create type app_public.goal_comparison_enum as enum ('at_least', 'at_most');
create type app_public.goal_status_enum as enum ('active', 'paused', 'archived');

create table app_public.mood_goals (
  id uuid primary key default public.uuid_generate_v4(),
  user_id uuid not null default app_public.current_user_id() references app_public.users (id) on delete cascade,
  title text not null constraint title_length check (length(trim(title)) between 1 and 120),
  dimension app_public.mood_dimension_enum not null,
  kind app_public.mood_goal_kind_enum not null,
  comparison app_public.goal_comparison_enum not null default 'at_least',
  target numeric(3, 1) not null,
  window_days integer not null constraint window_from_3_to_90_days check (window_days between 3 and 90),
  required_days integer,
  status app_public.goal_status_enum not null default 'active',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint target_on_the_dimension_scale check (
    case when dimension = 'sleep_hours' then target between 0 and 24 else target between 1 and 10 end),
  constraint days_goals_count_days check (
    (kind = 'days') = (required_days is not null) and (required_days is null or required_days between 1 and window_days))
);
comment on table app_public.mood_goals is 'Personal targets over a rolling window of days. Progress is computed, not stored.';
create index mood_goals_user_idx on app_public.mood_goals (user_id) where status = 'active';

create trigger _100_set_updated_at before update on app_public.mood_goals
  for each row execute function app_private.tg__set_updated_at();
create trigger _110_keep_owner before update on app_public.mood_goals
  for each row execute function app_private.tg__keep_owner();
create trigger _900_audit after insert or update or delete on app_public.mood_goals
  for each row execute function app_private.tg__audit();

alter table app_public.mood_goals enable row level security;
alter table app_public.mood_goals force row level security;
create policy "Patients can read their own mood goals" on app_public.mood_goals
  for select to hp_patient using (user_id = (select app_public.current_user_id()));
create policy "Patients can set their own mood goals" on app_public.mood_goals
  for insert to hp_patient with check (user_id = (select app_public.current_user_id()));
create policy "Patients can change their own mood goals" on app_public.mood_goals
  for update to hp_patient using (user_id = (select app_public.current_user_id()));
create policy "Patients can delete their own mood goals" on app_public.mood_goals
  for delete to hp_patient using (user_id = (select app_public.current_user_id()));
create policy "Therapists can read their reachable patients' mood goals" on app_public.mood_goals
  for select to hp_therapist
  using (user_id = any ((select app_public.my_patient_ids())::uuid[])
         and app_private.log_clinical_read(user_id, 'mood_goals'));

grant select, delete on app_public.mood_goals to hp_patient;
grant insert (user_id, title, dimension, kind, comparison, target, window_days, required_days, status)
  on app_public.mood_goals to hp_patient;
grant update (title, target, window_days, required_days, comparison, status) on app_public.mood_goals to hp_patient;
grant select on app_public.mood_goals to hp_therapist;

create type app_public.mood_goal_progress as (
  window_start date,
  window_end date,
  days_logged integer,
  days_meeting integer,
  current_value numeric,
  met boolean,
  fraction numeric
);
comment on type app_public.mood_goal_progress is
  'Where a goal stands over its window: days with a value, days meeting the target, the window''s average, met or not, and progress from 0 to 1.';

create or replace function app_private.goal_progress(goal app_public.mood_goals, window_end date) returns app_public.mood_goal_progress
  language sql stable
as $$
  with window_values as (
    select app_private.dimension_value(e, goal.dimension) as value
    from app_public.mood_entries e
    where e.user_id = goal.user_id
      and e.entry_date between window_end - (goal.window_days - 1) and window_end
  ), summary as (
    select count(value)::integer as logged,
           count(*) filter (where case goal.comparison when 'at_least' then value >= goal.target else value <= goal.target end)::integer as meeting,
           round(avg(value), 2) as average
    from window_values
  )
  select window_end - (goal.window_days - 1), window_end, s.logged, s.meeting, s.average,
         case goal.kind
           when 'days' then s.meeting >= goal.required_days
           -- An average needs data on at least half the window to count.
           else s.logged * 2 >= goal.window_days
                and case goal.comparison when 'at_least' then s.average >= goal.target else s.average <= goal.target end
         end,
         round(least(1, greatest(0, case goal.kind
           when 'days' then s.meeting::numeric / goal.required_days
           else case when s.average is null then 0
                     when goal.comparison = 'at_least' then s.average / nullif(goal.target, 0)
                     else coalesce(goal.target / nullif(s.average, 0), 1) end
         end)), 2)
  from summary s
$$;
comment on function app_private.goal_progress(app_public.mood_goals, date) is 'A goal''s progress over the window ending on window_end.';

create or replace function app_public.mood_goals_progress(goal app_public.mood_goals) returns app_public.mood_goal_progress
  language sql stable
as $$
  select app_private.goal_progress(goal, app_private.local_today(goal.user_id))
$$;
comment on function app_public.mood_goals_progress(app_public.mood_goals) is 'Progress over the window that ends today (the patient''s local day).';

create type app_public.mood_goal_suggestion as (
  suggestion text,
  suggested_target numeric,
  suggested_required_days integer,
  reason text
);

create or replace function app_public.mood_goals_suggestion(goal app_public.mood_goals) returns app_public.mood_goal_suggestion
  language sql stable
as $$
  -- The last four whole windows (not the current one), where the patient logged at all.
  with windows as (
    select (app_private.goal_progress(goal, app_private.local_today(goal.user_id) - goal.window_days * k)).*
    from generate_series(1, 4) k
  ), judged as (
    select * from windows where days_logged > 0
  ), verdict as (
    select count(*) as windows, count(*) filter (where not met) as missed,
           min(current_value) as lowest, max(current_value) as highest, avg(current_value) as typical,
           min(days_meeting) as fewest_days, round(avg(days_meeting)) as typical_days
    from judged
  )
  select
    case when v.windows >= 3 and v.missed >= 3 then 'lower_target'
         when v.windows >= 3 and v.missed = 0 and (
           (goal.kind = 'days' and v.fewest_days >= least(goal.required_days + 1, goal.window_days) and goal.required_days < goal.window_days)
           or (goal.kind = 'average' and goal.comparison = 'at_least' and v.lowest >= goal.target + 1)
           or (goal.kind = 'average' and goal.comparison = 'at_most' and v.highest <= goal.target - 1)) then 'raise_target'
    end,
    case when goal.kind = 'average' then
      case when v.windows >= 3 and v.missed >= 3 then
             round(least(greatest(v.typical * 2, 2), 48) / 2 + case goal.comparison when 'at_least' then 0.5 else -0.5 end, 1)
           when v.windows >= 3 and v.missed = 0 then
             goal.target + case goal.comparison when 'at_least' then 0.5 else -0.5 end
      end
    end,
    case when goal.kind = 'days' then
      case when v.windows >= 3 and v.missed >= 3 then greatest(1, least(goal.required_days - 1, v.typical_days::integer + 1))
           when v.windows >= 3 and v.missed = 0 then least(goal.window_days, goal.required_days + 1)
      end
    end,
    case when v.windows >= 3 and v.missed >= 3 then
           format('Missed in %s of the last %s periods: a smaller step may be easier to keep.', v.missed, v.windows)
         when v.windows >= 3 and v.missed = 0 then
           format('Met comfortably in each of the last %s periods: ready for a little more?', v.windows)
    end
  from verdict v
$$;
comment on function app_public.mood_goals_suggestion(app_public.mood_goals) is
  'An adjustment when the goal was missed in 3 of the last 4 windows (lower) or met with room to spare in all of them (raise); null otherwise.';

create table app_public.mood_goal_achievements (
  id uuid primary key default public.uuid_generate_v4(),
  goal_id uuid not null references app_public.mood_goals (id) on delete cascade,
  user_id uuid not null references app_public.users (id) on delete cascade,
  window_start date not null,
  window_end date not null,
  achieved_value numeric,
  days_meeting integer,
  achieved_at timestamptz not null default now(),
  celebrated_at timestamptz,
  constraint one_achievement_per_window_end unique (goal_id, window_end)
);
comment on table app_public.mood_goal_achievements is
  'Each time a goal is reached (at most once per window length). celebrated_at is set when the client has shown it.';
create index mood_goal_achievements_user_idx on app_public.mood_goal_achievements (user_id, achieved_at desc);

alter table app_public.mood_goal_achievements enable row level security;
alter table app_public.mood_goal_achievements force row level security;
create policy "Patients can read their own achievements" on app_public.mood_goal_achievements
  for select to hp_patient using (user_id = (select app_public.current_user_id()));
create policy "Therapists can read their reachable patients' achievements" on app_public.mood_goal_achievements
  for select to hp_therapist
  using (user_id = any ((select app_public.my_patient_ids())::uuid[])
         and app_private.log_clinical_read(user_id, 'mood_goal_achievements'));
grant select on app_public.mood_goal_achievements to hp_patient, hp_therapist;

create or replace function app_private.record_goal_achievements(user_id uuid) returns integer
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  today date := app_private.local_today(user_id);
  goal app_public.mood_goals;
  progress app_public.mood_goal_progress;
  recorded integer := 0;
begin
  for goal in select * from app_public.mood_goals g where g.user_id = record_goal_achievements.user_id and g.status = 'active' loop
    progress := app_private.goal_progress(goal, today);
    continue when not progress.met;
    -- Once per window: no new celebration while the last one's window is still open.
    continue when exists (select 1 from app_public.mood_goal_achievements a
                          where a.goal_id = goal.id and a.window_end > today - goal.window_days);
    insert into app_public.mood_goal_achievements (goal_id, user_id, window_start, window_end, achieved_value, days_meeting)
      values (goal.id, goal.user_id, progress.window_start, progress.window_end, progress.current_value, progress.days_meeting);
    recorded := recorded + 1;
  end loop;
  return recorded;
end;
$$;
comment on function app_private.record_goal_achievements(uuid) is 'Records the achievements an entry just made true. Called after every check-in.';

create or replace function app_public.celebrate_goal_achievement(achievement_id uuid) returns app_public.mood_goal_achievements
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  updated app_public.mood_goal_achievements;
begin
  update app_public.mood_goal_achievements a set celebrated_at = coalesce(a.celebrated_at, now())
    where a.id = achievement_id and a.user_id = app_public.current_user_id()
    returning * into updated;
  if updated.id is null then
    raise exception 'No such achievement' using errcode = 'NTFND';
  end if;
  return updated;
end;
$$;
comment on function app_public.celebrate_goal_achievement(uuid) is 'Marks an achievement as shown to the patient.';

-------------------------------------------------------------------------------
-- 3.4 Mood patterns
--
-- Detected in SQL (app_private.detect_mood_patterns) by a worker task: daily for
-- everyone, and a few minutes after a patient's new check-in (a job key makes
-- several check-ins one job). Each pattern has a confidence and the window of
-- evidence. It stays open while it holds and is resolved when it no longer does.
--   weekday_dip           one weekday's average mood at least 1 point below the rest
--   low_sleep_low_mood    days after under 6 hours of sleep average 1+ point lower
--   declining_trend       mood falling about 2+ points over 14 days, with a good fit
--   sustained_low_mood    three or more days at mood 1-2 within the last 7 days
-- The last two are concerning: when one appears, the patient's therapists (those
-- the access rule lets in) are told that a pattern exists, without its content;
-- and app_private.on_concerning_mood_pattern() is where the crisis module hooks
-- its own signal.
-------------------------------------------------------------------------------
create type app_public.mood_pattern_enum as enum
  ('weekday_dip', 'low_sleep_low_mood', 'declining_trend', 'sustained_low_mood');

create table app_public.mood_patterns (
  id uuid primary key default public.uuid_generate_v4(),
  user_id uuid not null references app_public.users (id) on delete cascade,
  pattern_type app_public.mood_pattern_enum not null,
  confidence app_public.normalized_score_domain not null,
  evidence_start date not null,
  evidence_end date not null,
  details jsonb not null default '{}',
  concerning boolean not null default false,
  first_detected_at timestamptz not null default now(),
  last_detected_at timestamptz not null default now(),
  resolved_at timestamptz,
  constraint evidence_in_order check (evidence_end >= evidence_start)
);
comment on table app_public.mood_patterns is
  'Patterns found in a patient''s check-ins, with confidence and evidence window. Written only by the detector.';
create unique index mood_patterns_one_open_per_type on app_public.mood_patterns (user_id, pattern_type) where resolved_at is null;
create index mood_patterns_user_idx on app_public.mood_patterns (user_id, last_detected_at desc);

alter table app_public.mood_patterns enable row level security;
alter table app_public.mood_patterns force row level security;
create policy "Patients can read their own mood patterns" on app_public.mood_patterns
  for select to hp_patient using (user_id = (select app_public.current_user_id()));
create policy "Therapists can read their reachable patients' mood patterns" on app_public.mood_patterns
  for select to hp_therapist
  using (user_id = any ((select app_public.my_patient_ids())::uuid[])
         and app_private.log_clinical_read(user_id, 'mood_patterns'));
grant select on app_public.mood_patterns to hp_patient, hp_therapist;

create or replace function app_private.on_concerning_mood_pattern(pattern_id uuid) returns void
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  pattern app_public.mood_patterns;
  therapist uuid;
begin
  select * into pattern from app_public.mood_patterns where id = pattern_id;
  -- Tell every therapist who may see this patient's data now (active relationship
  -- and consent): that a pattern exists, never what it is.
  for therapist in
    select r.therapist_id from app_public.therapeutic_relationships r
    where r.patient_id = pattern.user_id and r.status = 'active'
      and app_private.has_consent(pattern.user_id, 'therapist_sharing')
  loop
    perform app_private.queue_email(therapist, 'mood_pattern_for_review', 'A patient''s check-ins need a look',
      'A pattern in the check-ins of one of your patients was flagged for review. '
        || 'Sign in to Happy Path to see it. (For privacy, this email says nothing more.)');
  end loop;
  -- Crisis module hook: a concerning pattern will also raise a crisis signal here.
end;
$$;
comment on function app_private.on_concerning_mood_pattern(uuid) is
  'Runs when a concerning pattern (declining trend, sustained low mood) first appears: tells reachable therapists; the crisis module hooks here.';

create or replace function app_private.detect_mood_patterns(user_id uuid) returns integer
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  today date := app_private.local_today(user_id);
  found_patterns jsonb := '[]';
  candidate jsonb;
  opened app_public.mood_patterns;
  changed integer := 0;
begin
  -- weekday_dip: last 8 weeks, at least 14 entries and 4 on the weekday; the lowest
  -- weekday against all the other days.
  with recent as (
    select e.entry_date, e.overall_mood from app_public.mood_entries e
    where e.user_id = detect_mood_patterns.user_id and e.entry_date > today - 56
  ), by_weekday as (
    select extract(isodow from r.entry_date)::integer as dow, sum(r.overall_mood) as total, count(*) as n
    from recent r group by 1 having count(*) >= 4
  ), lowest as (
    select * from by_weekday order by total / n limit 1
  ), everything as (
    select sum(r.overall_mood) as total, count(*) as n from recent r
  )
  select found_patterns || coalesce(jsonb_agg(jsonb_build_object(
           'type', 'weekday_dip',
           'confidence', round(least(1, (rest_avg - day_avg) / 2) * least(1, day_n / 8.0), 4),
           'start', today - 55, 'end', today,
           'details', jsonb_build_object('iso_weekday', dow, 'weekday_average', round(day_avg, 2),
                                         'other_days_average', round(rest_avg, 2), 'entries', day_n))), '[]')
    into found_patterns
  from (
    select l.dow, l.total / l.n as day_avg, l.n as day_n, (e.total - l.total) / (e.n - l.n) as rest_avg, e.n as all_n
    from lowest l, everything e
    where e.n > l.n
  ) w
  where all_n >= 14 and rest_avg - day_avg >= 1;

  -- low_sleep_low_mood: last 60 days; at least 5 short nights and 5 others.
  select found_patterns || coalesce(jsonb_agg(jsonb_build_object(
           'type', 'low_sleep_low_mood',
           'confidence', round(least(1, (rested - tired) / 2) * least(1, least(short_n, other_n) / 10.0), 4),
           'start', first_day, 'end', last_day,
           'details', jsonb_build_object('after_short_sleep', round(tired, 2), 'after_enough_sleep', round(rested, 2),
                                         'short_nights', short_n, 'other_nights', other_n))), '[]')
    into found_patterns
  from (
    select avg(e.overall_mood) filter (where e.sleep_hours < 6) as tired,
           avg(e.overall_mood) filter (where e.sleep_hours >= 6) as rested,
           count(*) filter (where e.sleep_hours < 6) as short_n,
           count(*) filter (where e.sleep_hours >= 6) as other_n,
           min(e.entry_date) as first_day, max(e.entry_date) as last_day
    from app_public.mood_entries e
    where e.user_id = detect_mood_patterns.user_id and e.entry_date > today - 60 and e.sleep_hours is not null
  ) s
  where short_n >= 5 and other_n >= 5 and rested - tired >= 1;

  -- declining_trend: last 14 days, at least 7 entries, about 2+ points lost, r² >= 0.3.
  select found_patterns || coalesce(jsonb_agg(jsonb_build_object(
           'type', 'declining_trend',
           'confidence', round((least(1, -slope * 14 / 4) * least(1, r2 / 0.6))::numeric, 4),
           'start', first_day, 'end', last_day,
           'details', jsonb_build_object('slope_per_day', round(slope::numeric, 3), 'r_squared', round(r2::numeric, 3), 'entries', n))), '[]')
    into found_patterns
  from (
    select regr_slope(e.overall_mood, e.entry_date - today) as slope, regr_r2(e.overall_mood, e.entry_date - today) as r2,
           count(*) as n, min(e.entry_date) as first_day, max(e.entry_date) as last_day
    from app_public.mood_entries e
    where e.user_id = detect_mood_patterns.user_id and e.entry_date > today - 14
  ) t
  where n >= 7 and slope * 14 <= -2 and r2 >= 0.3;

  -- sustained_low_mood: three or more days at mood 1-2 within the last 7 days.
  select found_patterns || coalesce(jsonb_agg(jsonb_build_object(
           'type', 'sustained_low_mood',
           'confidence', case when low_days >= 5 then 1 when low_days = 4 then 0.9 else 0.8 end,
           'start', first_day, 'end', last_day,
           'details', jsonb_build_object('low_days', low_days))), '[]')
    into found_patterns
  from (
    select count(*) as low_days, min(e.entry_date) as first_day, max(e.entry_date) as last_day
    from app_public.mood_entries e
    where e.user_id = detect_mood_patterns.user_id and e.entry_date > today - 7 and e.overall_mood <= 2
  ) l
  where low_days >= 3;

  -- Open or refresh what holds now.
  for candidate in select * from jsonb_array_elements(found_patterns) loop
    update app_public.mood_patterns p
      set confidence = (candidate ->> 'confidence')::numeric, evidence_start = (candidate ->> 'start')::date,
          evidence_end = (candidate ->> 'end')::date, details = candidate -> 'details', last_detected_at = now()
      where p.user_id = detect_mood_patterns.user_id and p.pattern_type = (candidate ->> 'type')::app_public.mood_pattern_enum
        and p.resolved_at is null;
    if not found then
      insert into app_public.mood_patterns (user_id, pattern_type, confidence, evidence_start, evidence_end, details, concerning)
        values (detect_mood_patterns.user_id, (candidate ->> 'type')::app_public.mood_pattern_enum,
                (candidate ->> 'confidence')::numeric, (candidate ->> 'start')::date, (candidate ->> 'end')::date,
                candidate -> 'details', candidate ->> 'type' in ('declining_trend', 'sustained_low_mood'))
        returning * into opened;
      if opened.concerning then
        perform app_private.on_concerning_mood_pattern(opened.id);
      end if;
    end if;
    changed := changed + 1;
  end loop;

  -- Resolve what no longer holds.
  update app_public.mood_patterns p set resolved_at = now()
    where p.user_id = detect_mood_patterns.user_id and p.resolved_at is null
      and not exists (select 1 from jsonb_array_elements(found_patterns) c
                      where c ->> 'type' = p.pattern_type::text);
  return changed;
end;
$$;
comment on function app_private.detect_mood_patterns(uuid) is
  'Detects the four patterns for one patient, opens, refreshes or resolves mood_patterns rows; returns how many hold now. Safe to repeat.';

create or replace function app_private.queue_mood_pattern_detection(user_id uuid, delay interval default interval '5 minutes')
  returns void
  language sql volatile security definer set search_path = pg_catalog, public
as $$
  -- The job key folds every check-in in the next few minutes into one detection.
  select graphile_worker.add_job('detect_mood_patterns', json_build_object('user_id', user_id),
    run_at := now() + delay, job_key := 'detect_mood_patterns:' || user_id::text, job_key_mode := 'replace')
$$;

create or replace function app_private.queue_all_mood_pattern_detection() returns integer
  language sql volatile security definer set search_path = pg_catalog, public
as $$
  select count(app_private.queue_mood_pattern_detection(u.user_id, interval '0'))::integer
  from (select distinct e.user_id from app_public.mood_entries e where e.entry_date > current_date - 60) u
$$;
comment on function app_private.queue_all_mood_pattern_detection() is 'Daily: a detection job for everyone with a check-in in the last 60 days.';

create or replace function app_private.tg_mood_entries__after_check_in() returns trigger
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
begin
  perform app_private.record_goal_achievements(new.user_id);
  perform app_private.queue_mood_pattern_detection(new.user_id);
  return null;
end;
$$;
comment on function app_private.tg_mood_entries__after_check_in() is
  'After a check-in: record any goal it achieved, and (debounced) look for patterns.';
create trigger _500_after_check_in after insert or update on app_public.mood_entries
  for each row execute function app_private.tg_mood_entries__after_check_in();

-------------------------------------------------------------------------------
-- 3.5 Mood insights
--
-- Weekly and monthly summaries: the period's statistics, computed here, and a
-- short readable text written by a provider in the worker (worker/insights/).
-- The default provider is deterministic and offline; an AI model can take its
-- place later without touching this table. One insight per patient and period:
-- generating it again replaces it.
-------------------------------------------------------------------------------
create type app_public.insight_period_enum as enum ('week', 'month');

create table app_public.mood_insights (
  id uuid primary key default public.uuid_generate_v4(),
  user_id uuid not null references app_public.users (id) on delete cascade,
  period_type app_public.insight_period_enum not null,
  period_start date not null,
  period_end date not null,
  statistics jsonb not null,
  summary text not null constraint summary_length check (length(summary) between 1 and 4000),
  provider text not null constraint provider_name check (provider ~ '^[a-z0-9._-]{1,64}$'),
  generated_at timestamptz not null default now(),
  constraint one_insight_per_period unique (user_id, period_type, period_start),
  constraint period_in_order check (period_end >= period_start)
);
comment on table app_public.mood_insights is 'Weekly and monthly summaries of a patient''s check-ins: statistics and a short text.';

alter table app_public.mood_insights enable row level security;
alter table app_public.mood_insights force row level security;
create policy "Patients can read their own insights" on app_public.mood_insights
  for select to hp_patient using (user_id = (select app_public.current_user_id()));
create policy "Therapists can read their reachable patients' insights" on app_public.mood_insights
  for select to hp_therapist
  using (user_id = any ((select app_public.my_patient_ids())::uuid[])
         and app_private.log_clinical_read(user_id, 'mood_insights'));
grant select on app_public.mood_insights to hp_patient, hp_therapist;

create or replace function app_private.mood_period_statistics(user_id uuid, period_start date, period_end date) returns jsonb
  language sql stable security definer set search_path = pg_catalog, public
as $$
  with current_period as (
    select e.* from app_public.mood_entries e
    where e.user_id = mood_period_statistics.user_id and e.entry_date between period_start and period_end
  ), previous_period as (
    select e.overall_mood from app_public.mood_entries e
    where e.user_id = mood_period_statistics.user_id
      and e.entry_date between period_start - (period_end - period_start + 1) and period_start - 1
  ), activities as (
    select a as activity, count(*) as days, round(avg(c.overall_mood), 2) as average_mood
    from current_period c, unnest(c.activities) a
    group by a order by count(*) desc, a limit 5
  )
  select jsonb_build_object(
    'period_start', period_start,
    'period_end', period_end,
    'days_in_period', period_end - period_start + 1,
    'entries', (select count(*) from current_period),
    'average', jsonb_build_object(
      'overall_mood', (select round(avg(overall_mood), 2) from current_period),
      'energy_level', (select round(avg(energy_level), 2) from current_period),
      'anxiety_level', (select round(avg(anxiety_level), 2) from current_period),
      'stress_level', (select round(avg(stress_level), 2) from current_period),
      'sleep_hours', (select round(avg(sleep_hours), 2) from current_period)),
    'previous_average_mood', (select round(avg(overall_mood), 2) from previous_period),
    'best_day', (select jsonb_build_object('date', entry_date, 'overall_mood', overall_mood)
                 from current_period order by overall_mood desc, entry_date limit 1),
    'hardest_day', (select jsonb_build_object('date', entry_date, 'overall_mood', overall_mood)
                    from current_period order by overall_mood, entry_date limit 1),
    'top_activities', (select coalesce(jsonb_agg(to_jsonb(a)), '[]') from activities a),
    'sleep_mood_correlation', (select round(corr(sleep_hours, overall_mood)::numeric, 2) from current_period)
  )
$$;
comment on function app_private.mood_period_statistics(uuid, date, date) is
  'The numbers behind an insight: counts, averages, the previous period''s average, best and hardest day, top activities.';

create or replace function app_private.save_mood_insight(
  user_id uuid, period_type app_public.insight_period_enum, period_start date, period_end date,
  statistics jsonb, summary text, provider text
) returns uuid
  language sql volatile security definer set search_path = pg_catalog, public
as $$
  insert into app_public.mood_insights as i (user_id, period_type, period_start, period_end, statistics, summary, provider)
  values (user_id, period_type, period_start, period_end, statistics, summary, provider)
  on conflict on constraint one_insight_per_period do update
    set period_end = excluded.period_end, statistics = excluded.statistics, summary = excluded.summary,
        provider = excluded.provider, generated_at = now()
  returning i.id
$$;

create or replace function app_private.previous_period(user_id uuid, period_type app_public.insight_period_enum)
  returns table (period_start date, period_end date)
  language sql stable
as $$
  select start_day, (start_day + case period_type when 'week' then interval '1 week' else interval '1 month' end)::date - 1
  from (select (date_trunc(period_type::text, app_private.local_today(user_id))
                - case period_type when 'week' then interval '1 week' else interval '1 month' end)::date as start_day) s
$$;
comment on function app_private.previous_period(uuid, app_public.insight_period_enum) is
  'The last complete week (Monday to Sunday) or month, in the patient''s local dates.';

create or replace function app_private.queue_mood_insights(period_type app_public.insight_period_enum) returns integer
  language sql volatile security definer set search_path = pg_catalog, public
as $$
  select count(graphile_worker.add_job('generate_mood_insight',
           json_build_object('user_id', u.user_id, 'period_type', period_type, 'period_start', p.period_start),
           job_key := format('mood_insight:%s:%s:%s', period_type, u.user_id, p.period_start)))::integer
  from (select distinct e.user_id from app_public.mood_entries e where e.entry_date > current_date - 40) u,
       lateral app_private.previous_period(u.user_id, period_type) p
  where exists (select 1 from app_public.mood_entries e
                where e.user_id = u.user_id and e.entry_date between p.period_start and p.period_end)
$$;
comment on function app_private.queue_mood_insights(app_public.insight_period_enum) is
  'Queues one insight job per patient who checked in during their last complete week or month. Job keys prevent duplicates.';

-------------------------------------------------------------------------------
-- 3.6 Mood analytics (population level, anonymized)
--
-- Research and benchmark support, computed nightly by the worker into a table
-- that carries no user ids. Only patients who consent to research are counted.
-- k-anonymity: any cell (a period and dimension, or one bucket of its
-- distribution) that fewer than k distinct patients contributed to is
-- suppressed (k: analytics.min_cell_size, default 10). Only admins read it.
-------------------------------------------------------------------------------
create table app_public.mood_analytics (
  id uuid primary key default public.uuid_generate_v4(),
  period_type text not null constraint day_or_week check (period_type in ('day', 'week')),
  period_start date not null,
  dimension app_public.mood_dimension_enum not null,
  suppressed boolean not null,
  patients integer,
  entries integer,
  mean numeric,
  stddev numeric,
  distribution jsonb,
  min_cell_size integer not null,
  computed_at timestamptz not null default now(),
  constraint one_row_per_cell unique (period_type, period_start, dimension),
  constraint suppressed_cells_are_empty check (
    not suppressed or (patients is null and entries is null and mean is null and stddev is null and distribution is null))
);
comment on table app_public.mood_analytics is
  'Anonymized population statistics per day and week: no user ids; cells with fewer than min_cell_size patients are suppressed.';
comment on column app_public.mood_analytics.distribution is
  'Patients per value bucket (1-10; for sleep: <5, 5-6, 6-7, 7-8, 8-9, 9+ hours); a bucket below the cell size is null.';

alter table app_public.mood_analytics enable row level security;
alter table app_public.mood_analytics force row level security;
create policy "Admins can read population analytics" on app_public.mood_analytics
  for select to hp_admin using (true);
grant select on app_public.mood_analytics to hp_admin;

create or replace function app_private.mood_bucket(dimension app_public.mood_dimension_enum, value numeric) returns text
  language sql immutable parallel safe
as $$
  select case
    when value is null then null
    when dimension <> 'sleep_hours' then value::integer::text
    when value < 5 then '<5'
    when value >= 9 then '9+'
    else floor(value)::integer || '-' || floor(value)::integer + 1
  end
$$;

create or replace function app_private.compute_mood_analytics(days_back integer default 35) returns integer
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  k integer := coalesce(app_private.setting_int('analytics.min_cell_size'), 10);
  since date := current_date - days_back;
  written integer;
begin
  delete from app_public.mood_analytics where period_start >= date_trunc('week', since)::date;
  with consenting as (
    select e.user_id, e.entry_date, d.dimension, app_private.dimension_value(e, d.dimension) as value
    from app_public.mood_entries e
    cross join unnest(enum_range(null::app_public.mood_dimension_enum)) d (dimension)
    where e.entry_date >= date_trunc('week', since)::date
      and app_private.has_consent(e.user_id, 'research')
  ), observations as (
    select 'day'::text as period_type, entry_date as period_start, dimension, user_id, value from consenting where value is not null
    union all
    select 'week', date_trunc('week', entry_date)::date, dimension, user_id, value from consenting where value is not null
  ), cells as (
    select period_type, period_start, dimension,
           count(distinct user_id) as patients, count(*) as entries,
           round(avg(value), 2) as mean, round(stddev_samp(value), 2) as stddev
    from observations group by 1, 2, 3
  ), buckets as (
    select period_type, period_start, dimension, app_private.mood_bucket(dimension, value) as bucket,
           count(distinct user_id) as patients
    from observations group by 1, 2, 3, 4
  ), distributions as (
    select period_type, period_start, dimension,
           jsonb_object_agg(bucket, case when patients >= k then patients end order by bucket) as distribution
    from buckets group by 1, 2, 3
  )
  insert into app_public.mood_analytics
    (period_type, period_start, dimension, suppressed, patients, entries, mean, stddev, distribution, min_cell_size)
  select c.period_type, c.period_start, c.dimension, c.patients < k,
         case when c.patients >= k then c.patients end,
         case when c.patients >= k then c.entries end,
         case when c.patients >= k then c.mean end,
         case when c.patients >= k then c.stddev end,
         case when c.patients >= k then d.distribution end,
         k
  from cells c join distributions d using (period_type, period_start, dimension);
  get diagnostics written = row_count;
  return written;
end;
$$;
comment on function app_private.compute_mood_analytics(integer) is
  'Nightly: recomputes the anonymized cells of the last days_back days (whole weeks) from research-consenting patients.';

-------------------------------------------------------------------------------
-- 3.7 Ownership and grants
-------------------------------------------------------------------------------
select app_private.assign_definer_functions();

grant execute on function
  app_private.are_tags(text[]),
  app_private.local_today(uuid),
  app_private.subject(uuid),
  app_private.dimension_value(app_public.mood_entries, app_public.mood_dimension_enum),
  app_private.goal_progress(app_public.mood_goals, date),
  app_public.mood_streak(uuid),
  app_public.mood_rolling_averages(uuid),
  app_public.mood_trend(uuid, integer, app_public.mood_dimension_enum),
  app_public.mood_correlations(uuid, integer),
  app_public.mood_weekday_profile(uuid, integer),
  app_public.mood_weekly_trend(uuid, integer),
  app_public.mood_goals_progress(app_public.mood_goals),
  app_public.mood_goals_suggestion(app_public.mood_goals)
  to hp_patient, hp_therapist;
grant execute on function
  app_public.record_mood(integer, integer, integer, integer, double precision, text, text[], date),
  app_public.celebrate_goal_achievement(uuid)
  to hp_patient;
grant execute on function app_public.caseload_mood_entries(integer) to hp_therapist;
grant execute on function
  app_private.detect_mood_patterns(uuid),
  app_private.queue_all_mood_pattern_detection(),
  app_private.mood_period_statistics(uuid, date, date),
  app_private.save_mood_insight(uuid, app_public.insight_period_enum, date, date, jsonb, text, text),
  app_private.queue_mood_insights(app_public.insight_period_enum),
  app_private.compute_mood_analytics(integer)
  to hp_worker;
