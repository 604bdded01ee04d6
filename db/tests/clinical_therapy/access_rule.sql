-- Module 2: therapeutic relationships and the one access rule for clinicians.
-- A therapist reaches a patient only while the relationship is active AND the
-- patient consents to sharing; pending, declined, ended or unconsented: nothing.
begin;
select plan(37);

select tests.create_user('theo@example.com', 'therapist', 'Theo');
select tests.create_user('tara@example.com', 'therapist', 'Tara');
select tests.create_user('pat@example.com', 'patient', 'Pat');
select tests.create_user('quinn@example.com', 'patient', 'Quinn');
update app_public.user_profiles
  set last_name = 'Lee', pronouns = 'they/them', date_of_birth = current_date - interval '30 years 2 days',
      country = 'GB', gender = 'nonbinary', emergency_contact_name = 'Sam', emergency_contact_phone = '+44 20 7946 0000'
  where user_id = tests.id_of('pat@example.com');

-- Lifecycle and constraints ---------------------------------------------------------
select tests.act_as('pat@example.com');
select throws_ok($$select app_public.invite_patient('quinn@example.com', 'individual')$$, '42501', null,
                 'a patient cannot invite anyone');
select throws_ok($$insert into app_public.therapeutic_relationships (therapist_id, patient_id, relationship_type)
                   values (gen_random_uuid(), app_public.current_user_id(), 'individual')$$, '42501', null,
                 'relationships cannot be written directly');
reset role;

select tests.act_as('theo@example.com');
select throws_ok($$select app_public.invite_patient('tara@example.com', 'individual')$$, 'NTFND', null,
                 'a therapist cannot be invited as a patient');
select throws_ok($$select app_public.invite_patient('nobody@example.com', 'individual')$$, 'NTFND', null,
                 'an unknown email is refused');
select tests.remember('rel', (app_public.invite_patient('pat@example.com', 'individual', 'Referred by GP')).id);
select throws_ok($$select app_public.invite_patient('pat@example.com', 'couples')$$, '23505', null,
                 'at most one open relationship per pair');
select is(app_public.my_patient_ids(), '{}'::uuid[], 'a pending invitation opens nothing');
select is_empty('select * from app_public.my_patients()', 'and lists no patient');
reset role;

select throws_ok(format($$update app_public.therapeutic_relationships set end_date = start_date - 1, status = 'ended' where id = %L$$,
                        tests.recall('rel')), '23514', null, 'a relationship cannot end before it starts');
select throws_ok($$insert into app_public.therapeutic_relationships (therapist_id, patient_id, relationship_type)
                   select id, id, 'individual' from app_public.users where email = 'theo@example.com'$$, 'NOTPT', null,
                 'a therapist cannot be their own patient');

select tests.act_as('quinn@example.com');
select throws_ok(format('select app_public.respond_to_invitation(%L, true)', tests.recall('rel')), 'NTFND', null,
                 'a patient cannot accept someone else''s invitation');
select is_empty('select 1 from app_public.therapeutic_relationships', 'nor see it');
reset role;

select tests.act_as('pat@example.com');
select results_eq('select first_name from app_public.my_therapists()', array['Theo'], 'the patient sees who invited them');
select is((app_public.respond_to_invitation(tests.recall('rel')::uuid, true)).status::text, 'active', 'the patient accepts');
reset role;

select tests.act_as('theo@example.com');
select is(app_public.my_patient_ids(), '{}'::uuid[], 'an active relationship without consent opens nothing');
reset role;

select tests.act_as('pat@example.com');
select lives_ok($$select app_public.grant_consent('therapist_sharing', 'v1')$$, 'the patient consents to sharing');
reset role;

select tests.act_as('theo@example.com');
select is(app_public.my_patient_ids(), array[tests.id_of('pat@example.com')], 'active relationship + consent: the therapist reaches the patient');
select results_eq('select first_name, last_name, pronouns, age, country from app_public.my_patients()',
                  $$values ('Pat'::text, 'Lee'::text, 'they/them'::text, 30, 'GB'::text)$$,
                  'the therapist sees name, pronouns, age and country');
select is((select count(*)::int from information_schema.attributes
           where udt_schema = 'app_public' and udt_name = 'patient_summary'
             and attribute_name in ('gender', 'date_of_birth', 'emergency_contact_name', 'emergency_contact_phone', 'email')), 0,
          'but not gender, birth date, emergency contact or email');
select is_empty(format('select 1 from app_public.user_profiles where user_id = %L', tests.id_of('pat@example.com')),
                'the profile table itself stays closed to the therapist');
reset role;

select tests.act_as('tara@example.com');
select is(app_public.my_patient_ids(), '{}'::uuid[], 'another therapist reaches nobody');
select is_empty('select 1 from app_public.therapeutic_relationships', 'and sees no relationship');
reset role;

-- Who viewed my record ------------------------------------------------------------------
select is((select count(*)::int from app_public.data_access_logs
           where patient_id = tests.id_of('pat@example.com') and accessor_id = tests.id_of('theo@example.com')
             and data_kind = 'user_profiles'), 1,
          'the therapist''s read left one access record (however many rows were read)');
select tests.act_as('pat@example.com');
select is((select count(*)::int from app_public.data_access_logs where accessor_id = tests.id_of('theo@example.com')), 1,
          'the patient sees who read their data');
select throws_ok('update app_public.data_access_logs set data_kind = $$x$$', '42501', null, 'the patient cannot change it');
select throws_ok('delete from app_public.data_access_logs', '42501', null, 'nor delete it');
reset role;
select tests.act_as('quinn@example.com');
select is_empty('select 1 from app_public.data_access_logs', 'another patient sees none of it');
reset role;
select throws_ok('delete from app_public.data_access_logs', 'APPND', null, 'not even the owner can delete access records');

-- Withdrawal and ending cut access at once --------------------------------------------------
select tests.act_as('pat@example.com');
select lives_ok($$select app_public.withdraw_consent('therapist_sharing')$$, 'the patient withdraws consent');
reset role;
select tests.act_as('theo@example.com');
select is(app_public.my_patient_ids(), '{}'::uuid[], 'withdrawal cuts access in the same second');
reset role;
select tests.act_as('pat@example.com');
select lives_ok($$select app_public.grant_consent('therapist_sharing', 'v2')$$, 'consent given again');
reset role;
select tests.act_as('theo@example.com');
select is(app_public.my_patient_ids(), array[tests.id_of('pat@example.com')], 'access is back');
select is((app_public.end_relationship(tests.recall('rel')::uuid)).status::text, 'ended', 'the therapist ends the relationship');
select is(app_public.my_patient_ids(), '{}'::uuid[], 'ending cuts access at once, consent notwithstanding');
select throws_ok(format('select app_public.end_relationship(%L)', tests.recall('rel')), 'NTFND', null,
                 'an ended relationship cannot be ended again');
reset role;

-- Declining ------------------------------------------------------------------------------------
select tests.act_as('tara@example.com');
select tests.remember('rel2', (app_public.invite_patient('quinn@example.com', 'group')).id);
reset role;
select tests.act_as('quinn@example.com');
select is((app_public.respond_to_invitation(tests.recall('rel2')::uuid, false)).status::text, 'declined', 'a patient can decline');
select lives_ok($$select app_public.grant_consent('therapist_sharing', 'v1')$$, 'even with consent');
reset role;
select tests.act_as('tara@example.com');
select is(app_public.my_patient_ids(), '{}'::uuid[], 'a declined invitation opens nothing');
reset role;

select * from finish();
rollback;
