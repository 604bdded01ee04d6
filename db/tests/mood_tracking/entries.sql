-- Mood entries: one per local day (a second check-in updates it), the patient's own
-- timezone decides the day, bad values are refused without a write, and only the
-- patient and a reachable therapist (logged) read them.
begin;
select plan(35);

select tests.create_user('mia@example.com');
select tests.create_user('noah@example.com');
select tests.create_user('dr.ruth@example.com', 'therapist');
select tests.create_user('dr.sam@example.com', 'therapist');

-- The upsert --------------------------------------------------------------------------------
select tests.act_as('mia@example.com');
select is((app_public.record_mood(7, 6, 3, 4, 7.5, 'Good walk', array['exercise', 'friends'])).overall_mood::int, 7,
          'a patient records today''s check-in');
select is((select entry_date from app_public.mood_entries), app_private.local_today(app_public.current_user_id()),
          'dated on the patient''s local today');
select tests.remember('first_id', (select id from app_public.mood_entries));
select is((app_public.record_mood(5, sleep_hours => 6)).id, tests.recall('first_id')::uuid,
          'a second check-in the same day updates the same entry');
select results_eq('select count(*)::int, max(overall_mood)::int, max(sleep_hours) from app_public.mood_entries',
                  $$values (1, 5, 6.0)$$, 'one entry, now with the new values');
select lives_ok($$select app_public.record_mood(6, entry_date => app_private.local_today(app_public.current_user_id()) - 3)$$,
                'an earlier day can be filled in');
reset role;

-- The patient's timezone decides "today" ----------------------------------------------------
update app_public.user_profiles set timezone = 'Pacific/Kiritimati' where user_id = tests.id_of('noah@example.com');
select tests.act_as('noah@example.com');
select is((app_public.record_mood(6)).entry_date, (now() at time zone 'Pacific/Kiritimati')::date,
          'UTC+14: the entry is dated on the patient''s date, not the server''s');
select throws_ok(format('select app_public.record_mood(6, entry_date => %L)', (now() at time zone 'Pacific/Kiritimati')::date + 1),
                 'FUTUR', null, 'tomorrow in the patient''s timezone is refused');
reset role;
update app_public.user_profiles set timezone = 'Pacific/Pago_Pago' where user_id = tests.id_of('noah@example.com');
select tests.act_as('noah@example.com');
select throws_ok(format('select app_public.record_mood(6, entry_date => %L)', (now() at time zone 'Pacific/Pago_Pago')::date + 1),
                 'FUTUR', null, 'UTC-11: the server''s today can already be the patient''s tomorrow');
reset role;

-- Bad input: a clear error and no write ----------------------------------------------------------
select tests.act_as('mia@example.com');
select tests.remember('before', (select count(*) from app_public.mood_entries));
select throws_ok('select app_public.record_mood(0)', '23514', null, 'mood 0 is refused');
select throws_ok('select app_public.record_mood(11)', '23514', null, 'mood 11 is refused');
select throws_ok('select app_public.record_mood(5, energy_level => 12)', '23514', null, 'energy 12 is refused');
select throws_ok('select app_public.record_mood(5, sleep_hours => 25)', '23514', null, 'sleep of 25 hours is refused');
select throws_ok('select app_public.record_mood(5, sleep_hours => -1)', '23514', null, 'negative sleep is refused');
select throws_ok($$select app_public.record_mood(5, notes => repeat('x', 1000000))$$, '23514', null, 'a 1 MB note is refused');
select throws_ok($$select app_public.record_mood(5, activities => array['Not A Tag!'])$$, '23514', null, 'a malformed activity is refused');
select throws_ok(format($$insert into app_public.mood_entries (user_id, entry_date, overall_mood) values (%L, current_date - 10, 5)$$,
                        tests.id_of('noah@example.com')), '42501', null, 'an entry for someone else''s user id is refused');
select throws_ok(format('update app_public.mood_entries set user_id = %L', tests.id_of('noah@example.com')), '42501', null,
                 'an entry cannot be handed to another user');
select is((select count(*) from app_public.mood_entries), tests.recall('before')::bigint, 'and none of that wrote anything');
select is((select max(overall_mood)::int from app_public.mood_entries where entry_date = app_private.local_today(app_public.current_user_id())), 5,
          'today''s entry is unchanged');
reset role;

-- Who reads them ----------------------------------------------------------------------------------
select tests.act_as('noah@example.com');
select is_empty('select 1 from app_public.mood_entries where user_id <> app_public.current_user_id()', 'another patient sees none of them');
select is_empty(format('update app_public.mood_entries set overall_mood = 1 where user_id = %L returning 1', tests.id_of('mia@example.com')),
                'nor changes them');
select is_empty(format('delete from app_public.mood_entries where user_id = %L returning 1', tests.id_of('mia@example.com')),
                'nor deletes them');
reset role;
select tests.act_as_anonymous();
select throws_ok('select * from app_public.mood_entries', '42501', null, 'anonymous reads nothing');
reset role;

select tests.act_as('dr.ruth@example.com');
select is_empty('select 1 from app_public.mood_entries', 'a therapist without a relationship sees nothing');
select throws_ok('select app_public.record_mood(5)', '42501', null, 'and cannot write check-ins');
reset role;
select tests.connect('dr.ruth@example.com', 'mia@example.com');
select tests.act_as('dr.ruth@example.com');
select is((select count(*)::int from app_public.mood_entries), 2, 'with an active relationship and consent, the therapist sees the patient''s entries');
select is((select count(*)::int from app_public.caseload_mood_entries(30)), 2, 'and their caseload view shows them');
select throws_ok('update app_public.mood_entries set overall_mood = 1', '42501', null, 'but cannot change them');
reset role;
select is((select count(*)::int from app_public.data_access_logs
           where accessor_id = tests.id_of('dr.ruth@example.com') and patient_id = tests.id_of('mia@example.com')
             and data_kind = 'mood_entries'), 1,
          'the read is in the patient''s access log (once per request)');
select tests.act_as('dr.sam@example.com');
select is_empty('select 1 from app_public.mood_entries', 'another therapist still sees nothing');
select is_empty('select 1 from app_public.caseload_mood_entries(30)', 'not even through the caseload view');
reset role;
select tests.act_as('mia@example.com');
select lives_ok($$select app_public.withdraw_consent('therapist_sharing')$$, 'the patient withdraws consent');
reset role;
select tests.act_as('dr.ruth@example.com');
select is_empty('select 1 from app_public.mood_entries', 'and the therapist sees nothing from then on');
reset role;

-- Audit --------------------------------------------------------------------------------------------
select ok((select count(*) from app_public.audit_logs where table_name = 'app_public.mood_entries' and action = 'update'
           and user_id = tests.id_of('mia@example.com')) >= 1, 'a changed check-in is in the audit trail with its author');
select ok(exists (select 1 from graphile_worker.jobs where task_identifier = 'detect_mood_patterns'
                  and key = 'detect_mood_patterns:' || tests.id_of('mia@example.com')),
          'a check-in queues one (debounced) pattern detection');

select * from finish();
rollback;
