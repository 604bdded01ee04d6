-- Mood goals: progress computed from entries, achievements recorded once per window,
-- adjustments suggested after repeated misses or easy wins.
begin;
select plan(17);

select tests.create_user('ivy@example.com');
select tests.create_user('jon@example.com');

select tests.act_as('ivy@example.com');
select lives_ok($$insert into app_public.mood_goals (title, dimension, kind, comparison, target, window_days)
                  values ('Average mood of at least 6 over 14 days', 'overall_mood', 'average', 'at_least', 6, 14)$$,
                'a patient sets an average goal');
select lives_ok($$insert into app_public.mood_goals (title, dimension, kind, comparison, target, window_days, required_days)
                  values ('Sleep 7 hours on 5 nights a week', 'sleep_hours', 'days', 'at_least', 7, 7, 5)$$,
                'and a days goal');
select throws_ok($$insert into app_public.mood_goals (title, dimension, kind, target, window_days) values ('x', 'overall_mood', 'average', 11, 14)$$,
                 '23514', null, 'a target off the 1-10 scale is refused');
select throws_ok($$insert into app_public.mood_goals (title, dimension, kind, target, window_days) values ('x', 'sleep_hours', 'days', 7, 7)$$,
                 '23514', null, 'a days goal must say how many days');
select throws_ok(format($$insert into app_public.mood_goals (user_id, title, dimension, kind, target, window_days) values (%L, 'x', 'overall_mood', 'average', 5, 7)$$,
                        tests.id_of('jon@example.com')), '42501', null, 'nobody sets a goal for someone else');
select results_eq($$select (app_public.mood_goals_progress(g)).met, (app_public.mood_goals_progress(g)).days_logged from app_public.mood_goals g order by kind$$,
                  $$values (false, 0), (false, 0)$$, 'no entries: nothing met yet');
reset role;

-- Seven good days with enough sleep.
select tests.add_entry('ivy@example.com', d, 7, sleep => 7.5) from generate_series(1, 7) d;
select tests.act_as('ivy@example.com');
select results_eq($$select kind::text, (app_public.mood_goals_progress(g)).days_logged, (app_public.mood_goals_progress(g)).current_value,
                           (app_public.mood_goals_progress(g)).met from app_public.mood_goals g order by kind$$,
                  $$values ('average'::text, 7, 7.00, true), ('days', 6, 7.50, true)$$,
                  'progress is computed from the entries (the days goal''s window ends today)');
select is((select count(*)::int from app_public.mood_goal_achievements), 2,
          'the check-in that met each goal recorded its achievement, so the client can celebrate');
select results_eq('select window_end - window_start + 1 from app_public.mood_goal_achievements order by 1',
                  $$values (7), (14)$$, 'each with the window it covers');
select lives_ok('select app_public.record_mood(8, sleep_hours => 8)', 'today''s check-in');
select lives_ok('select app_public.record_mood(9, sleep_hours => 8)', 'another check-in the same day');
select is((select count(*)::int from app_public.mood_goal_achievements), 2, 'do not celebrate the same windows twice');
select isnt((app_public.celebrate_goal_achievement((select id from app_public.mood_goal_achievements limit 1))).celebrated_at, null,
            'the client marks one as celebrated');
reset role;
select tests.act_as('jon@example.com');
select throws_ok(format('select app_public.celebrate_goal_achievement(%L)', (select id from app_public.mood_goal_achievements limit 1)),
                 'NTFND', null, 'another patient cannot touch it');
select is_empty('select 1 from app_public.mood_goals', 'or see the goals');
reset role;

-- Suggestions: missed in the last four windows, or met easily.
select tests.add_entry('jon@example.com', d, 3, sleep => 5) from generate_series(1, 60) d;
select tests.act_as('jon@example.com');
insert into app_public.mood_goals (title, dimension, kind, target, window_days) values ('Mood 6+', 'overall_mood', 'average', 6, 7);
insert into app_public.mood_goals (title, dimension, kind, comparison, target, window_days) values ('Mood at most 9', 'overall_mood', 'average', 'at_most', 9, 7);
select results_eq($$select (app_public.mood_goals_suggestion(g)).suggestion, (app_public.mood_goals_suggestion(g)).suggested_target
                    from app_public.mood_goals g where title = 'Mood 6+'$$,
                  $$values ('lower_target'::text, 3.5)$$, 'missed four windows running: suggest a reachable target');
select is((select (app_public.mood_goals_suggestion(g)).suggestion from app_public.mood_goals g where title = 'Mood at most 9'), 'raise_target',
          'met with room to spare: suggest more');
reset role;

select * from finish();
rollback;
