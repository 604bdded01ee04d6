-- Pattern detection: each of the four patterns, its confidence and evidence window,
-- refresh without duplicates, resolution, and the therapist told (without content)
-- when a concerning pattern appears.
begin;
select plan(16);

select tests.create_user('ana@example.com');
select tests.create_user('ben@example.com');
select tests.create_user('cy@example.com');
select tests.create_user('dee@example.com');
select tests.create_user('dr.lou@example.com', 'therapist');
select tests.connect('dr.lou@example.com', 'ana@example.com');

-- Sustained low mood: three days at 1-2 this week (concerning), among ordinary days
-- (so it is not also a declining trend).
select tests.add_entry('ana@example.com', d, case when d in (0, 2, 4) then 2 when d < 7 then 6 else 4 end)
  from generate_series(0, 13) d;
select is(app_private.detect_mood_patterns(tests.id_of('ana@example.com')), 1, 'one pattern holds');
select results_eq($$select pattern_type::text, confidence, concerning, evidence_end - evidence_start from app_public.mood_patterns
                    where user_id = tests.id_of('ana@example.com') and resolved_at is null$$,
                  $$values ('sustained_low_mood'::text, 0.8000::app_public.normalized_score_domain, true, 4)$$,
                  'three days at mood 1-2: sustained low mood, confidence 0.8, concerning, with its evidence window (days 4 to 0)');
select is((select count(*)::int from app_private.notification_outbox
           where user_id = tests.id_of('dr.lou@example.com') and template = 'mood_pattern_for_review'), 1,
          'the reachable therapist is told a pattern exists');
select is((select count(*)::int from app_private.notification_outbox
           where user_id = tests.id_of('dr.lou@example.com') and body ~* 'mood 1|sustained|low mood'), 0,
          'without saying what it is');
select is(app_private.detect_mood_patterns(tests.id_of('ana@example.com')), 1, 'detecting again refreshes it');
select is((select count(*)::int from app_public.mood_patterns where user_id = tests.id_of('ana@example.com')), 1, 'without a duplicate');
select is((select count(*)::int from app_private.notification_outbox where user_id = tests.id_of('dr.lou@example.com')), 1,
          'or a second email');
select tests.add_entry('ana@example.com', d, 7) from generate_series(0, 2) d;
select is(app_private.detect_mood_patterns(tests.id_of('ana@example.com')), 0, 'better days: nothing holds');
select isnt((select resolved_at from app_public.mood_patterns where user_id = tests.id_of('ana@example.com')), null, 'the pattern is resolved');

-- Declining trend: 14 days from 9 down to 2 (concerning).
select tests.add_entry('ben@example.com', 13 - d, greatest(2, 9 - d / 2)) from generate_series(0, 13) d;
select app_private.detect_mood_patterns(tests.id_of('ben@example.com'));
select ok((select confidence > 0.5 from app_public.mood_patterns where user_id = tests.id_of('ben@example.com') and pattern_type = 'declining_trend'),
          'a two-week slide is a declining trend');

-- Weekday dip: eight weeks, Mondays at 3, other days at 7.
select tests.add_entry('cy@example.com', d, case when extract(isodow from app_private.local_today(tests.id_of('cy@example.com')) - d) = 1 then 3 else 7 end)
  from generate_series(0, 55) d;
select app_private.detect_mood_patterns(tests.id_of('cy@example.com'));
select results_eq($$select pattern_type::text, (details ->> 'iso_weekday')::int, concerning from app_public.mood_patterns where user_id = tests.id_of('cy@example.com')$$,
                  $$values ('weekday_dip'::text, 1, false)$$, 'Mondays are found as a weekday dip, not concerning');

-- Low sleep, low mood: short nights go with 4, others with 7.
select tests.add_entry('dee@example.com', d, case when d % 2 = 0 then 4 else 7 end, sleep => case when d % 2 = 0 then 5 else 8 end)
  from generate_series(0, 19) d;
select app_private.detect_mood_patterns(tests.id_of('dee@example.com'));
select is((select pattern_type::text from app_public.mood_patterns where user_id = tests.id_of('dee@example.com')), 'low_sleep_low_mood',
          'short nights before low days are found');

-- Who reads patterns.
select tests.act_as('ben@example.com');
select is((select count(*)::int from app_public.mood_patterns), 1, 'a patient reads their own patterns');
select throws_ok($$insert into app_public.mood_patterns (user_id, pattern_type, confidence, evidence_start, evidence_end) values (app_public.current_user_id(), 'weekday_dip', 1, current_date, current_date)$$,
                 '42501', null, 'but cannot write them');
reset role;
select tests.act_as('dr.lou@example.com');
select is((select count(*)::int from app_public.mood_patterns), 1, 'the therapist reads only the reachable patient''s patterns');
reset role;
select tests.act_as_role('hp_worker');
select lives_ok(format('select app_private.detect_mood_patterns(%L)', tests.id_of('ben@example.com')), 'the worker runs detection');
reset role;

select * from finish();
rollback;
