-- Personal analytics, computed in SQL from the entries: streaks, rolling averages,
-- trend, correlations, weekday profile and weekly trend; for the patient, and for a
-- reachable therapist only.
begin;
select plan(20);

select tests.create_user('lea@example.com');
select tests.create_user('omar@example.com');
select tests.create_user('dr.kim@example.com', 'therapist');

-- Lea: the last 10 days (today included), mood rising 1..10, sleep tracking mood;
-- then a gap, and a 3-day run 20 days ago.
select tests.add_entry('lea@example.com', 9 - d, d + 1, sleep => 4 + d * 0.5, energy => d + 1, anxiety => 10 - d, stress => 5)
  from generate_series(0, 9) d;
select tests.add_entry('lea@example.com', 20 + d, 3) from generate_series(0, 2) d;

select tests.act_as('lea@example.com');
select results_eq('select current_streak, longest_streak, total_entries from app_public.mood_streak()',
                  $$values (10, 10, 13)$$, 'streak: 10 days running, longest 10, 13 entries');
select results_eq('select window_days, entries, overall_mood from app_public.mood_rolling_averages()',
                  $$values (7, 7, 7.00), (30, 13, 4.92)$$, 'rolling 7- and 30-day averages');
select results_eq($$select slope_per_day, direction from app_public.mood_trend(window_days => 10)$$,
                  $$values (1.0000, 'rising'::text)$$, 'a 10-day trend: one point a day, rising');
select results_eq($$select entries, r_squared from app_public.mood_trend(window_days => 10)$$,
                  $$values (10, 1.000)$$, 'with a perfect fit');
select is((select direction from app_public.mood_trend(window_days => 10, dimension => 'anxiety_level')), 'falling',
          'any dimension can be trended');
select results_eq($$select dimension::text, correlation, strength from app_public.mood_correlations() where dimension in ('sleep_hours', 'anxiety_level') order by 1$$,
                  $$values ('anxiety_level'::text, -1.000, 'strong'::text), ('sleep_hours', 1.000, 'strong')$$,
                  'sleep goes with mood, anxiety against it');
select is((select strength from app_public.mood_correlations() where dimension = 'stress_level'), 'none',
          'a dimension that never varies correlates with nothing');
select is((select count(*)::int from app_public.mood_weekday_profile()), 7, 'a weekday profile has seven days');
select is((select sum(entries)::int from app_public.mood_weekday_profile()), 13, 'covering every entry of the window');
select ok((select count(*) from app_public.mood_weekly_trend(weeks => 13)) between 3 and 5, 'a weekly trend groups the entries by week');
select is((select sum(entries)::int from app_public.mood_weekly_trend(weeks => 13)), 13, 'and counts them all');
reset role;

-- Streak semantics: a missing today does not break the streak, a missing yesterday does.
select tests.add_entry('omar@example.com', d, 5) from generate_series(1, 4) d;
select tests.act_as('omar@example.com');
select is((app_public.mood_streak()).current_streak, 4, 'no check-in yet today: yesterday''s streak is still current');
reset role;
delete from app_public.mood_entries where user_id = tests.id_of('omar@example.com') and entry_date = app_private.local_today(user_id) - 1;
select tests.act_as('omar@example.com');
select is((app_public.mood_streak()).current_streak, 0, 'a whole missed day ends it');
select is((app_public.mood_streak()).longest_streak, 3, 'the longest run remains');
select is((app_public.mood_trend()).direction, 'steady', 'flat mood is steady');
-- Another user's id gives nothing of theirs.
select is((app_public.mood_streak(tests.id_of('lea@example.com'))).total_entries, 0, 'another patient''s analytics are empty');
select is((select sum(entries)::int from app_public.mood_rolling_averages(tests.id_of('lea@example.com'))), 0, 'averages too');
reset role;

-- A therapist: nothing before the relationship, the numbers after.
select tests.act_as('dr.kim@example.com');
select is((app_public.mood_streak(tests.id_of('lea@example.com'))).total_entries, 0, 'a therapist without access sees no analytics');
reset role;
select tests.connect('dr.kim@example.com', 'lea@example.com');
select tests.act_as('dr.kim@example.com');
select is((app_public.mood_streak(tests.id_of('lea@example.com'))).current_streak, 10, 'a reachable patient''s streak');
select is((app_public.mood_trend(tests.id_of('lea@example.com'), 10)).direction, 'rising', 'and trend');
reset role;

select * from finish();
rollback;
