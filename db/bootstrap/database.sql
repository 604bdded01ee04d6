-- Happy Path: per-database setup. Run as a superuser in the application database,
-- after it has been created with hp_owner as its owner (graphile-migrate's reset
-- does that, then runs this file as its afterReset action).
--
-- Why: extensions need a superuser, and the default privileges PostgreSQL hands to
-- PUBLIC must be taken away before any table exists, so that nothing is readable
-- by accident.

-- The seed's extensions.
create extension if not exists "uuid-ossp" with schema public;
create extension if not exists pgcrypto with schema public;
create extension if not exists pg_trgm with schema public;
create extension if not exists btree_gin with schema public;
create extension if not exists unaccent with schema public;

-- Nobody but the owner creates objects; nobody connects without being granted it.
do $$
begin
  execute format('revoke all on database %I from public', current_database());
  execute format('grant connect, temporary on database %I to hp_authenticator', current_database());
  execute format('grant all on database %I to hp_owner', current_database());
end
$$;
revoke create on schema public from public;
alter schema public owner to hp_owner;

-- Functions are not executable by PUBLIC unless a migration grants them.
alter default privileges for role hp_owner revoke all on functions from public;
alter default privileges for role hp_definer revoke all on functions from public;
