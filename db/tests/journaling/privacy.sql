-- Journaling privacy levels x roles. Private: the author only, never a therapist,
-- even with a relationship and consent. Shared with the therapist: readable by the
-- therapist only while the access rule holds, and logged. Anonymous research: the
-- words are visible to nobody but the author.
begin;
select plan(32);

select tests.create_user('june@example.com');
select tests.create_user('kai@example.com');
select tests.create_user('dr.ada@example.com', 'therapist');
select tests.create_user('dr.bo@example.com', 'therapist');
select tests.create_user('root.admin@example.com', 'admin');
select tests.connect('dr.ada@example.com', 'june@example.com');

select tests.act_as('june@example.com');
insert into app_public.journal_entries (title, content, privacy_level) values
  ('Private', 'Only for me', 'private'),
  ('Shared', 'For my therapist', 'shared_with_therapist'),
  ('Research', 'Counted, never read', 'anonymous_research');
insert into app_public.thought_records (situation, privacy_level) values ('A private situation', 'private'), ('A shared situation', 'shared_with_therapist');
insert into app_public.gratitude_entries (item) values ('The sun this morning');
select is((select count(*)::int from app_public.journal_entries), 3, 'the author reads all three of their entries');
select is((select content from app_public.journal_entries where privacy_level = 'anonymous_research'), 'Counted, never read',
          'including the research one');
reset role;

-- The therapist with an active relationship and consent.
select tests.act_as('dr.ada@example.com');
select results_eq('select title from app_public.journal_entries', array['Shared'], 'the therapist reads only the shared entry');
select is_empty($$select 1 from app_public.journal_entries where privacy_level = 'private'$$, 'never a private entry, even with consent');
select is_empty($$select 1 from app_public.journal_entries where privacy_level = 'anonymous_research'$$, 'never a research entry');
select results_eq('select situation from app_public.thought_records', array['A shared situation'], 'the same for thought records');
select throws_ok('select * from app_public.gratitude_entries', '42501', null, 'gratitude is the patient''s alone');
select results_eq($$select title from app_public.search_journal('therapist', tests.id_of('june@example.com'))$$, array['Shared'],
                  'search finds shared entries for the therapist');
select is_empty($$select 1 from app_public.search_journal('only me', tests.id_of('june@example.com'))$$, 'and never private ones');
select throws_ok($$update app_public.journal_entries set content = 'edited'$$, '42501', null, 'the therapist cannot edit');
reset role;
select ok((select count(*) from app_public.data_access_logs
           where patient_id = tests.id_of('june@example.com') and data_kind = 'journal_entries') = 1,
          'the therapist''s read is in the patient''s access log');

-- Back to private: access ends at once.
select tests.act_as('june@example.com');
update app_public.journal_entries set privacy_level = 'private' where title = 'Shared';
reset role;
select tests.act_as('dr.ada@example.com');
select is_empty('select 1 from app_public.journal_entries', 'an entry turned private is gone for the therapist at once');
reset role;
select tests.act_as('june@example.com');
update app_public.journal_entries set privacy_level = 'shared_with_therapist' where title = 'Shared';
select lives_ok($$select app_public.withdraw_consent('therapist_sharing')$$, 'the patient withdraws consent');
reset role;
select tests.act_as('dr.ada@example.com');
select is_empty('select 1 from app_public.journal_entries', 'shared, but without consent: nothing');
reset role;
select tests.act_as('june@example.com');
select app_public.grant_consent('therapist_sharing', 'v2');
reset role;
update app_public.therapeutic_relationships set status = 'ended', end_date = current_date, ended_at = now()
  where patient_id = tests.id_of('june@example.com');
select tests.act_as('dr.ada@example.com');
select is_empty('select 1 from app_public.journal_entries', 'shared, consented, but the relationship ended: nothing');
reset role;

-- Others.
select tests.act_as('dr.bo@example.com');
select is_empty('select 1 from app_public.journal_entries', 'another therapist sees nothing');
reset role;
select tests.act_as('kai@example.com');
select is_empty('select 1 from app_public.journal_entries', 'another patient sees nothing');
select is_empty('select 1 from app_public.thought_records', 'not even thought records');
select is_empty('select 1 from app_public.gratitude_entries', 'or gratitude');
select is_empty($$update app_public.journal_entries set content = 'x' returning 1$$, 'and changes nothing');
reset role;
select tests.act_as('root.admin@example.com');
select throws_ok('select * from app_public.journal_entries', '42501', null, 'an admin reads no journal');
reset role;
select tests.act_as_anonymous();
select throws_ok('select * from app_public.journal_entries', '42501', null, 'anonymous reads no journal');
select isnt_empty('select 1 from app_public.journal_prompts', 'but reads the everyday prompts');
select is_empty('select 1 from app_public.journal_prompts where is_crisis', 'not the crisis ones');
reset role;

-- Bad input, refused without a write.
select tests.act_as('kai@example.com');
select throws_ok($$insert into app_public.journal_entries (content) values ('   ')$$, 'EMPTY', null, 'an empty entry');
select throws_ok($$insert into app_public.journal_entries (content) values (repeat('x', 1000000))$$, '23514', null, 'a 1 MB entry');
select throws_ok($$insert into app_public.thought_records (situation, emotions) values ('s', '[{"emotion": "fear", "intensity": 140}]')$$,
                 '23514', null, 'an intensity of 140');
select throws_ok($$insert into app_public.thought_records (situation, distortions) values ('s', '{crystal_ball_gazing}')$$,
                 '22P02', null, 'an unknown distortion');
select throws_ok(format('update app_public.journal_entries set user_id = %L', tests.id_of('kai@example.com')), '42501', null,
                 'an update that changes the author');
select throws_ok(format($$insert into app_public.journal_entries (user_id, content) values (%L, 'mine now')$$, tests.id_of('june@example.com')),
                 '42501', null, 'an entry in another user''s name');
select throws_ok($$insert into app_public.thought_records (situation, is_complete) values ('Half done', true)$$, 'INCMP', null,
                 'a record marked complete with parts missing');
select is((select count(*)::int from app_public.journal_entries) + (select count(*)::int from app_public.thought_records), 0,
          'none of that wrote anything');
reset role;

select * from finish();
rollback;
