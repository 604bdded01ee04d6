-- Module 1: the authentication functions the server calls as hp_authenticator.
-- Lockout, two-factor, single-use tokens, password changes. The server only hashes
-- and verifies passwords; every decision below is the database's.
begin;
select plan(33);

select tests.create_user('carol@example.com');
set local role hp_authenticator;

-- Lockout -------------------------------------------------------------------------
select is((select status::text from app_private.login_complete(tests.id_of('carol@example.com'), false, null)), 'invalid',
          'a wrong password is refused');
select is((select status::text from app_private.login_complete(null, false, null)), 'invalid',
          'an unknown email gets the same answer');
select is((select status::text from app_private.login_complete(tests.id_of('carol@example.com'), false, null)), 'invalid', '2nd failure');
select is((select status::text from app_private.login_complete(tests.id_of('carol@example.com'), false, null)), 'invalid', '3rd failure');
select is((select status::text from app_private.login_complete(tests.id_of('carol@example.com'), false, null)), 'invalid', '4th failure');
select is((select status::text from app_private.login_complete(tests.id_of('carol@example.com'), false, null)), 'locked',
          'the 5th failure in a row locks the account');
select is((select status::text from app_private.login_complete(tests.id_of('carol@example.com'), true, null)), 'locked',
          'while locked, even the right password is refused');
reset role;
select is((select count(*)::int from app_public.user_sessions where user_id = tests.id_of('carol@example.com')), 0,
          'and no session was opened');
update app_private.user_secrets set locked_until = now() - interval '1 second' where user_id = tests.id_of('carol@example.com');
set local role hp_authenticator;
select is((select status::text from app_private.login_complete(tests.id_of('carol@example.com'), true, null)), 'ok',
          'after the lockout the right password opens a session');
select throws_ok('select * from app_private.user_secrets', '42501', null,
          'the authenticator itself cannot read secrets');
reset role;
select is((select failed_login_count from app_private.user_secrets where user_id = tests.id_of('carol@example.com')), 0,
          'a successful login resets the failure count');

-- Sessions from tokens ---------------------------------------------------------------
select tests.remember('token', (select token from app_private.open_session(tests.id_of('carol@example.com'))));
set local role hp_authenticator;
select is((select user_id from app_private.session_by_token(tests.recall('token'))), tests.id_of('carol@example.com'),
          'a bearer token resolves to its session');
select is_empty($$select * from app_private.session_by_token('not-a-token-at-all-but-long-enough')$$, 'an unknown token resolves to nothing');
select is_empty($$select * from app_private.session_by_token('')$$, 'an empty token resolves to nothing');
reset role;
update app_public.user_sessions set revoked_at = now(), revoked_reason = 'admin' where user_id = tests.id_of('carol@example.com');
set local role hp_authenticator;
select is_empty(format('select * from app_private.session_by_token(%L)', tests.recall('token')), 'a revoked session''s token resolves to nothing');

-- Suspended accounts ------------------------------------------------------------------
reset role;
update app_public.users set account_status = 'suspended' where id = tests.id_of('carol@example.com');
set local role hp_authenticator;
select is((select status::text from app_private.login_complete(tests.id_of('carol@example.com'), true, null)), 'disabled',
          'a suspended account cannot log in');
reset role;
update app_public.users set account_status = 'active' where id = tests.id_of('carol@example.com');

-- Two-factor ---------------------------------------------------------------------------
select tests.act_as('carol@example.com');
select alike(app_public.begin_two_factor_enrolment(), 'otpauth://totp/Happy%20Path:carol%40example.com?secret=%&issuer=Happy%20Path%',
            'enrolment returns an otpauth URI for a QR code');
select throws_ok($$select app_public.confirm_two_factor_enrolment('000000')$$, 'TFABD', null, 'a wrong code does not turn it on');
reset role;
select tests.remember('code', app_private.totp_code(
  (select totp_pending_secret from app_private.user_secrets where user_id = tests.id_of('carol@example.com')),
  floor(extract(epoch from now()) / 30)::bigint));
select tests.act_as('carol@example.com');
select tests.remember('recovery', (app_public.confirm_two_factor_enrolment(tests.recall('code')))[1]);
select is((app_public."current_user"()).two_factor_enabled, true, 'a right code turns two-factor on');
select alike(tests.recall('recovery'), '_____-_____', 'and returns recovery codes');
reset role;
select is((select count(*)::int from app_private.user_recovery_codes where user_id = tests.id_of('carol@example.com')), 10,
          'ten recovery codes are stored (hashed)');
select is((select count(*)::int from app_private.user_recovery_codes where code_hash = convert_to(tests.recall('recovery'), 'UTF8')), 0,
          'not in clear');
set local role hp_authenticator;
select is((select status::text from app_private.login_complete(tests.id_of('carol@example.com'), true, null)), 'totp_required',
          'with two-factor on, a password alone is not enough');
select is((select status::text from app_private.login_complete(tests.id_of('carol@example.com'), true, '123456')), 'totp_invalid',
          'a wrong code is refused');
select is((select status::text from app_private.login_complete(tests.id_of('carol@example.com'), true, tests.recall('code'))), 'totp_invalid',
          'the code used at enrolment cannot be replayed');
select is((select status::text from app_private.login_complete(tests.id_of('carol@example.com'), true, tests.recall('recovery'))), 'ok',
          'a recovery code works');
select is((select status::text from app_private.login_complete(tests.id_of('carol@example.com'), true, tests.recall('recovery'))), 'totp_invalid',
          'but only once');
reset role;

-- Email verification and password reset tokens ---------------------------------------------
select tests.create_user('dan@example.com');
update app_public.users set email_verified = false, account_status = 'pending_verification' where id = tests.id_of('dan@example.com');
select tests.remember('verify', app_private.issue_token(tests.id_of('dan@example.com'), 'verify_email', interval '1 hour'));
select tests.act_as_anonymous();
select throws_ok($$select app_public.verify_email('forged-token-forged-token-forged')$$, 'TOKEN', null, 'a forged verification token is refused');
select is(app_public.verify_email(tests.recall('verify')), true, 'the emailed token verifies the address');
select throws_ok(format('select app_public.verify_email(%L)', tests.recall('verify')), 'TOKEN', null, 'and works only once');
reset role;
select is((select account_status::text from app_public.users where id = tests.id_of('dan@example.com')), 'active', 'the account is now active');

select tests.remember('reset', app_private.issue_token(tests.id_of('dan@example.com'), 'reset_password', interval '1 hour'));
update app_private.user_tokens set expires_at = now() - interval '1 second' where user_id = tests.id_of('dan@example.com') and purpose = 'reset_password';
set local role hp_authenticator;
select is(app_private.reset_password(tests.recall('reset'), '$argon2id$v=19$m=19456,t=2,p=1$bmV3$bmV3'), false, 'an expired reset token is refused');
reset role;
select tests.remember('reset2', app_private.issue_token(tests.id_of('dan@example.com'), 'reset_password', interval '1 hour'));
set local role hp_authenticator;
select throws_ok(format('select app_private.reset_password(%L, %L)', tests.recall('reset2'), 'hunter2-in-clear'), '23514', null,
                 'a clear-text password can never be stored');
select * from finish();
rollback;
