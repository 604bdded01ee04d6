-- Population analytics: no user ids, research consent only, and every cell with
-- fewer than k distinct patients suppressed; admins only.
begin;
select plan(11);

-- Twelve consenting patients check in two days ago; three more do not consent.
select tests.create_user(format('p%s@example.com', i)) from generate_series(1, 15) i;
select app_private.record_consent(tests.id_of(format('p%s@example.com', i)), 'research', 'granted', 'v1') from generate_series(1, 12) i;
select tests.add_entry(format('p%s@example.com', i), 2, case when i <= 10 then 6 else 9 end) from generate_series(1, 15) i;
-- Only five (consenting) check in three days ago.
select tests.add_entry(format('p%s@example.com', i), 3, 5) from generate_series(1, 5) i;

select ok(app_private.compute_mood_analytics(10) > 0, 'the nightly computation writes cells');
select is((select count(*)::int from information_schema.columns
           where table_schema = 'app_public' and table_name = 'mood_analytics' and column_name ~ 'user'), 0,
          'the table has no user column');
select results_eq($$select patients, entries, mean from app_public.mood_analytics
                    where period_type = 'day' and period_start = current_date - 2 and dimension = 'overall_mood'$$,
                  $$values (12, 12, 6.50)$$, 'only research-consenting patients are counted');
select is((select distribution -> '6' from app_public.mood_analytics
           where period_type = 'day' and period_start = current_date - 2 and dimension = 'overall_mood'), '10'::jsonb,
          'a bucket of 10 patients is shown');
select is((select distribution -> '9' from app_public.mood_analytics
           where period_type = 'day' and period_start = current_date - 2 and dimension = 'overall_mood'), 'null'::jsonb,
          'a bucket of 2 patients is suppressed');
select results_eq($$select suppressed, patients, mean, distribution from app_public.mood_analytics
                    where period_type = 'day' and period_start = current_date - 3 and dimension = 'overall_mood'$$,
                  $$values (true, null::integer, null::numeric, null::jsonb)$$, 'a day of five patients is suppressed whole');
select is((select count(*)::int from app_public.mood_analytics where suppressed and (patients is not null or mean is not null)), 0,
          'no suppressed cell leaks a number');

select tests.create_user('admin@example.com', 'admin');
select tests.act_as('admin@example.com');
select ok((select count(*) from app_public.mood_analytics) > 0, 'an admin reads the analytics');
reset role;
select tests.act_as('p1@example.com');
select throws_ok('select * from app_public.mood_analytics', '42501', null, 'a patient cannot');
reset role;
select tests.create_user('dr.x@example.com', 'therapist');
select tests.act_as('dr.x@example.com');
select throws_ok('select * from app_public.mood_analytics', '42501', null, 'nor a therapist');
reset role;
select is(app_private.compute_mood_analytics(10), (select count(*)::int from app_public.mood_analytics), 'recomputing replaces, never duplicates');

select * from finish();
rollback;
