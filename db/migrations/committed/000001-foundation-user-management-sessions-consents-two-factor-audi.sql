--! Previous: -
--! Hash: sha1:b9b035b75e7a565b9d7d4aa8ee76fa0b4208f99b
--! Message: Foundation: user management, sessions, consents, two-factor, audit trail

-- Module 1 — Foundation: user management and the audit trail
--
-- This migration is the ground every later module stands on. It is read top to
-- bottom, one section per concern, and each section opens with why it exists.
-- Conventions (docs/conventions.md): snake_case, plural table names, functions with
-- explicit volatility, SECURITY DEFINER only with a pinned search_path and owned by
-- hp_definer, RLS enabled and forced on every table, policies named as sentences.

-------------------------------------------------------------------------------
-- 1.0 Schemas
--
-- app_public is what PostGraphile exposes: every table and function in it becomes
-- part of the GraphQL API, subject to grants and policies. app_private holds what
-- no client may ever read: password hashes, session and reset tokens, TOTP
-- secrets, the email outbox, the express-session store.
-------------------------------------------------------------------------------
drop schema if exists app_public cascade;
drop schema if exists app_private cascade;

create schema app_public;
create schema app_private;

-- Using a schema grants nothing by itself: app_private's tables have no grants for
-- application roles, and its functions are executable only where granted one by one
-- (db/bootstrap/database.sql revokes PostgreSQL's default EXECUTE for PUBLIC).
grant usage on schema app_public, app_private
  to hp_anonymous, hp_patient, hp_therapist, hp_admin, hp_worker, hp_authenticator;
-- hp_definer owns the SECURITY DEFINER functions, which requires CREATE here, and
-- reaches every table those functions touch.
grant usage, create on schema app_public, app_private to hp_definer;
alter default privileges in schema app_public, app_private
  grant select, insert, update, delete on tables to hp_definer;
alter default privileges in schema app_public, app_private
  grant execute on functions to hp_definer;
alter default privileges in schema app_public, app_private
  grant usage, select on sequences to hp_definer;

-- Called at the end of every module: hands each SECURITY DEFINER function to
-- hp_definer, so "which code may look across users?" has one answer.
create function app_private.assign_definer_functions() returns void
  language plpgsql volatile
as $$
declare
  f regprocedure;
begin
  for f in
    select p.oid::regprocedure from pg_proc p
    where p.pronamespace in ('app_public'::regnamespace, 'app_private'::regnamespace)
      and p.prosecdef and p.proowner <> 'hp_definer'::regrole
  loop
    execute format('alter function %s owner to hp_definer', f);
  end loop;
end;
$$;
comment on function app_private.assign_definer_functions() is
  'Migration helper (run by hp_owner): every SECURITY DEFINER function in our schemas is owned by hp_definer.';

-------------------------------------------------------------------------------
-- 1.1 Shared types
--
-- The seed's enums and domains. A domain carries its rule with it, so every table
-- that stores a mood score refuses 0 and 11 the same way, with the same error.
-------------------------------------------------------------------------------
create type app_public.user_role_enum as enum ('patient', 'therapist', 'admin', 'system');
comment on type app_public.user_role_enum is
  'What a user is to the platform. Each role but system maps to the database role hp_<role>; system accounts cannot log in.';

create type app_public.account_status_enum as enum ('pending_verification', 'active', 'suspended', 'deactivated');
comment on type app_public.account_status_enum is
  'pending_verification until the email is confirmed; suspended and deactivated accounts cannot log in.';

create type app_public.consent_type_enum as enum (
  'terms_of_service', 'privacy_policy', 'therapist_sharing', 'ai_processing', 'research'
);
create type app_public.consent_action_enum as enum ('granted', 'withdrawn');

create domain app_public.mood_scale_domain as smallint
  check (value between 1 and 10);
comment on domain app_public.mood_scale_domain is 'A self-rating from 1 (worst) to 10 (best).';

create domain app_public.normalized_score_domain as numeric(5, 4)
  check (value between 0 and 1);
comment on domain app_public.normalized_score_domain is 'A score or confidence between 0 and 1.';

-------------------------------------------------------------------------------
-- 1.2 Small pure helpers
-------------------------------------------------------------------------------
create function app_private.uuid_or_null(value text) returns uuid
  language sql immutable parallel safe
as $$
  select case
    when value ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then value::uuid
  end
$$;
comment on function app_private.uuid_or_null(text) is
  'Reads a uuid from untrusted text; garbage gives NULL instead of an error, so a garbled session id is simply no session.';

create function app_private.sha256(value text) returns bytea
  language sql immutable parallel safe
as $$
  select public.digest(convert_to(value, 'UTF8'), 'sha256')
$$;

create function app_private.random_token() returns text
  language sql volatile parallel safe
as $$
  select translate(encode(public.gen_random_bytes(32), 'base64'), '+/=', '-_')
$$;
comment on function app_private.random_token() is
  '256 random bits, URL-safe. Tokens are handed out once and only their sha256 is stored.';

create function app_private.is_valid_timezone(tz text) returns boolean
  language plpgsql stable parallel safe
as $$
begin
  perform now() at time zone tz;
  return true;
exception when invalid_parameter_value then
  return false;
end;
$$;

create function app_private.tg__set_updated_at() returns trigger
  language plpgsql volatile
as $$
begin
  new.updated_at := greatest(now(), old.updated_at + interval '1 millisecond');
  return new;
end;
$$;
comment on function app_private.tg__set_updated_at() is
  'Keeps updated_at truthful whatever the client sends.';

-------------------------------------------------------------------------------
-- 1.3 System configuration (seed: Initial Data, system_configurations)
--
-- Settings the database itself enforces (session timeouts, lockout, consent
-- document versions) live here rather than in environment variables, so the rule
-- and its parameter sit side by side and an admin can change them without a
-- deploy. Values are loaded from db/reference/ without overwriting an admin's
-- change.
-------------------------------------------------------------------------------
create table app_public.system_configurations (
  key text primary key check (key ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$'),
  value jsonb not null,
  description text not null check (length(description) between 1 and 500),
  is_public boolean not null default false,
  updated_at timestamptz not null default now()
);
comment on table app_public.system_configurations is
  'Application settings that the database enforces. Public keys are readable by every client; admins change values.';

alter table app_public.system_configurations enable row level security;
alter table app_public.system_configurations force row level security;

create policy "Everyone can read public settings" on app_public.system_configurations
  for select to hp_anonymous, hp_patient, hp_therapist
  using (is_public);
create policy "Admins can read every setting" on app_public.system_configurations
  for select to hp_admin
  using (true);
create policy "Admins can change setting values" on app_public.system_configurations
  for update to hp_admin
  using (true);

grant select on app_public.system_configurations to hp_anonymous, hp_patient, hp_therapist, hp_admin;
grant update (value) on app_public.system_configurations to hp_admin;

create trigger _100_set_updated_at before update on app_public.system_configurations
  for each row execute function app_private.tg__set_updated_at();

create function app_private.setting(setting_key text) returns jsonb
  language sql stable security definer set search_path = pg_catalog, public
as $$
  select value from app_public.system_configurations where key = setting_key
$$;

create function app_private.setting_interval(setting_key text) returns interval
  language sql stable security definer set search_path = pg_catalog, public
as $$
  select (value #>> '{}')::interval from app_public.system_configurations where key = setting_key
$$;

create function app_private.setting_int(setting_key text) returns integer
  language sql stable security definer set search_path = pg_catalog, public
as $$
  select (value #>> '{}')::integer from app_public.system_configurations where key = setting_key
$$;

create function app_private.setting_text(setting_key text) returns text
  language sql stable security definer set search_path = pg_catalog, public
as $$
  select value #>> '{}' from app_public.system_configurations where key = setting_key
$$;

-------------------------------------------------------------------------------
-- 1.4 Audit trail (seed: System Administration, audit_logs)
--
-- It comes first because everything after it writes into it.
--
-- HIPAA asks who changed what, when, from where. One generic trigger records
-- every insert, update and delete on tables that hold personal data; the auth
-- functions record logins, logouts, failed logins and consent changes. The log is
-- append-only (no role may update, delete or truncate it) and tamper-evident:
-- each row carries sha256(previous row's hash || this row's content), in one
-- chain ordered by seq. verify_audit_chain() recomputes it and names the first
-- row where it breaks. Writers take the chain's head row FOR UPDATE, so
-- concurrent transactions append one after the other and never fork the chain.
-- It is partitioned by month; partitions are created ahead of time by a worker
-- task, and a default partition catches anything else, so a write never fails.
-------------------------------------------------------------------------------
create table app_public.audit_logs (
  id uuid not null default public.gen_random_uuid(),
  seq bigint not null,
  occurred_at timestamptz not null default now(),
  user_id uuid,
  session_id uuid,
  actor_role text not null,
  action text not null check (length(action) <= 100),
  table_name text check (length(table_name) <= 100),
  record_id uuid,
  old_values jsonb,
  new_values jsonb,
  ip_address inet,
  user_agent text,
  request_id text,
  prev_hash bytea not null,
  row_hash bytea not null,
  primary key (occurred_at, seq)
) partition by range (occurred_at);
comment on table app_public.audit_logs is
  'Append-only, hash-chained record of every change to personal data and every security event. Only admins (auditors) read it.';
comment on column app_public.audit_logs.user_id is 'The acting user (from the session), not necessarily the owner of the row.';
comment on column app_public.audit_logs.actor_role is 'The database role that acted: hp_patient, hp_therapist, hp_admin, hp_worker, hp_authenticator, or the owner during migrations.';
comment on column app_public.audit_logs.row_hash is 'sha256(prev_hash || the row''s content); see app_private.audit_row_hash().';
-- No foreign key to users: the trail outlives the accounts it mentions.
create index audit_logs_record_idx on app_public.audit_logs (table_name, record_id);
create index audit_logs_user_idx on app_public.audit_logs (user_id, occurred_at desc);
create index audit_logs_seq_idx on app_public.audit_logs (seq);

create table app_private.audit_logs_default partition of app_public.audit_logs default;

create table app_private.audit_chain_head (
  singleton boolean primary key default true check (singleton),
  seq bigint not null,
  row_hash bytea not null
);
comment on table app_private.audit_chain_head is
  'The last link of the audit chain. Appending locks this row, which is what serialises concurrent writers.';

alter table app_public.audit_logs enable row level security;
alter table app_public.audit_logs force row level security;
alter table app_private.audit_logs_default enable row level security;
alter table app_private.audit_logs_default force row level security;
alter table app_private.audit_chain_head enable row level security;
alter table app_private.audit_chain_head force row level security;
-- The chain head and the partitions are closed to every role: only the definer
-- functions below write them, and reads go through the parent table's policy.
create policy "No role touches the chain head directly" on app_private.audit_chain_head
  as restrictive for all to public using (false) with check (false);
create policy "Partitions are read through audit_logs only" on app_private.audit_logs_default
  as restrictive for all to public using (false) with check (false);

create policy "Admins (auditors) can read the audit trail" on app_public.audit_logs
  for select to hp_admin
  using (true);
grant select on app_public.audit_logs to hp_admin;
-- No insert, update, delete or truncate grant to anyone: rows arrive only through
-- app_private.append_audit(), and the triggers below refuse changes even from the owner.

create function app_private.tg_audit_logs__refuse_change() returns trigger
  language plpgsql volatile
as $$
begin
  raise exception 'The audit trail is append-only' using errcode = 'APPND';
end;
$$;
create trigger _100_append_only before update or delete on app_public.audit_logs
  for each row execute function app_private.tg_audit_logs__refuse_change();
create trigger _100_append_only_truncate before truncate on app_public.audit_logs
  for each statement execute function app_private.tg_audit_logs__refuse_change();

create function app_private.audit_row_hash(
  prev_hash bytea, seq bigint, occurred_at timestamptz, user_id uuid, session_id uuid, actor_role text,
  action text, table_name text, record_id uuid, old_values jsonb, new_values jsonb,
  ip_address inet, user_agent text, request_id text
) returns bytea
  language sql immutable parallel safe
as $$
  select public.digest(
    prev_hash || convert_to(concat_ws(E'\x1f',
      seq::text, (extract(epoch from occurred_at) * 1000000)::bigint::text,
      coalesce(user_id::text, ''), coalesce(session_id::text, ''), actor_role, action,
      coalesce(table_name, ''), coalesce(record_id::text, ''),
      coalesce(old_values::text, ''), coalesce(new_values::text, ''),
      coalesce(host(ip_address), ''), coalesce(user_agent, ''), coalesce(request_id, '')), 'UTF8'),
    'sha256')
$$;
comment on function app_private.audit_row_hash(bytea, bigint, timestamptz, uuid, uuid, text, text, text, uuid, jsonb, jsonb, inet, text, text) is
  'The chain''s link: sha256 of the previous hash and every field of the row, in a fixed text form (time in epoch microseconds, so no setting changes it).';

create function app_private.audit_genesis_hash() returns bytea
  language sql immutable parallel safe
as $$
  select public.digest('happy path audit chain', 'sha256')
$$;


create function app_private.append_audit(
  action text, table_name text, record_id uuid, old_values jsonb, new_values jsonb, acting_user uuid default null
) returns void
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  head app_private.audit_chain_head;
  entry app_public.audit_logs;
begin
  select * into head from app_private.audit_chain_head for update;
  if not found then
    -- The very first entry starts the chain from the genesis hash.
    insert into app_private.audit_chain_head (seq, row_hash) values (0, app_private.audit_genesis_hash())
      on conflict (singleton) do nothing;
    select * into head from app_private.audit_chain_head for update;
  end if;
  entry.seq := head.seq + 1;
  entry.occurred_at := clock_timestamp();
  entry.user_id := coalesce(acting_user, app_public.current_user_id());
  entry.session_id := app_public.current_session_id();
  entry.actor_role := coalesce(nullif(current_setting('role', true), 'none'), session_user::text);
  entry.ip_address := app_private.request_ip();
  entry.user_agent := app_private.request_user_agent();
  entry.request_id := left(nullif(current_setting('happy_path.request_id', true), ''), 100);
  entry.prev_hash := head.row_hash;
  entry.row_hash := app_private.audit_row_hash(
    entry.prev_hash, entry.seq, entry.occurred_at, entry.user_id, entry.session_id, entry.actor_role,
    action, table_name, record_id, old_values, new_values, entry.ip_address, entry.user_agent, entry.request_id);
  insert into app_public.audit_logs
    (seq, occurred_at, user_id, session_id, actor_role, action, table_name, record_id,
     old_values, new_values, ip_address, user_agent, request_id, prev_hash, row_hash)
  values
    (entry.seq, entry.occurred_at, entry.user_id, entry.session_id, entry.actor_role, action, table_name, record_id,
     old_values, new_values, entry.ip_address, entry.user_agent, entry.request_id, entry.prev_hash, entry.row_hash);
  update app_private.audit_chain_head set seq = entry.seq, row_hash = entry.row_hash;
end;
$$;
comment on function app_private.append_audit(text, text, uuid, jsonb, jsonb, uuid) is
  'The only way into the audit trail: appends one row to the chain, with the request facts the server set for this transaction.';

-- Columns never copied into the trail, whatever table they are on.
create function app_private.audit_redact(row_values jsonb) returns jsonb
  language sql immutable parallel safe
as $$
  select row_values - array['password_hash', 'token', 'token_hash', 'code_hash', 'totp_secret', 'totp_pending_secret']
$$;

create function app_private.tg__audit() returns trigger
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  old_values jsonb := case when tg_op in ('UPDATE', 'DELETE') then app_private.audit_redact(to_jsonb(old)) end;
  new_values jsonb := case when tg_op in ('INSERT', 'UPDATE') then app_private.audit_redact(to_jsonb(new)) end;
  key_column text := coalesce(tg_argv[0], 'id');
begin
  if tg_op = 'UPDATE' and old_values = new_values then
    return null;
  end if;
  perform app_private.append_audit(
    lower(tg_op), tg_table_schema || '.' || tg_table_name,
    (coalesce(new_values, old_values) ->> key_column)::uuid, old_values, new_values);
  return null;
end;
$$;
comment on function app_private.tg__audit() is
  'The generic audit trigger (AFTER, FOR EACH ROW). Argument: the column that identifies the row (default id). Secrets are redacted.';

create function app_private.audit_event(action text, acting_user uuid, details jsonb default null) returns void
  language sql volatile security definer set search_path = pg_catalog, public
as $$
  select app_private.append_audit(action, null, null, null, details, acting_user)
$$;
comment on function app_private.audit_event(text, uuid, jsonb) is
  'Records a security event that is not a row change: login, login_failed, logout, logout_everywhere, password_changed, two_factor_*.';

create function app_public.verify_audit_chain()
  returns table (intact boolean, rows_checked bigint, first_broken_seq bigint, problem text)
  language sql stable security definer set search_path = pg_catalog, public
as $$
  with ordered as (
    select a.*,
           lag(a.row_hash) over (order by a.seq) as previous_hash,
           lag(a.seq) over (order by a.seq) as previous_seq
    from app_public.audit_logs a
  ), checked as (
    select o.seq,
           case
             when o.previous_seq is null and o.seq = 1 and o.prev_hash <> app_private.audit_genesis_hash()
               then 'the first row does not start the chain'
             when o.previous_seq is not null and o.seq <> o.previous_seq + 1
               then 'rows missing before this one'
             when o.previous_seq is not null and o.prev_hash <> o.previous_hash
               then 'link to the previous row broken'
             when o.row_hash <> app_private.audit_row_hash(
                    o.prev_hash, o.seq, o.occurred_at, o.user_id, o.session_id, o.actor_role, o.action,
                    o.table_name, o.record_id, o.old_values, o.new_values, o.ip_address, o.user_agent, o.request_id)
               then 'row content changed'
           end as problem
    from ordered o
  ), first_problem as (
    select c.seq, c.problem from checked c where c.problem is not null order by c.seq limit 1
  ), tail as (
    select case when coalesce((select max(seq) from app_public.audit_logs), 0) <> h.seq
                then 'rows missing at the end (the chain head is at ' || h.seq || ')' end as problem
    from app_private.audit_chain_head h
  )
  select (select count(*) = 0 from first_problem) and (select t.problem is null from tail t),
         (select count(*) from checked),
         (select f.seq from first_problem f),
         coalesce((select f.problem from first_problem f), (select t.problem from tail t))
$$;
comment on function app_public.verify_audit_chain() is
  'Recomputes the audit chain. intact is false when any row was changed, removed or inserted out of order; first_broken_seq and problem say where.';

-- Partitions: one a month, created ahead of time by the daily worker task
-- ensure_audit_partitions. The table belongs to hp_definer so that this definer
-- function may add partitions; its policies and triggers are unchanged by that.
alter table app_public.audit_logs owner to hp_definer;
alter table app_private.audit_logs_default owner to hp_definer;

create function app_private.ensure_audit_partitions(months_ahead integer default 3) returns integer
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  month_start timestamptz;
  partition_name text;
  created integer := 0;
begin
  for i in 0 .. months_ahead loop
    month_start := date_trunc('month', now() at time zone 'UTC') at time zone 'UTC' + make_interval(months => i);
    partition_name := 'audit_logs_' || to_char(month_start at time zone 'UTC', '"y"YYYY"m"MM');
    continue when to_regclass('app_private.' || partition_name) is not null;
    if exists (select 1 from app_private.audit_logs_default
               where occurred_at >= month_start and occurred_at < month_start + interval '1 month') then
      -- Rows already fell into the default partition (the task did not run for
      -- months). They stay there; writes keep working. Say so loudly.
      raise warning 'audit_logs: % has rows in the default partition; not creating %', month_start, partition_name;
      continue;
    end if;
    execute format('create table app_private.%I partition of app_public.audit_logs for values from (%L) to (%L)',
                   partition_name, month_start, month_start + interval '1 month');
    execute format('alter table app_private.%I enable row level security', partition_name);
    execute format('alter table app_private.%I force row level security', partition_name);
    execute format('create policy "Partitions are read through audit_logs only" on app_private.%I '
                   'as restrictive for all to public using (false) with check (false)', partition_name);
    created := created + 1;
  end loop;
  return created;
end;
$$;
comment on function app_private.ensure_audit_partitions(integer) is
  'Creates the audit partitions for this month and the next months_ahead months (UTC). Run daily by the worker; returns how many it created.';

-------------------------------------------------------------------------------
-- 1.5 Users (seed: users)
--
-- One row per account. The seed keeps password_hash here; we keep it in
-- app_private.user_secrets instead, so no grant, view or GraphQL field can ever
-- return it. Emails are stored lower-cased and are unique.
-------------------------------------------------------------------------------
create table app_public.users (
  id uuid primary key default public.uuid_generate_v4(),
  email text not null unique
    check (length(email) <= 255 and email = lower(email) and email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
  role app_public.user_role_enum not null default 'patient',
  account_status app_public.account_status_enum not null default 'pending_verification',
  email_verified boolean not null default false,
  two_factor_enabled boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table app_public.users is 'Accounts. Secrets live in app_private.user_secrets, never here.';
create index users_role_idx on app_public.users (role);

create trigger _100_set_updated_at before update on app_public.users
  for each row execute function app_private.tg__set_updated_at();
create trigger _900_audit after insert or update or delete on app_public.users
  for each row execute function app_private.tg__audit();

create table app_private.user_secrets (
  user_id uuid primary key references app_public.users (id) on delete cascade,
  password_hash text not null check (password_hash like '$argon2id$%'),
  password_changed_at timestamptz not null default now(),
  failed_login_count integer not null default 0 check (failed_login_count >= 0),
  locked_until timestamptz,
  totp_secret bytea,
  totp_pending_secret bytea,
  totp_last_used_step bigint
);
comment on table app_private.user_secrets is
  'Password hash (argon2id only: the check refuses anything else, so a clear password cannot be stored by mistake), lockout counters and TOTP secrets. Only SECURITY DEFINER functions read it.';
comment on column app_private.user_secrets.totp_last_used_step is
  'The last 30-second TOTP step accepted, so a code cannot be replayed.';

create table app_private.user_recovery_codes (
  id uuid primary key default public.gen_random_uuid(),
  user_id uuid not null references app_public.users (id) on delete cascade,
  code_hash bytea not null,
  used_at timestamptz,
  created_at timestamptz not null default now(),
  unique (user_id, code_hash)
);
comment on table app_private.user_recovery_codes is 'Two-factor recovery codes, stored as sha256, each usable once.';

create type app_private.user_token_purpose as enum ('verify_email', 'reset_password');

create table app_private.user_tokens (
  id uuid primary key default public.gen_random_uuid(),
  user_id uuid not null references app_public.users (id) on delete cascade,
  purpose app_private.user_token_purpose not null,
  token_hash bytea not null unique,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);
comment on table app_private.user_tokens is
  'Single-use, expiring email verification and password reset tokens. Only the sha256 is kept.';
create index user_tokens_user_purpose_idx on app_private.user_tokens (user_id, purpose, created_at desc);

-------------------------------------------------------------------------------
-- 1.6 Sessions (seed: user_sessions) and who is asking
--
-- Every login opens a user_sessions row. The server tells the database which
-- session is asking through the per-transaction setting happy_path.session_id;
-- current_user_id() accepts it only if the session is not revoked, is before its
-- absolute expiry and was seen within the idle timeout. So an expired, revoked,
-- forged or garbled session is refused by SQL itself, whatever the server does.
-------------------------------------------------------------------------------
create table app_public.user_sessions (
  id uuid primary key default public.gen_random_uuid(),
  user_id uuid not null references app_public.users (id) on delete cascade,
  user_agent text check (length(user_agent) <= 512),
  ip_address inet,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  revoked_reason text check (revoked_reason in
    ('logout', 'logout_everywhere', 'revoked_by_user', 'password_changed', 'password_reset', 'admin')),
  check (expires_at > created_at),
  check ((revoked_at is null) = (revoked_reason is null))
);
comment on table app_public.user_sessions is
  'One row per login (device). Users see their own and can revoke them; the database refuses expired and revoked ones.';
create index user_sessions_user_idx on app_public.user_sessions (user_id, created_at desc);
create index user_sessions_expires_idx on app_public.user_sessions (expires_at);

create table app_private.session_tokens (
  session_id uuid primary key references app_public.user_sessions (id) on delete cascade,
  token_hash bytea not null unique
);
comment on table app_private.session_tokens is
  'sha256 of each session''s bearer token. The token itself is shown once, at login.';

create function app_private.session_is_active(session app_public.user_sessions) returns boolean
  language sql stable
as $$
  select session.revoked_at is null
     and session.expires_at > now()
     and session.last_seen_at > now() - app_private.setting_interval('session.idle_timeout')
$$;
comment on function app_private.session_is_active(app_public.user_sessions) is
  'The one definition of a usable session: not revoked, before its absolute expiry, seen within the idle timeout.';

create function app_public.current_session_id() returns uuid
  language sql stable security definer set search_path = pg_catalog, public
as $$
  select s.id
  from app_public.user_sessions s
  where s.id = app_private.uuid_or_null(current_setting('happy_path.session_id', true))
    and app_private.session_is_active(s)
$$;
comment on function app_public.current_session_id() is
  'The caller''s session, if it is still usable; NULL otherwise.';

create function app_public.current_user_id() returns uuid
  language sql stable security definer set search_path = pg_catalog, public
as $$
  select s.user_id from app_public.user_sessions s where s.id = app_public.current_session_id()
$$;
comment on function app_public.current_user_id() is
  'The user behind the caller''s usable session, or NULL. Policies call it as (select app_public.current_user_id()) so it runs once per query.';

create function app_public."current_user"() returns app_public.users
  language sql stable security definer set search_path = pg_catalog, public
as $$
  select u.* from app_public.users u where u.id = (select app_public.current_user_id())
$$;
comment on function app_public."current_user"() is 'The signed-in user, or null.';

create function app_private.request_ip() returns inet
  language plpgsql stable
as $$
begin
  return nullif(current_setting('happy_path.ip_address', true), '')::inet;
exception when others then
  return null;
end;
$$;

create function app_private.request_user_agent() returns text
  language sql stable
as $$
  select left(nullif(current_setting('happy_path.user_agent', true), ''), 512)
$$;

-- The server's calls (as hp_authenticator) to turn a cookie or a bearer token into
-- a session. Both record that the session was seen (at most once a minute, so a
-- busy client does not write on every request).
create function app_private.session_touch(id uuid)
  returns table (session_id uuid, user_id uuid, role app_public.user_role_enum)
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  found app_public.user_sessions;
  account app_public.users;
begin
  select * into found from app_public.user_sessions s where s.id = session_touch.id;
  if found.id is null or not app_private.session_is_active(found) then
    return;
  end if;
  select * into account from app_public.users u where u.id = found.user_id;
  if account.account_status in ('suspended', 'deactivated') or account.role = 'system' then
    return;
  end if;
  update app_public.user_sessions s set last_seen_at = now()
    where s.id = found.id and s.last_seen_at < now() - interval '1 minute';
  return query select found.id, found.user_id, account.role;
end;
$$;

create function app_private.session_by_token(token text)
  returns table (session_id uuid, user_id uuid, role app_public.user_role_enum)
  language sql volatile security definer set search_path = pg_catalog, public
as $$
  select t.*
  from app_private.session_tokens st,
       lateral app_private.session_touch(st.session_id) t
  where length(token) between 20 and 200
    and st.token_hash = app_private.sha256(token)
$$;

create function app_private.open_session(user_id uuid)
  returns table (session_id uuid, token text, expires_at timestamptz)
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  new_token text := app_private.random_token();
  created app_public.user_sessions;
begin
  insert into app_public.user_sessions (user_id, user_agent, ip_address, expires_at)
    values (open_session.user_id, app_private.request_user_agent(), app_private.request_ip(),
            now() + app_private.setting_interval('session.absolute_timeout'))
    returning * into created;
  insert into app_private.session_tokens (session_id, token_hash)
    values (created.id, app_private.sha256(new_token));
  return query select created.id, new_token, created.expires_at;
end;
$$;

create function app_private.revoke_sessions(user_id uuid, reason text, except_session uuid default null)
  returns integer
  language sql volatile security definer set search_path = pg_catalog, public
as $$
  with revoked as (
    update app_public.user_sessions s
      set revoked_at = now(), revoked_reason = reason
      where s.user_id = revoke_sessions.user_id
        and s.revoked_at is null
        and s.id is distinct from except_session
      returning 1
  )
  select count(*)::integer from revoked
$$;

create function app_public.logout() returns boolean
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  me uuid := app_public.current_user_id();
  ended uuid;
begin
  update app_public.user_sessions
    set revoked_at = now(), revoked_reason = 'logout'
    where id = app_public.current_session_id()
    returning id into ended;
  if ended is not null then
    perform app_private.audit_event('logout', me, jsonb_build_object('session_id', ended));
  end if;
  return ended is not null;
end;
$$;
comment on function app_public.logout() is 'Ends the caller''s session at once.';

create function app_public.logout_everywhere() returns integer
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  me uuid := app_public.current_user_id();
  ended integer := app_private.revoke_sessions(me, 'logout_everywhere');
begin
  if me is not null then
    perform app_private.audit_event('logout_everywhere', me, jsonb_build_object('sessions_ended', ended));
  end if;
  return ended;
end;
$$;
comment on function app_public.logout_everywhere() is
  'Ends every session of the signed-in user, this one included. Returns how many were ended.';

create function app_public.revoke_session(session_id uuid) returns boolean
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
begin
  update app_public.user_sessions s
    set revoked_at = now(), revoked_reason = 'revoked_by_user'
    where s.id = revoke_session.session_id
      and s.user_id = app_public.current_user_id()
      and s.revoked_at is null;
  if not found then
    raise exception 'No such active session' using errcode = 'NTFND';
  end if;
  perform app_private.audit_event('session_revoked', null, jsonb_build_object('session_id', session_id));
  return true;
end;
$$;
comment on function app_public.revoke_session(uuid) is 'Signs out one of your own devices.';

alter table app_public.users enable row level security;
alter table app_public.users force row level security;
alter table app_private.user_secrets enable row level security;
alter table app_private.user_secrets force row level security;
alter table app_private.user_recovery_codes enable row level security;
alter table app_private.user_recovery_codes force row level security;
alter table app_private.user_tokens enable row level security;
alter table app_private.user_tokens force row level security;
alter table app_public.user_sessions enable row level security;
alter table app_public.user_sessions force row level security;
alter table app_private.session_tokens enable row level security;
alter table app_private.session_tokens force row level security;
-- user_secrets, user_recovery_codes, user_tokens and session_tokens are closed to
-- every role: a restrictive policy that is always false (and no grants). Only the
-- SECURITY DEFINER functions above and below, owned by hp_definer, touch them.
create policy "No role reads or writes password hashes or TOTP secrets" on app_private.user_secrets
  as restrictive for all to public using (false) with check (false);
create policy "No role reads or writes recovery codes" on app_private.user_recovery_codes
  as restrictive for all to public using (false) with check (false);
create policy "No role reads or writes email and reset tokens" on app_private.user_tokens
  as restrictive for all to public using (false) with check (false);
create policy "No role reads or writes session token hashes" on app_private.session_tokens
  as restrictive for all to public using (false) with check (false);

create policy "Users can read their own account" on app_public.users
  for select to hp_patient, hp_therapist, hp_admin
  using (id = (select app_public.current_user_id()));
create policy "Admins can read every account" on app_public.users
  for select to hp_admin
  using (true);
comment on policy "Admins can read every account" on app_public.users is
  'Accounts hold no clinical data (email, role, status); admins manage them. Profiles and clinical data are not covered by this.';

create policy "Users can read their own sessions" on app_public.user_sessions
  for select to hp_patient, hp_therapist, hp_admin
  using (user_id = (select app_public.current_user_id()));

grant select on app_public.users to hp_patient, hp_therapist, hp_admin;
grant select on app_public.user_sessions to hp_patient, hp_therapist, hp_admin;

-------------------------------------------------------------------------------
-- 1.7 Profiles (seed: user_profiles) and preferences (seed: user_preferences)
--
-- A user sees and edits only their own. Timezone, language and country drive
-- later modules (the mood entry's local date, which crisis resources to show).
-------------------------------------------------------------------------------
create table app_public.user_profiles (
  user_id uuid primary key references app_public.users (id) on delete cascade,
  first_name text not null check (length(trim(first_name)) between 1 and 100),
  last_name text check (length(last_name) <= 100),
  preferred_name text check (length(preferred_name) between 1 and 100),
  pronouns text check (length(pronouns) <= 50),
  date_of_birth date check (date_of_birth between '1900-01-01' and current_date),
  gender text check (length(gender) <= 50),
  timezone text not null default 'UTC' check (length(timezone) <= 64 and app_private.is_valid_timezone(timezone)),
  language text not null default 'en' check (language ~ '^[a-z]{2,3}(-[A-Z]{2})?$'),
  country text check (country ~ '^[A-Z]{2}$'),
  emergency_contact_name text check (length(emergency_contact_name) between 1 and 200),
  emergency_contact_phone text check (emergency_contact_phone ~ '^\+?[0-9][0-9 ().-]{5,30}$'),
  emergency_contact_relationship text check (length(emergency_contact_relationship) <= 100),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table app_public.user_profiles is 'Who the user is: names, demographics, locale and an emergency contact.';
comment on column app_public.user_profiles.timezone is 'An IANA name such as Europe/Paris; the patient''s local date is computed from it.';
comment on column app_public.user_profiles.country is 'ISO 3166-1 alpha-2, used to choose crisis resources.';

create trigger _100_set_updated_at before update on app_public.user_profiles
  for each row execute function app_private.tg__set_updated_at();
create trigger _900_audit after insert or update or delete on app_public.user_profiles
  for each row execute function app_private.tg__audit('user_id');

alter table app_public.user_profiles enable row level security;
alter table app_public.user_profiles force row level security;

create policy "Users can read their own profile" on app_public.user_profiles
  for select to hp_patient, hp_therapist, hp_admin
  using (user_id = (select app_public.current_user_id()));
create policy "Users can update their own profile" on app_public.user_profiles
  for update to hp_patient, hp_therapist, hp_admin
  using (user_id = (select app_public.current_user_id()));

grant select on app_public.user_profiles to hp_patient, hp_therapist, hp_admin;
grant update (first_name, last_name, preferred_name, pronouns, date_of_birth, gender, timezone, language, country,
              emergency_contact_name, emergency_contact_phone, emergency_contact_relationship)
  on app_public.user_profiles to hp_patient, hp_therapist, hp_admin;

create type app_public.theme_enum as enum ('system', 'light', 'dark');

create table app_public.user_preferences (
  user_id uuid primary key references app_public.users (id) on delete cascade,
  email_notifications boolean not null default true,
  push_notifications boolean not null default true,
  daily_reminder_time time,
  weekly_summary boolean not null default true,
  hide_notification_content boolean not null default true,
  theme app_public.theme_enum not null default 'system',
  text_scale numeric(3, 2) not null default 1.00 check (text_scale between 0.75 and 2.00),
  reduce_motion boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table app_public.user_preferences is 'Notification, privacy and display settings.';
comment on column app_public.user_preferences.hide_notification_content is
  'Privacy: notifications say that something happened, never what was written. On by default.';

create trigger _100_set_updated_at before update on app_public.user_preferences
  for each row execute function app_private.tg__set_updated_at();
create trigger _900_audit after insert or update or delete on app_public.user_preferences
  for each row execute function app_private.tg__audit('user_id');

alter table app_public.user_preferences enable row level security;
alter table app_public.user_preferences force row level security;

create policy "Users can read their own preferences" on app_public.user_preferences
  for select to hp_patient, hp_therapist, hp_admin
  using (user_id = (select app_public.current_user_id()));
create policy "Users can update their own preferences" on app_public.user_preferences
  for update to hp_patient, hp_therapist, hp_admin
  using (user_id = (select app_public.current_user_id()));

grant select on app_public.user_preferences to hp_patient, hp_therapist, hp_admin;
grant update (email_notifications, push_notifications, daily_reminder_time, weekly_summary,
              hide_notification_content, theme, text_scale, reduce_motion)
  on app_public.user_preferences to hp_patient, hp_therapist, hp_admin;

-------------------------------------------------------------------------------
-- 1.8 Consents (seed: consent_tracking)
--
-- HIPAA and GDPR want to know what a person agreed to, which version, and when
-- they changed their mind. So consents are an append-only history: granting and
-- withdrawing each add a row, nothing is updated or deleted. The current state of
-- a consent is its latest row. Later modules' policies ask has_consent().
-------------------------------------------------------------------------------
create table app_public.consent_tracking (
  id uuid primary key default public.gen_random_uuid(),
  user_id uuid not null references app_public.users (id) on delete cascade,
  consent_type app_public.consent_type_enum not null,
  action app_public.consent_action_enum not null,
  document_version text not null check (length(document_version) between 1 and 32),
  recorded_at timestamptz not null default clock_timestamp(),
  ip_address inet,
  user_agent text check (length(user_agent) <= 512)
);
comment on table app_public.consent_tracking is
  'Every grant and withdrawal of consent, with the document version, time, IP and user agent. Append-only.';
create index consent_tracking_current_idx on app_public.consent_tracking (user_id, consent_type, recorded_at desc);

create trigger _900_audit after insert or update or delete on app_public.consent_tracking
  for each row execute function app_private.tg__audit();

alter table app_public.consent_tracking enable row level security;
alter table app_public.consent_tracking force row level security;

create policy "Users can read their own consent history" on app_public.consent_tracking
  for select to hp_patient, hp_therapist, hp_admin
  using (user_id = (select app_public.current_user_id()));

grant select on app_public.consent_tracking to hp_patient, hp_therapist, hp_admin;

create function app_private.has_consent(user_id uuid, consent app_public.consent_type_enum) returns boolean
  language sql stable security definer set search_path = pg_catalog, public
as $$
  select coalesce((
    select c.action = 'granted'
    from app_public.consent_tracking c
    where c.user_id = has_consent.user_id and c.consent_type = consent
    order by c.recorded_at desc
    limit 1
  ), false)
$$;
comment on function app_private.has_consent(uuid, app_public.consent_type_enum) is
  'Has this user currently consented to this? The latest grant or withdrawal wins; never consented means no.';

create function app_public.has_consented(consent app_public.consent_type_enum) returns boolean
  language sql stable security definer set search_path = pg_catalog, public
as $$
  select app_private.has_consent((select app_public.current_user_id()), consent)
$$;
comment on function app_public.has_consented(app_public.consent_type_enum) is
  'Has the signed-in user currently consented to this?';

create function app_public.current_consents() returns setof app_public.consent_tracking
  language sql stable
as $$
  select distinct on (c.consent_type) c.*
  from app_public.consent_tracking c
  where c.user_id = (select app_public.current_user_id())
  order by c.consent_type, c.recorded_at desc
$$;
comment on function app_public.current_consents() is 'The signed-in user''s latest decision for each kind of consent.';

create function app_private.record_consent(
  user_id uuid, consent app_public.consent_type_enum, action app_public.consent_action_enum, document_version text
) returns app_public.consent_tracking
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  current_version text := app_private.setting_text('consent.' || consent::text || '_version');
  recorded app_public.consent_tracking;
begin
  if record_consent.user_id is null then
    raise exception 'You must be signed in' using errcode = 'LOGIN';
  end if;
  if action = 'granted' and current_version is not null and document_version is distinct from current_version then
    raise exception 'Consent must be given to the current version of the document (%)', current_version
      using errcode = 'CVERS';
  end if;
  insert into app_public.consent_tracking (user_id, consent_type, action, document_version, ip_address, user_agent)
    values (record_consent.user_id, consent, action, document_version,
            app_private.request_ip(), app_private.request_user_agent())
    returning * into recorded;
  return recorded;
end;
$$;

create function app_public.grant_consent(consent app_public.consent_type_enum, document_version text)
  returns app_public.consent_tracking
  language sql volatile security definer set search_path = pg_catalog, public
as $$
  select app_private.record_consent((select app_public.current_user_id()), consent, 'granted', document_version)
$$;
comment on function app_public.grant_consent(app_public.consent_type_enum, text) is
  'Records that you agree to this version of this document or use of your data.';

create function app_public.withdraw_consent(consent app_public.consent_type_enum)
  returns app_public.consent_tracking
  language sql volatile security definer set search_path = pg_catalog, public
as $$
  select app_private.record_consent(
    (select app_public.current_user_id()), consent, 'withdrawn',
    coalesce((select c.document_version from app_public.current_consents() c where c.consent_type = consent), 'none'))
$$;
comment on function app_public.withdraw_consent(app_public.consent_type_enum) is
  'Records that you withdraw this consent, from now on. Earlier decisions stay in the history.';

-------------------------------------------------------------------------------
-- 1.9 Notification outbox
--
-- Emails are written to an outbox in the same transaction as the change that
-- causes them, and a worker job (payload: the outbox id, never personal data)
-- delivers them. So a message is never sent for a change that rolled back, and
-- never lost because a mail server was down: the job retries.
-------------------------------------------------------------------------------
create type app_private.outbox_status as enum ('pending', 'sent', 'failed');

create table app_private.notification_outbox (
  id uuid primary key default public.gen_random_uuid(),
  user_id uuid references app_public.users (id) on delete cascade,
  channel text not null default 'email' check (channel in ('email')),
  template text not null check (template ~ '^[a-z_]+$'),
  to_address text not null,
  subject text not null check (length(subject) <= 200),
  body text not null check (length(body) <= 20000),
  status app_private.outbox_status not null default 'pending',
  attempts integer not null default 0,
  last_error text,
  transport text,
  created_at timestamptz not null default now(),
  sent_at timestamptz
);
comment on table app_private.notification_outbox is
  'Messages waiting for, or done with, delivery. The body may hold a one-time link, so only the worker reads it.';
create index notification_outbox_user_idx on app_private.notification_outbox (user_id, created_at desc);
create index notification_outbox_pending_idx on app_private.notification_outbox (created_at) where status = 'pending';

alter table app_private.notification_outbox enable row level security;
alter table app_private.notification_outbox force row level security;

create policy "The worker can read messages to deliver" on app_private.notification_outbox
  for select to hp_worker
  using (true);
grant select on app_private.notification_outbox to hp_worker;

create function app_private.queue_email(user_id uuid, template text, subject text, body text) returns uuid
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  message_id uuid;
begin
  insert into app_private.notification_outbox (user_id, template, to_address, subject, body)
    select queue_email.user_id, template, u.email, subject, body
    from app_public.users u where u.id = queue_email.user_id
    returning id into message_id;
  perform graphile_worker.add_job('send_email', json_build_object('id', message_id), max_attempts := 10);
  return message_id;
end;
$$;

create function app_private.outbox_mark_sent(message_id uuid, transport text) returns void
  language sql volatile security definer set search_path = pg_catalog, public
as $$
  update app_private.notification_outbox
    set status = 'sent', sent_at = now(), transport = outbox_mark_sent.transport,
        attempts = attempts + 1, last_error = null
    where id = message_id and status <> 'sent'
$$;

create function app_private.outbox_mark_failed(message_id uuid, error text) returns void
  language sql volatile security definer set search_path = pg_catalog, public
as $$
  update app_private.notification_outbox
    set attempts = attempts + 1, last_error = left(error, 1000),
        status = case when attempts + 1 >= 10 then 'failed'::app_private.outbox_status else status end
    where id = message_id and status <> 'sent'
$$;

grant execute on function app_private.outbox_mark_sent(uuid, text) to hp_worker;
grant execute on function app_private.outbox_mark_failed(uuid, text) to hp_worker;

create function app_private.link(path text, token text) returns text
  language sql stable
as $$
  select rtrim(app_private.setting_text('app.public_url'), '/') || path || '?token=' || token
$$;

-------------------------------------------------------------------------------
-- 1.10 Single-use tokens: email verification and password reset
-------------------------------------------------------------------------------
create function app_private.issue_token(user_id uuid, purpose app_private.user_token_purpose, ttl interval)
  returns text
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  token text := app_private.random_token();
begin
  -- A new token supersedes any unused one for the same purpose.
  update app_private.user_tokens t set used_at = now()
    where t.user_id = issue_token.user_id and t.purpose = issue_token.purpose and t.used_at is null;
  insert into app_private.user_tokens (user_id, purpose, token_hash, expires_at)
    values (issue_token.user_id, issue_token.purpose, app_private.sha256(token), now() + ttl);
  return token;
end;
$$;

create function app_private.consume_token(token text, purpose app_private.user_token_purpose) returns uuid
  language sql volatile security definer set search_path = pg_catalog, public
as $$
  update app_private.user_tokens t
    set used_at = now()
    where t.token_hash = app_private.sha256(token)
      and t.purpose = consume_token.purpose
      and t.used_at is null
      and t.expires_at > now()
      and length(token) between 20 and 200
  returning t.user_id
$$;
comment on function app_private.consume_token(text, app_private.user_token_purpose) is
  'Marks a token used and returns its user, or NULL when the token is unknown, expired, already used or for another purpose.';

create function app_private.token_recently_issued(user_id uuid, purpose app_private.user_token_purpose) returns boolean
  language sql stable security definer set search_path = pg_catalog, public
as $$
  select exists (
    select 1 from app_private.user_tokens t
    where t.user_id = token_recently_issued.user_id and t.purpose = token_recently_issued.purpose
      and t.created_at > now() - interval '1 minute'
  )
$$;

create function app_private.send_verification_email(user_id uuid) returns void
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  token text := app_private.issue_token(user_id, 'verify_email', app_private.setting_interval('auth.email_verification_ttl'));
begin
  perform app_private.queue_email(user_id, 'verify_email', 'Confirm your email for Happy Path',
    'Welcome to Happy Path. Confirm your email address by opening this link:' || E'\n\n'
      || app_private.link('/verify-email', token) || E'\n\n'
      || 'If you did not create an account, you can ignore this message.');
end;
$$;

create function app_public.verify_email(token text) returns boolean
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  verified_user uuid := app_private.consume_token(token, 'verify_email');
begin
  if verified_user is null then
    raise exception 'This link is invalid or has expired' using errcode = 'TOKEN';
  end if;
  update app_public.users
    set email_verified = true,
        account_status = case when account_status = 'pending_verification' then 'active' else account_status end
    where id = verified_user;
  return true;
end;
$$;
comment on function app_public.verify_email(text) is 'Confirms an email address with the token sent to it.';

create function app_public.resend_verification_email() returns boolean
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  me uuid := app_public.current_user_id();
begin
  if me is null then
    raise exception 'You must be signed in' using errcode = 'LOGIN';
  end if;
  if exists (select 1 from app_public.users where id = me and not email_verified)
     and not app_private.token_recently_issued(me, 'verify_email') then
    perform app_private.send_verification_email(me);
  end if;
  return true;
end;
$$;
comment on function app_public.resend_verification_email() is 'Sends a new confirmation link (at most one a minute).';

create function app_public.forgot_password(email text) returns boolean
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  account app_public.users;
  token text;
begin
  select * into account from app_public.users u where u.email = lower(trim(forgot_password.email));
  if account.id is not null and account.role <> 'system'
     and not app_private.token_recently_issued(account.id, 'reset_password') then
    token := app_private.issue_token(account.id, 'reset_password', app_private.setting_interval('auth.password_reset_ttl'));
    perform app_private.queue_email(account.id, 'reset_password', 'Reset your Happy Path password',
      'Someone asked to reset the password of your Happy Path account. If it was you, open this link:' || E'\n\n'
        || app_private.link('/reset-password', token) || E'\n\n'
        || 'The link works once and expires soon. If it was not you, ignore this message: your password is unchanged.');
  end if;
  -- The same answer whether or not the address has an account: being a user of a
  -- mental-health service is itself private.
  return true;
end;
$$;
comment on function app_public.forgot_password(text) is
  'Emails a single-use password reset link if the address has an account. Always answers true.';

-------------------------------------------------------------------------------
-- 1.11 Two-factor authentication (TOTP, RFC 6238) and recovery codes
--
-- Computed in SQL so the secret never leaves the database. 30-second steps, six
-- digits, one step of clock drift either way, and a code is accepted once only.
-------------------------------------------------------------------------------
create function app_private.base32_encode(data bytea) returns text
  language plpgsql immutable parallel safe
as $$
declare
  alphabet constant text := 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  result text := '';
  buffer bigint := 0;
  bits integer := 0;
  i integer;
begin
  for i in 0 .. length(data) - 1 loop
    buffer := (buffer << 8) | get_byte(data, i);
    bits := bits + 8;
    while bits >= 5 loop
      result := result || substr(alphabet, ((buffer >> (bits - 5)) & 31)::integer + 1, 1);
      bits := bits - 5;
    end loop;
    buffer := buffer & ((1::bigint << bits) - 1);
  end loop;
  if bits > 0 then
    result := result || substr(alphabet, ((buffer << (5 - bits)) & 31)::integer + 1, 1);
  end if;
  return result;
end;
$$;

create function app_private.totp_code(secret bytea, step bigint) returns text
  language plpgsql immutable parallel safe
as $$
declare
  mac bytea := public.hmac(int8send(step), secret, 'sha1');
  o integer := get_byte(mac, 19) & 15;
  binary_code bigint;
begin
  binary_code := ((get_byte(mac, o) & 127)::bigint << 24)
               | (get_byte(mac, o + 1)::bigint << 16)
               | (get_byte(mac, o + 2)::bigint << 8)
               | get_byte(mac, o + 3)::bigint;
  return lpad((binary_code % 1000000)::text, 6, '0');
end;
$$;
comment on function app_private.totp_code(bytea, bigint) is 'RFC 6238 TOTP (HMAC-SHA1, six digits) for one 30-second step.';

create function app_private.totp_matching_step(secret bytea, code text, after_step bigint) returns bigint
  language sql stable
as $$
  select step
  from generate_series(floor(extract(epoch from now()) / 30)::bigint - 1,
                       floor(extract(epoch from now()) / 30)::bigint + 1) as step
  where secret is not null
    and code ~ '^[0-9]{6}$'
    and step > coalesce(after_step, 0)
    and app_private.totp_code(secret, step) = code
  order by step
  limit 1
$$;

create function app_private.url_encode(value text) returns text
  language sql immutable parallel safe
as $$
  select string_agg(
    case when ch ~ '^[A-Za-z0-9._~-]$' then ch
         else upper(regexp_replace(encode(convert_to(ch, 'UTF8'), 'hex'), '(..)', '%\1', 'g')) end, '' order by i)
  from regexp_split_to_table(value, '') with ordinality as t(ch, i)
$$;

create function app_private.check_second_factor(user_id uuid, code text) returns boolean
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  secrets app_private.user_secrets;
  step bigint;
  normalized text := lower(regexp_replace(coalesce(code, ''), '[\s-]', '', 'g'));
begin
  select * into secrets from app_private.user_secrets s where s.user_id = check_second_factor.user_id for update;
  step := app_private.totp_matching_step(secrets.totp_secret, normalized, secrets.totp_last_used_step);
  if step is not null then
    update app_private.user_secrets s set totp_last_used_step = step where s.user_id = check_second_factor.user_id;
    return true;
  end if;
  update app_private.user_recovery_codes r set used_at = now()
    where r.user_id = check_second_factor.user_id and r.used_at is null
      and r.code_hash = app_private.sha256(normalized);
  return found;
end;
$$;
comment on function app_private.check_second_factor(uuid, text) is
  'Accepts a current TOTP code (once) or an unused recovery code (then marks it used).';

create function app_public.begin_two_factor_enrolment() returns text
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  me app_public.users := app_public."current_user"();
  secret bytea := public.gen_random_bytes(20);
begin
  if me.id is null then
    raise exception 'You must be signed in' using errcode = 'LOGIN';
  end if;
  if me.two_factor_enabled then
    raise exception 'Two-factor authentication is already on' using errcode = 'TFAON';
  end if;
  update app_private.user_secrets s set totp_pending_secret = secret where s.user_id = me.id;
  return 'otpauth://totp/Happy%20Path:' || app_private.url_encode(me.email)
    || '?secret=' || app_private.base32_encode(secret)
    || '&issuer=Happy%20Path&algorithm=SHA1&digits=6&period=30';
end;
$$;
comment on function app_public.begin_two_factor_enrolment() is
  'Starts two-factor enrolment: returns an otpauth:// URI to show as a QR code. Confirm with a code to turn it on.';

create function app_public.confirm_two_factor_enrolment(code text) returns text[]
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  me uuid := app_public.current_user_id();
  secrets app_private.user_secrets;
  step bigint;
  codes text[];
begin
  if me is null then
    raise exception 'You must be signed in' using errcode = 'LOGIN';
  end if;
  select * into secrets from app_private.user_secrets s where s.user_id = me for update;
  step := app_private.totp_matching_step(secrets.totp_pending_secret, code, null);
  if step is null then
    raise exception 'That code is not valid; check your device''s clock and try again' using errcode = 'TFABD';
  end if;
  update app_private.user_secrets s
    set totp_secret = s.totp_pending_secret, totp_pending_secret = null, totp_last_used_step = step
    where s.user_id = me;
  update app_public.users set two_factor_enabled = true where id = me;
  codes := app_private.new_recovery_codes(me);
  perform app_private.audit_event('two_factor_enabled', me);
  perform app_private.queue_email(me, 'two_factor_enabled', 'Two-factor authentication is on',
    'Two-factor authentication was turned on for your Happy Path account. If this was not you, reset your password now.');
  return codes;
end;
$$;
comment on function app_public.confirm_two_factor_enrolment(text) is
  'Turns two-factor on with a first code from the app; returns ten recovery codes, shown this once.';

create function app_private.new_recovery_codes(user_id uuid) returns text[]
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  codes text[];
begin
  delete from app_private.user_recovery_codes r where r.user_id = new_recovery_codes.user_id;
  select array_agg(lower(substr(b, 1, 5) || '-' || substr(b, 6, 5)))
    into codes
    from (select app_private.base32_encode(public.gen_random_bytes(7)) as b from generate_series(1, 10)) g;
  insert into app_private.user_recovery_codes (user_id, code_hash)
    select new_recovery_codes.user_id, app_private.sha256(replace(c, '-', '')) from unnest(codes) c;
  return codes;
end;
$$;

create function app_public.disable_two_factor(code text) returns boolean
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  me uuid := app_public.current_user_id();
begin
  if me is null then
    raise exception 'You must be signed in' using errcode = 'LOGIN';
  end if;
  if not app_private.check_second_factor(me, code) then
    raise exception 'That code is not valid' using errcode = 'TFABD';
  end if;
  update app_private.user_secrets s set totp_secret = null, totp_pending_secret = null where s.user_id = me;
  delete from app_private.user_recovery_codes r where r.user_id = me;
  update app_public.users set two_factor_enabled = false where id = me;
  perform app_private.audit_event('two_factor_disabled', me);
  perform app_private.queue_email(me, 'two_factor_disabled', 'Two-factor authentication is off',
    'Two-factor authentication was turned off for your Happy Path account. If this was not you, reset your password now.');
  return true;
end;
$$;
comment on function app_public.disable_two_factor(text) is 'Turns two-factor off; needs a current code or a recovery code.';

-------------------------------------------------------------------------------
-- 1.12 Registration, login, passwords
--
-- argon2id runs in Node (PostgreSQL has no argon2), so the server hashes and
-- verifies; the clear password never reaches the database. Everything else is
-- decided here: who may log in, lockout after repeated failures, second factor,
-- session creation. These functions are executable by hp_authenticator only, a
-- role no client can become.
-------------------------------------------------------------------------------
create function app_private.register_user(
  email text, password_hash text, first_name text, last_name text, accepted_terms boolean
) returns boolean
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  normalized text := lower(trim(email));
  existing uuid;
  new_user uuid;
begin
  if not coalesce(accepted_terms, false) then
    raise exception 'You must accept the terms of service and the privacy policy' using errcode = 'TERMS';
  end if;
  if length(normalized) > 255 or normalized !~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' then
    raise exception 'That email address is not valid' using errcode = 'EMAIL';
  end if;
  select id into existing from app_public.users u where u.email = normalized;
  if existing is not null then
    -- Do not reveal that this address has an account; tell its owner instead.
    perform app_private.queue_email(existing, 'already_registered', 'Someone tried to register with your email',
      'Someone tried to create a Happy Path account with this address, which already has one. '
        || 'If it was you, sign in or reset your password. If not, you can ignore this message.');
    return true;
  end if;
  insert into app_public.users (email) values (normalized) returning id into new_user;
  insert into app_private.user_secrets (user_id, password_hash) values (new_user, password_hash);
  insert into app_public.user_profiles (user_id, first_name, last_name) values (new_user, trim(first_name), nullif(trim(last_name), ''));
  insert into app_public.user_preferences (user_id) values (new_user);
  perform app_private.record_consent(new_user, 'terms_of_service', 'granted', app_private.setting_text('consent.terms_of_service_version'));
  perform app_private.record_consent(new_user, 'privacy_policy', 'granted', app_private.setting_text('consent.privacy_policy_version'));
  perform app_private.send_verification_email(new_user);
  return true;
end;
$$;
comment on function app_private.register_user(text, text, text, text, boolean) is
  'Creates a patient account with profile, preferences and the two required consents, and emails a confirmation link. Answers the same whether or not the email was taken.';

create function app_private.login_lookup(email text) returns table (user_id uuid, password_hash text)
  language sql stable security definer set search_path = pg_catalog, public
as $$
  select u.id, s.password_hash
  from app_public.users u join app_private.user_secrets s on s.user_id = u.id
  where u.email = lower(trim(login_lookup.email))
$$;

create type app_private.login_status as enum ('ok', 'invalid', 'locked', 'disabled', 'totp_required', 'totp_invalid');

create function app_private.record_login_failure(user_id uuid) returns app_private.login_status
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  failures integer;
begin
  update app_private.user_secrets s
    set failed_login_count = s.failed_login_count + 1
    where s.user_id = record_login_failure.user_id
    returning s.failed_login_count into failures;
  if failures >= app_private.setting_int('auth.max_failed_logins') then
    update app_private.user_secrets s
      set locked_until = now() + app_private.setting_interval('auth.lockout_duration'), failed_login_count = 0
      where s.user_id = record_login_failure.user_id;
    return 'locked';
  end if;
  return 'invalid';
end;
$$;

create function app_private.login_complete(user_id uuid, password_ok boolean, second_factor text)
  returns table (status app_private.login_status, session_id uuid, token text, expires_at timestamptz)
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  account app_public.users;
  secrets app_private.user_secrets;
  outcome app_private.login_status;
  opened record;
begin
  select * into account from app_public.users u where u.id = login_complete.user_id;
  select * into secrets from app_private.user_secrets s where s.user_id = login_complete.user_id for update;
  if account.id is null then
    perform app_private.audit_event('login_failed', null, jsonb_build_object('reason', 'unknown_email'));
    return query select 'invalid'::app_private.login_status, null::uuid, null::text, null::timestamptz;
    return;
  end if;
  -- While locked, say so without revealing whether the password was right.
  if secrets.locked_until > now() then
    outcome := 'locked';
  elsif not coalesce(password_ok, false) then
    outcome := app_private.record_login_failure(account.id);
  elsif account.account_status in ('suspended', 'deactivated') or account.role = 'system' then
    outcome := 'disabled';
  elsif account.two_factor_enabled and coalesce(second_factor, '') = '' then
    outcome := 'totp_required';
  elsif account.two_factor_enabled and not app_private.check_second_factor(account.id, second_factor) then
    perform app_private.record_login_failure(account.id);
    outcome := 'totp_invalid';
  end if;
  if outcome is not null then
    perform app_private.audit_event('login_failed', account.id, jsonb_build_object('reason', outcome));
    return query select outcome, null::uuid, null::text, null::timestamptz;
    return;
  end if;
  update app_private.user_secrets s set failed_login_count = 0, locked_until = null where s.user_id = account.id;
  select * into opened from app_private.open_session(account.id);
  perform app_private.audit_event('login', account.id, jsonb_build_object('session_id', opened.session_id));
  return query select 'ok'::app_private.login_status, opened.session_id, opened.token, opened.expires_at;
end;
$$;
comment on function app_private.login_complete(uuid, boolean, text) is
  'Decides a login after the server verified (or failed to verify) the password: lockout, account status, second factor, then a new session.';

create function app_private.password_hash_for_session(session_id uuid) returns text
  language sql stable security definer set search_path = pg_catalog, public
as $$
  select sec.password_hash
  from app_public.user_sessions s join app_private.user_secrets sec on sec.user_id = s.user_id
  where s.id = password_hash_for_session.session_id and app_private.session_is_active(s)
$$;

create function app_private.set_password(user_id uuid, new_hash text) returns void
  language sql volatile security definer set search_path = pg_catalog, public
as $$
  update app_private.user_secrets s
    set password_hash = new_hash, password_changed_at = now(), failed_login_count = 0, locked_until = null
    where s.user_id = set_password.user_id
$$;

create function app_private.change_password(session_id uuid, new_hash text) returns boolean
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  me uuid;
begin
  select s.user_id into me from app_public.user_sessions s
    where s.id = change_password.session_id and app_private.session_is_active(s);
  if me is null then
    raise exception 'You must be signed in' using errcode = 'LOGIN';
  end if;
  perform app_private.set_password(me, new_hash);
  perform app_private.revoke_sessions(me, 'password_changed', change_password.session_id);
  perform app_private.audit_event('password_changed', me);
  perform app_private.queue_email(me, 'password_changed', 'Your Happy Path password was changed',
    'The password of your Happy Path account was just changed and your other devices were signed out. '
      || 'If this was not you, reset your password now.');
  return true;
end;
$$;
comment on function app_private.change_password(uuid, text) is
  'Sets a new password hash for the session''s user, signs out their other sessions and tells them by email.';

create function app_private.reset_password(token text, new_hash text) returns boolean
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  account uuid := app_private.consume_token(token, 'reset_password');
begin
  if account is null then
    return false;
  end if;
  perform app_private.set_password(account, new_hash);
  perform app_private.revoke_sessions(account, 'password_reset');
  perform app_private.audit_event('password_reset', account);
  -- The link reached the inbox, which proves the address.
  update app_public.users
    set email_verified = true,
        account_status = case when account_status = 'pending_verification' then 'active' else account_status end
    where id = account;
  perform app_private.queue_email(account, 'password_changed', 'Your Happy Path password was reset',
    'The password of your Happy Path account was reset and every device was signed out.');
  return true;
end;
$$;
comment on function app_private.reset_password(text, text) is
  'Consumes a single-use reset token, sets the new hash and signs out every session. False for a bad token.';

-------------------------------------------------------------------------------
-- 1.13 The express-session store
--
-- connect-pg-simple keeps the cookie's server-side half here: which user_sessions
-- row the cookie stands for, and its CSRF token. The server's store connects as
-- hp_authenticator without switching role; nothing else may touch it.
-------------------------------------------------------------------------------
create table app_private.connect_sessions (
  sid varchar not null primary key,
  sess json not null,
  expire timestamptz not null
);
create index connect_sessions_expire_idx on app_private.connect_sessions (expire);

alter table app_private.connect_sessions enable row level security;
alter table app_private.connect_sessions force row level security;
create policy "The server's session store manages cookie sessions" on app_private.connect_sessions
  for all to hp_authenticator
  using (true) with check (true);
grant select, insert, update, delete on app_private.connect_sessions to hp_authenticator;

-------------------------------------------------------------------------------
-- 1.14 Housekeeping (seed: cleanup_expired_data)
-------------------------------------------------------------------------------
create function app_private.cleanup_expired_sessions() returns integer
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  removed integer := 0;
  n integer;
begin
  delete from app_private.connect_sessions where expire < now();
  get diagnostics n = row_count; removed := removed + n;
  delete from app_public.user_sessions where expires_at < now() - interval '30 days';
  get diagnostics n = row_count; removed := removed + n;
  delete from app_private.user_tokens where expires_at < now() - interval '7 days';
  get diagnostics n = row_count; removed := removed + n;
  return removed;
end;
$$;
comment on function app_private.cleanup_expired_sessions() is
  'Daily: drops cookie sessions past expiry, user sessions 30 days past expiry and tokens a week past expiry.';

-------------------------------------------------------------------------------
-- 1.15 Function ownership and execute grants
--
-- Every SECURITY DEFINER function is owned by hp_definer (BYPASSRLS, NOLOGIN), so
-- "which code may look across users?" has one answer: the functions it owns.
-------------------------------------------------------------------------------
select app_private.assign_definer_functions();

-- Clients (through GraphQL) and the worker.
grant execute on function
  app_public.current_session_id(),
  app_public.current_user_id(),
  app_public."current_user"(),
  app_public.verify_email(text),
  app_public.forgot_password(text)
  to hp_anonymous, hp_patient, hp_therapist, hp_admin, hp_worker;

grant execute on function
  app_public.logout(),
  app_public.logout_everywhere(),
  app_public.revoke_session(uuid),
  app_public.has_consented(app_public.consent_type_enum),
  app_public.current_consents(),
  app_public.grant_consent(app_public.consent_type_enum, text),
  app_public.withdraw_consent(app_public.consent_type_enum),
  app_public.resend_verification_email(),
  app_public.begin_two_factor_enrolment(),
  app_public.confirm_two_factor_enrolment(text),
  app_public.disable_two_factor(text)
  to hp_patient, hp_therapist, hp_admin;

-- Harmless helpers that constraints and invoker functions call.
grant execute on function
  app_private.uuid_or_null(text),
  app_private.is_valid_timezone(text)
  to hp_anonymous, hp_patient, hp_therapist, hp_admin, hp_worker;

-- The server's authentication calls: the authenticator only, which no client can
-- become (it is NOINHERIT, so these rights are gone once a request switches role).
grant execute on function
  app_private.register_user(text, text, text, text, boolean),
  app_private.login_lookup(text),
  app_private.login_complete(uuid, boolean, text),
  app_private.session_touch(uuid),
  app_private.session_by_token(text),
  app_private.password_hash_for_session(uuid),
  app_private.change_password(uuid, text),
  app_private.reset_password(text, text),
  app_private.request_ip(),
  app_private.request_user_agent()
  to hp_authenticator;

grant execute on function
  app_private.cleanup_expired_sessions(),
  app_private.ensure_audit_partitions(integer)
  to hp_worker;
grant execute on function app_public.verify_audit_chain() to hp_admin;

-- The audit trail's first partitions.
select app_private.ensure_audit_partitions();
