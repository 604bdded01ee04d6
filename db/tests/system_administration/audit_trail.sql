-- The audit trail: every change to personal data and every security event, with
-- its actor; append-only for every role; a hash chain that verify_audit_chain()
-- checks; monthly partitions made ahead of time.
begin;
select plan(26);

select tests.create_user('ines@example.com');
select tests.create_user('ada@example.com', 'admin');

-- Changes are recorded with their actor --------------------------------------------------
select tests.act_as('ines@example.com');
select set_config('happy_path.ip_address', '203.0.113.9', true);
select set_config('happy_path.user_agent', 'HappyPath/1.0 (iOS)', true);
select set_config('happy_path.request_id', 'req-audit-1', true);
update app_public.user_profiles set preferred_name = 'Nes';
reset role;
select set_config('happy_path.request_id', '', true);
select results_eq(
  $$select user_id, action, table_name, record_id, old_values ->> 'preferred_name', new_values ->> 'preferred_name',
           host(ip_address), user_agent, request_id, actor_role
    from app_public.audit_logs where request_id = 'req-audit-1'$$,
  $$values (tests.id_of('ines@example.com'), 'update'::text, 'app_public.user_profiles'::text, tests.id_of('ines@example.com'),
            null::text, 'Nes'::text, '203.0.113.9'::text, 'HappyPath/1.0 (iOS)'::text, 'req-audit-1'::text, 'hp_patient'::text)$$,
  'an update records who, what, which row, before and after, IP, user agent and request');

select tests.act_as('ines@example.com');
select lives_ok($$select app_public.grant_consent('research', 'v1')$$, 'a consent change');
reset role;
select is((select count(*)::int from app_public.audit_logs
           where table_name = 'app_public.consent_tracking' and new_values ->> 'consent_type' = 'research'), 1,
          'is audited');

-- Security events, and no secrets ------------------------------------------------------------
set local role hp_authenticator;
select is((select status::text from app_private.login_complete(tests.id_of('ines@example.com'), false, null)), 'invalid', 'a failed login');
select is((select status::text from app_private.login_complete(tests.id_of('ines@example.com'), true, null)), 'ok', 'a login');
reset role;
select is((select array_agg(action order by seq) from app_public.audit_logs
           where user_id = tests.id_of('ines@example.com') and action like 'login%'),
          array['login_failed', 'login'], 'failed and successful logins are audited');
select tests.act_as('ines@example.com');
select app_public.logout();
reset role;
select is((select count(*)::int from app_public.audit_logs where user_id = tests.id_of('ines@example.com') and action = 'logout'), 1,
          'logout is audited');
select is((select count(*)::int from app_public.audit_logs
           where (coalesce(old_values, '{}') || coalesce(new_values, '{}')) ?| array['password_hash', 'token', 'token_hash', 'totp_secret', 'code_hash']),
          0, 'no secret is ever copied into the trail');

-- Append-only -------------------------------------------------------------------------------------
select tests.act_as('ines@example.com');
select throws_ok('select * from app_public.audit_logs', '42501', null, 'a patient cannot read the trail');
reset role;
select tests.act_as('ada@example.com');
select ok((select count(*) from app_public.audit_logs) > 0, 'an admin (auditor) reads it');
select throws_ok('update app_public.audit_logs set action = $$x$$', '42501', null, 'an admin cannot change it');
select throws_ok('delete from app_public.audit_logs', '42501', null, 'or delete from it');
select throws_ok('truncate app_public.audit_logs', '42501', null, 'or truncate it');
select throws_ok($$insert into app_public.audit_logs (seq, actor_role, action, prev_hash, row_hash) values (1, 'x', 'x', '', '')$$,
                 '42501', null, 'or forge a row');
reset role;
select tests.act_as_role('hp_worker');
select throws_ok('select * from app_public.audit_logs', '42501', null, 'the worker cannot read it either');
reset role;
select throws_ok('delete from app_public.audit_logs', 'APPND', null, 'even the owner''s delete is refused by the trigger');
select throws_ok('truncate app_public.audit_logs', 'APPND', null, 'and its truncate');

-- The chain ------------------------------------------------------------------------------------------
select is((select intact from app_public.verify_audit_chain()), true, 'the untouched chain verifies');
select is((select count(distinct prev_hash)::int = count(*)::int from app_public.audit_logs), true, 'no two rows share a parent: the chain never forks');
-- A superuser edit (with the trigger out of the way) is detected.
alter table app_public.audit_logs disable trigger _100_append_only;
update app_public.audit_logs set new_values = '{"preferred_name": "Someone else"}'
  where request_id = 'req-audit-1';
select results_eq(
  'select intact, first_broken_seq, problem from app_public.verify_audit_chain()',
  $$select false, seq, 'row content changed'::text from app_public.audit_logs where request_id = 'req-audit-1' order by seq limit 1$$,
  'an edited row breaks the chain, and verify_audit_chain() says where');
delete from app_public.audit_logs where seq = (select max(seq) from app_public.audit_logs);
select is((select problem from app_public.verify_audit_chain()) is not null, true, 'a removed row is detected too');
alter table app_public.audit_logs enable trigger _100_append_only;

-- Partitions ----------------------------------------------------------------------------------------------
select is((select count(*)::int from app_public.audit_logs where request_id = 'req-audit-1'), 1, 'only that request''s change carries its request id');
select is((select count(*)::int from pg_inherits where inhparent = 'app_public.audit_logs'::regclass), 5,
          'this month, the next three and a default partition exist');
select is(app_private.ensure_audit_partitions(), 0, 'ensuring partitions again creates none');
select tests.act_as_role('hp_worker');
select is(app_private.ensure_audit_partitions(5), 2, 'the worker''s daily task creates partitions further ahead');
reset role;
select is((select count(*)::int from pg_inherits where inhparent = 'app_public.audit_logs'::regclass), 7, 'and they are attached');

select * from finish();
rollback;
