-- Happy Path: cluster roles. Run once per PostgreSQL cluster, as a superuser.
--
-- Why: every policy in the schema names one of these roles, so an auditor can read
-- who may do what. The API and the worker never connect as anything but the
-- authenticator, which owns nothing, inherits nothing, and may only switch into an
-- application role for the length of a transaction.
--
--   hp_owner          owns the schema and runs migrations. Not a superuser; RLS is
--                     forced on its tables, so it too sees only what policies allow.
--   hp_definer        NOLOGIN, BYPASSRLS. Owns the few SECURITY DEFINER functions that
--                     must look across users (resolve a session, log in, the audit
--                     trigger). No login role is a member of it except hp_owner, which
--                     needs the membership to hand functions over and replace them at
--                     migration time (BYPASSRLS itself is never inherited).
--   hp_authenticator  LOGIN, NOINHERIT: the server's and worker's connection.
--   hp_anonymous, hp_patient, hp_therapist, hp_admin: one NOLOGIN role per
--                     application role; the server switches into one per request.
--   hp_worker         NOLOGIN: background jobs (email, analytics, notifications).
--
-- Passwords come from settings so that this file holds no secret:
--   set happy_path.owner_password = '...'; set happy_path.authenticator_password = '...';
do $$
declare
  owner_password text := current_setting('happy_path.owner_password');
  authenticator_password text := current_setting('happy_path.authenticator_password');
  app_role text;
begin
  if not exists (select 1 from pg_roles where rolname = 'hp_owner') then
    execute format('create role hp_owner login nosuperuser nobypassrls inherit password %L', owner_password);
  else
    execute format('alter role hp_owner login nosuperuser nobypassrls inherit password %L', owner_password);
  end if;

  if not exists (select 1 from pg_roles where rolname = 'hp_definer') then
    create role hp_definer nologin nosuperuser bypassrls;
  end if;

  if not exists (select 1 from pg_roles where rolname = 'hp_authenticator') then
    execute format('create role hp_authenticator login noinherit nosuperuser nobypassrls password %L', authenticator_password);
  else
    execute format('alter role hp_authenticator login noinherit nosuperuser nobypassrls password %L', authenticator_password);
  end if;

  foreach app_role in array array['hp_anonymous', 'hp_patient', 'hp_therapist', 'hp_admin', 'hp_worker'] loop
    if not exists (select 1 from pg_roles where rolname = app_role) then
      execute format('create role %I nologin nosuperuser nobypassrls', app_role);
    end if;
    execute format('grant %I to hp_authenticator', app_role);
  end loop;

  grant hp_definer to hp_owner;
end
$$;
