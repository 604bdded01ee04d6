-- Test helpers, installed once into the test database (never into a real one) by the
-- test runner, as the superuser. Every test file runs in a transaction that rolls
-- back, so the users and sessions these helpers create vanish after each file.
--
-- Files run through node-postgres, not psql, so there are no psql variables: users
-- are named by their email, and other values can be kept with tests.remember().
--
--   select tests.create_user('a@example.com')            -- a verified, active patient
--   select tests.create_user('t@example.com', 'therapist')
--   select tests.id_of('a@example.com')                  -- their uuid
--   select tests.act_as('a@example.com')  -- opens a session, switches to hp_<role>
--   select tests.act_as_anonymous()       -- hp_anonymous, no session
--   select tests.act_as_role('hp_patient', '<session setting>')
--   select tests.remember('name', value) / tests.recall('name')
--   reset role;                           -- back to the superuser
drop schema if exists tests cascade;
create schema tests;
grant usage on schema tests to public;

create function tests.create_user(
  email text, role app_public.user_role_enum default 'patient', first_name text default 'Test'
) returns uuid
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  new_id uuid;
begin
  insert into app_public.users (email, role, account_status, email_verified)
    values (lower(email), role, 'active', true) returning id into new_id;
  insert into app_private.user_secrets (user_id, password_hash)
    values (new_id, '$argon2id$v=19$m=19456,t=2,p=1$dGVzdHNhbHQ$dGVzdGhhc2g');
  insert into app_public.user_profiles (user_id, first_name) values (new_id, first_name);
  insert into app_public.user_preferences (user_id) values (new_id);
  return new_id;
end;
$$;

-- A fresh, usable session for the user (as login would open it).
create function tests.session_for(user_id uuid) returns uuid
  language sql volatile security definer set search_path = pg_catalog, public
as $$
  select session_id from app_private.open_session(user_id)
$$;

create function tests.id_of(email text) returns uuid
  language sql stable security definer set search_path = pg_catalog, public
as $$
  select id from app_public.users where users.email = lower(id_of.email)
$$;

create function tests.role_of(user_id uuid) returns text
  language sql stable security definer set search_path = pg_catalog, public
as $$
  select 'hp_' || role::text from app_public.users where id = user_id
$$;

-- Switches the transaction to the user's database role with a new session of theirs.
-- SET ROLE checks the session user (the superuser), so this works from any role.
create function tests.act_as(email text) returns uuid
  language plpgsql volatile
as $$
declare
  user_id uuid := tests.id_of(email);
  session uuid := tests.session_for(user_id);
begin
  perform set_config('happy_path.session_id', session::text, true);
  perform set_config('role', tests.role_of(user_id), true);
  return session;
end;
$$;

create function tests.remember(name text, value anyelement) returns anyelement
  language sql volatile
as $$
  select set_config('tests.' || name, value::text, true);
  select value
$$;

create function tests.recall(name text) returns text
  language sql stable
as $$
  select current_setting('tests.' || name)
$$;

-- Acts as a database role with a given (possibly bogus) session setting.
create function tests.act_as_role(role text, session_setting text default '') returns void
  language plpgsql volatile
as $$
begin
  perform set_config('happy_path.session_id', session_setting, true);
  perform set_config('role', role, true);
end;
$$;

create function tests.act_as_anonymous() returns void
  language sql volatile
as $$
  select tests.act_as_role('hp_anonymous')
$$;

grant execute on all functions in schema tests to public;

-- A check-in `days_ago` local days before the user's today, written behind RLS (as
-- the superuser) so tests can build a history quickly.
create function tests.add_entry(
  email text, days_ago integer, mood integer, sleep numeric default null,
  energy integer default null, anxiety integer default null, stress integer default null,
  activities text[] default '{}'
) returns void
  language sql volatile security definer set search_path = pg_catalog, public
as $$
  insert into app_public.mood_entries
    (user_id, entry_date, overall_mood, sleep_hours, energy_level, anxiety_level, stress_level, activities)
  values
    (tests.id_of(email), app_private.local_today(tests.id_of(email)) - days_ago, mood, sleep, energy, anxiety, stress, activities)
  on conflict (user_id, entry_date) do update
    set overall_mood = excluded.overall_mood, sleep_hours = excluded.sleep_hours, energy_level = excluded.energy_level,
        anxiety_level = excluded.anxiety_level, stress_level = excluded.stress_level, activities = excluded.activities
$$;

-- An active relationship with consent to share: the therapist reaches the patient.
create function tests.connect(therapist_email text, patient_email text) returns void
  language sql volatile security definer set search_path = pg_catalog, public
as $$
  insert into app_public.therapeutic_relationships (therapist_id, patient_id, relationship_type, status, responded_at)
    values (tests.id_of(therapist_email), tests.id_of(patient_email), 'individual', 'active', now());
  select app_private.record_consent(tests.id_of(patient_email), 'therapist_sharing', 'granted', 'test');
$$;
