-- Journaling features in SQL: prompt of the day, gratitude, thought records,
-- search (language, accents, typos, ranking) and the CBT technique insight.
begin;
select plan(17);

select tests.create_user('lia@example.com');
select tests.create_user('mo@example.com');
update app_public.user_profiles set language = 'es' where user_id = tests.id_of('mo@example.com');

-- Prompt of the day.
select tests.act_as('lia@example.com');
select tests.remember('prompt', (app_public.prompt_of_the_day()).id);
select is((app_public.prompt_of_the_day()).id, tests.recall('prompt')::uuid, 'the prompt of the day is the same all day');
select is((app_public.prompt_of_the_day()).is_crisis, false, 'and never a crisis prompt');
insert into app_public.journal_entries (content, prompt_id) values ('An answer', tests.recall('prompt')::uuid);
select is((app_public.prompt_of_the_day()).id, tests.recall('prompt')::uuid, 'answering it does not change today''s prompt');
reset role;
-- Had it been answered yesterday, it would not be offered today.
update app_public.journal_entries set created_at = now() - interval '1 day' where prompt_id = tests.recall('prompt')::uuid;
select tests.act_as('lia@example.com');
select isnt((app_public.prompt_of_the_day()).id, tests.recall('prompt')::uuid, 'a prompt answered recently is not offered again');
reset role;
select is((select count(*)::int from app_public.journal_prompts where is_crisis and locale in ('es', 'fr')) >= 8, true,
          'grounding prompts exist in Spanish and French for the crisis module');
select is((app_private.grounding_prompt(tests.id_of('mo@example.com'))).locale, 'es', 'and it picks the patient''s language');

-- Gratitude.
select tests.act_as('lia@example.com');
insert into app_public.gratitude_entries (item, category) select 'Thing ' || i, 'people' from generate_series(1, 5) i;
select throws_ok($$insert into app_public.gratitude_entries (item) values ('A sixth')$$, 'GRMAX', null, 'five a day');
reset role;
insert into app_public.gratitude_entries (user_id, entry_date, item)
  select tests.id_of('lia@example.com'), app_private.local_today(tests.id_of('lia@example.com')) - d, 'Past ' || d from generate_series(1, 3) d;
select tests.act_as('lia@example.com');
select results_eq('select current_streak, longest_streak from app_public.gratitude_streak()', $$values (4, 4)$$, 'a four-day gratitude streak');
select alike((app_public.gratitude_look_back()).item, 'Past %', 'looking back finds a past day''s item');
reset role;

-- Thought records.
select tests.act_as('lia@example.com');
insert into app_public.thought_records (situation, emotions, automatic_thoughts, distortions, evidence_for, evidence_against,
                                        balanced_thought, balanced_belief, emotions_after, is_complete)
values ('Presentation at work', '[{"emotion": "Anxiety", "intensity": 80}, {"emotion": "shame", "intensity": 60}]',
        '[{"thought": "I will freeze", "hot": true}, {"thought": "Everyone will laugh"}]', '{fortune_telling,mind_reading}',
        'I froze once', 'I presented fine twice since', 'I might be nervous and still do well', 70,
        '[{"emotion": "anxiety", "intensity": 40}, {"emotion": "shame", "intensity": 30}]', true);
select results_eq($$select emotion, change from app_public.thought_records t, app_public.thought_records_emotion_changes(t) order by 1$$,
                  $$values ('anxiety'::text, -40), ('shame', -30)$$, 'the change in each emotion is computed');
select throws_ok($$insert into app_public.thought_records (situation, automatic_thoughts) values ('x', '[{"thought": "a", "hot": true}, {"thought": "b", "hot": true}]')$$,
                 '23514', null, 'only one hot thought');
select is((select app_public.thought_records_missing_parts(t) from (select (row(null, null, 'Only a situation', '[]', '[]', '{}', null, null, null, null, '[]', 'private', false, now(), now()))::app_public.thought_records t) x),
          array['emotions', 'automatic thoughts', 'the hot thought', 'evidence for', 'evidence against', 'a balanced thought',
                'how strongly you believe it', 'the emotions re-rated'], 'what a record lacks is listed');
reset role;

-- Search: language, accents, typos, ranking.
select tests.act_as('mo@example.com');
insert into app_public.journal_entries (title, content) values ('Trabajo', 'Me sentí ansiosa en la reunión de la mañana');
select results_eq($$select title from app_public.search_journal('reunion ansiosa')$$, array['Trabajo'], 'accents do not matter (Spanish stemming)');
reset role;
select tests.act_as('lia@example.com');
insert into app_public.journal_entries (title, content) values
  ('Anxiety before the exam', 'Breathing helped.'),
  ('A long day', 'Some anxiety in the evening, otherwise calm.');
select results_eq($$select title from app_public.search_journal('anxiety')$$, array['Anxiety before the exam', 'A long day'],
                  'a match in the title ranks first');
select results_eq($$select title from app_public.search_journal('anxeity') limit 1$$, array['Anxiety before the exam'],
                  'a typo still finds it');
select alike((select snippet from app_public.search_journal('breathing') limit 1), '%<mark>Breathing</mark>%', 'snippets are highlighted');
reset role;

-- What helps.
select tests.act_as('lia@example.com');
insert into app_public.journal_entries (content, cbt_technique, mood_before, mood_after) values
  ('a', 'gratitude', 4, 7), ('b', 'gratitude', 5, 7), ('c', 'mindfulness', 4, 5);
select results_eq('select cbt_technique::text, average_change from app_public.cbt_technique_effects()',
                  $$values ('gratitude'::text, 2.50), ('mindfulness', 1.00)$$, 'techniques ranked by the mood change they bring');
reset role;

select * from finish();
rollback;
