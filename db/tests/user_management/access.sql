-- Module 1: user management. Who can read and change accounts, sessions, profiles,
-- preferences, consents and secrets; and that the database itself refuses a
-- session that is expired, revoked, idle, forged or garbled.
begin;
select plan(62);

select tests.create_user('alice@example.com');
select tests.create_user('bob@example.com');
select tests.create_user('ada@example.com', 'admin');

-- Roles -----------------------------------------------------------------------
select ok(not rolsuper and not rolbypassrls and not rolinherit and rolcanlogin,
          'the authenticator is a plain login role that inherits nothing')
  from pg_roles where rolname = 'hp_authenticator';
select is((select count(*)::int from pg_roles
           where rolname in ('hp_anonymous', 'hp_patient', 'hp_therapist', 'hp_admin', 'hp_worker', 'hp_owner')
             and (rolsuper or rolbypassrls)),
          0, 'no application role, the worker or the owner is a superuser or bypasses RLS');
select ok(not pg_has_role('hp_authenticator', 'hp_definer', 'member')
          and not pg_has_role('hp_authenticator', 'hp_owner', 'member'),
          'the authenticator cannot become the owner or the definer');
select is((select count(*)::int from pg_roles where rolname = 'hp_definer' and not rolcanlogin), 1,
          'nobody can log in as the definer');

-- Accounts ----------------------------------------------------------------------
select tests.act_as('alice@example.com');
select results_eq('select id from app_public.users', array[tests.id_of('alice@example.com')], 'a patient sees only their own account');
select is((app_public."current_user"()).email, 'alice@example.com', 'current_user() is the caller');
select is_empty(format('select 1 from app_public.users where id = %L', tests.id_of('bob@example.com')), 'a patient cannot see another account');
select throws_ok(format('update app_public.users set role = %L where id = %L', 'admin', tests.id_of('alice@example.com')), '42501', null,
                 'a patient cannot change their own role');
select throws_ok('select * from app_private.user_secrets', '42501', null, 'a patient cannot read password hashes');
select throws_ok('select * from app_private.session_tokens', '42501', null, 'a patient cannot read session tokens');
select throws_ok('select * from app_private.user_tokens', '42501', null, 'a patient cannot read reset tokens');
select throws_ok('select * from app_private.notification_outbox', '42501', null, 'a patient cannot read the email outbox');
select throws_ok($$select * from app_private.login_complete(app_public.current_user_id(), true, null)$$, '42501', null,
                 'a patient cannot call the authenticator''s login function');
reset role;

select tests.act_as('ada@example.com');
select ok((select count(*) from app_public.users) >= 3, 'an admin sees every account');
reset role;

select tests.act_as_anonymous();
select throws_ok('select * from app_public.users', '42501', null, 'anonymous cannot read accounts');
select throws_ok('select * from app_public.user_profiles', '42501', null, 'anonymous cannot read profiles');
select is(app_public.current_user_id(), null, 'anonymous has no user');
select is(app_public."current_user"(), null, 'anonymous: current_user() is null');
reset role;

-- Profiles ----------------------------------------------------------------------
select tests.act_as('alice@example.com');
select results_eq('select user_id from app_public.user_profiles', array[tests.id_of('alice@example.com')], 'a patient sees only their own profile');
select lives_ok($$update app_public.user_profiles set timezone = 'Europe/Paris', country = 'FR', first_name = 'Alicia'$$,
                'a patient updates their own profile');
select is((select timezone from app_public.user_profiles), 'Europe/Paris', 'the update took');
select is_empty(format('update app_public.user_profiles set first_name = %L where user_id = %L returning 1', 'Mallory', tests.id_of('bob@example.com')),
                'a patient cannot change another profile');
select throws_ok($$update app_public.user_profiles set timezone = 'Mars/Olympus'$$, '23514', null,
                 'an unknown timezone is refused');
select throws_ok($$update app_public.user_profiles set country = 'France'$$, '23514', null,
                 'a country must be an ISO code');
select throws_ok($$update app_public.user_profiles set first_name = repeat('x', 101)$$, '23514', null,
                 'oversized names are refused');
select throws_ok(format('update app_public.user_profiles set user_id = %L', tests.id_of('bob@example.com')), '42501', null,
                 'a profile cannot be moved to another user');
reset role;
select is((select first_name from app_public.user_profiles where user_id = tests.id_of('bob@example.com')), 'Test', 'bob''s profile is untouched');

-- Preferences -------------------------------------------------------------------
select tests.act_as('bob@example.com');
select results_eq('select user_id from app_public.user_preferences', array[tests.id_of('bob@example.com')], 'a user sees only their own preferences');
select lives_ok($$update app_public.user_preferences set theme = 'dark', text_scale = 1.25$$, 'a user updates their preferences');
select throws_ok($$update app_public.user_preferences set text_scale = 5$$, '23514', null, 'out-of-range display settings are refused');
select is_empty(format('update app_public.user_preferences set theme = %L where user_id = %L returning 1', 'light', tests.id_of('alice@example.com')),
                'a user cannot change another user''s preferences');
reset role;

-- Consents ----------------------------------------------------------------------
select tests.act_as('alice@example.com');
select is(app_public.has_consented('therapist_sharing'), false, 'no consent until given');
select lives_ok($$select app_public.grant_consent('therapist_sharing', 'v1')$$, 'a patient grants a consent');
select is(app_public.has_consented('therapist_sharing'), true, 'the consent now holds');
select lives_ok($$select app_public.withdraw_consent('therapist_sharing')$$, 'a patient withdraws it');
select is(app_public.has_consented('therapist_sharing'), false, 'withdrawal takes effect at once');
select is((select count(*)::int from app_public.consent_tracking where consent_type = 'therapist_sharing'), 2,
          'the history keeps both the grant and the withdrawal');
select throws_ok($$select app_public.grant_consent('terms_of_service', '1999-01-01')$$, 'CVERS', null,
                 'consent to an outdated terms version is refused');
select throws_ok(format($$insert into app_public.consent_tracking (user_id, consent_type, action, document_version)
                          values (%L, 'research', 'granted', 'v1')$$, tests.id_of('bob@example.com')), '42501', null,
                 'consents cannot be inserted directly (nor for someone else)');
select throws_ok($$update app_public.consent_tracking set action = 'granted'$$, '42501', null, 'consent history cannot be rewritten');
select throws_ok($$delete from app_public.consent_tracking$$, '42501', null, 'consent history cannot be deleted');
reset role;
select tests.act_as('bob@example.com');
select is_empty('select 1 from app_public.consent_tracking', 'another user sees none of those consents');
reset role;

-- Sessions ----------------------------------------------------------------------
select tests.remember('alice_session', tests.act_as('alice@example.com'));
select ok((select count(*) from app_public.user_sessions) >= 1, 'a user sees their own sessions');
select is_empty(format('select 1 from app_public.user_sessions where user_id = %L', tests.id_of('bob@example.com')), 'but not another user''s');
select throws_ok($$update app_public.user_sessions set revoked_at = null$$, '42501', null, 'sessions cannot be edited directly');
select throws_ok(format('select app_public.revoke_session(%L)', (select id from app_public.user_sessions where user_id = tests.id_of('bob@example.com') limit 1)),
                 'NTFND', null, 'a user cannot revoke another user''s session');
reset role;

-- An idle session is refused.
update app_public.user_sessions set last_seen_at = now() - interval '31 minutes' where id = tests.recall('alice_session')::uuid;
select tests.act_as_role('hp_patient', tests.recall('alice_session'));
select is(app_public.current_user_id(), null, 'a session idle for over 30 minutes is refused');
reset role;
-- An expired session is refused.
update app_public.user_sessions set last_seen_at = now(), created_at = now() - interval '13 hours', expires_at = now() - interval '1 hour'
  where id = tests.recall('alice_session')::uuid;
select tests.act_as_role('hp_patient', tests.recall('alice_session'));
select is(app_public.current_user_id(), null, 'a session past its absolute expiry is refused');
reset role;
-- Forged and garbled sessions are refused.
select tests.act_as_role('hp_patient', gen_random_uuid()::text);
select is(app_public.current_user_id(), null, 'a forged session id is refused');
select tests.act_as_role('hp_patient', 'x''; drop table users; --');
select is(app_public.current_user_id(), null, 'a garbled session id is refused, without an error');
select is_empty('select 1 from app_public.user_profiles', 'and sees no profile');
reset role;
-- Logout revokes at once; logout everywhere ends every session.
select tests.act_as('alice@example.com');
select is(app_public.logout(), true, 'logout succeeds');
select is(app_public.current_user_id(), null, 'after logout the same session is refused');
reset role;
select tests.act_as('alice@example.com');
select tests.remember('alice_other', tests.session_for(tests.id_of('alice@example.com')));
select ok(app_public.logout_everywhere() >= 2, 'logout everywhere ends every session of the user');
select is(app_public.current_user_id(), null, 'including this one');
reset role;
select tests.act_as_role('hp_patient', tests.recall('alice_other'));
select is(app_public.current_user_id(), null, 'and the other device''s');
reset role;

-- Settings ----------------------------------------------------------------------
select tests.act_as_anonymous();
select ok((select bool_and(is_public) from app_public.system_configurations), 'anonymous sees only public settings');
reset role;
select tests.act_as('alice@example.com');
select throws_ok($$update app_public.system_configurations set value = '"1 year"' where key = 'session.idle_timeout'$$,
                 '42501', null, 'a patient cannot change settings');
reset role;
select tests.act_as('ada@example.com');
select lives_ok($$update app_public.system_configurations set value = '"20 minutes"' where key = 'session.idle_timeout'$$,
                'an admin can change a setting value');
select throws_ok($$update app_public.system_configurations set key = 'x.y' where key = 'session.idle_timeout'$$,
                 '42501', null, 'but not rename settings');
reset role;

-- The worker -----------------------------------------------------------------------
select tests.act_as_role('hp_worker');
select lives_ok('select * from app_private.notification_outbox', 'the worker reads the outbox');
select throws_ok('select * from app_public.user_profiles', '42501', null, 'the worker cannot read profiles');
reset role;

select * from finish();
rollback;
