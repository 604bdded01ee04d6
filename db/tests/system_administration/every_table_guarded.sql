-- Every table is guarded: in the exposed schema (app_public) and the private one
-- (app_private), every table has row-level security enabled AND forced, and at
-- least one policy (a table closed to all roles says so with a restrictive,
-- always-false policy). No runtime role is a superuser or bypasses RLS.
begin;
select plan(4);

select is(
  (select coalesce(array_agg(c.oid::regclass::text order by 1), '{}')
   from pg_class c
   where c.relnamespace in ('app_public'::regnamespace, 'app_private'::regnamespace)
     and c.relkind in ('r', 'p')
     and not (c.relrowsecurity and c.relforcerowsecurity)),
  '{}'::text[],
  'every table has RLS enabled and forced');

select is(
  (select coalesce(array_agg(c.oid::regclass::text order by 1), '{}')
   from pg_class c
   where c.relnamespace in ('app_public'::regnamespace, 'app_private'::regnamespace)
     and c.relkind in ('r', 'p')
     and not exists (select 1 from pg_policy p where p.polrelid = c.oid)),
  '{}'::text[],
  'every table has at least one policy');

select is(
  (select coalesce(array_agg(rolname::text order by 1), '{}') from pg_roles
   where (rolsuper or rolbypassrls)
     and (pg_has_role('hp_authenticator', oid, 'member') or rolname in ('hp_owner', 'hp_authenticator'))),
  '{}'::text[],
  'no role the server, worker or migrations can act as is a superuser or bypasses RLS');

select is(
  (select coalesce(array_agg(p.oid::regprocedure::text order by 1), '{}') from pg_proc p
   where p.pronamespace in ('app_public'::regnamespace, 'app_private'::regnamespace)
     and p.prosecdef
     and (p.proowner <> 'hp_definer'::regrole
          or not coalesce(p.proconfig::text[] @> array['search_path=pg_catalog, public'], false))),
  '{}'::text[],
  'every SECURITY DEFINER function is owned by hp_definer and pins its search_path');

select * from finish();
rollback;
