--
-- PostgreSQL database dump
--

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: app_private; Type: SCHEMA; Schema: -; Owner: hp_owner
--

CREATE SCHEMA app_private;

ALTER SCHEMA app_private OWNER TO hp_owner;

--
-- Name: app_public; Type: SCHEMA; Schema: -; Owner: hp_owner
--

CREATE SCHEMA app_public;

ALTER SCHEMA app_public OWNER TO hp_owner;

--
-- Name: public; Type: SCHEMA; Schema: -; Owner: hp_owner
--

-- *not* creating schema, since initdb creates it

ALTER SCHEMA public OWNER TO hp_owner;

--
-- Name: btree_gin; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS btree_gin WITH SCHEMA public;

--
-- Name: EXTENSION btree_gin; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION btree_gin IS 'support for indexing common datatypes in GIN';

--
-- Name: pg_trgm; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

--
-- Name: EXTENSION pg_trgm; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';

--
-- Name: pgcrypto; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;

--
-- Name: EXTENSION pgcrypto; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION pgcrypto IS 'cryptographic functions';

--
-- Name: unaccent; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;

--
-- Name: EXTENSION unaccent; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION unaccent IS 'text search dictionary that removes accents';

--
-- Name: uuid-ossp; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA public;

--
-- Name: EXTENSION "uuid-ossp"; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION "uuid-ossp" IS 'generate universally unique identifiers (UUIDs)';

--
-- Name: login_status; Type: TYPE; Schema: app_private; Owner: hp_owner
--

CREATE TYPE app_private.login_status AS ENUM (
    'ok',
    'invalid',
    'locked',
    'disabled',
    'totp_required',
    'totp_invalid'
);

ALTER TYPE app_private.login_status OWNER TO hp_owner;

--
-- Name: outbox_status; Type: TYPE; Schema: app_private; Owner: hp_owner
--

CREATE TYPE app_private.outbox_status AS ENUM (
    'pending',
    'sent',
    'failed'
);

ALTER TYPE app_private.outbox_status OWNER TO hp_owner;

--
-- Name: user_token_purpose; Type: TYPE; Schema: app_private; Owner: hp_owner
--

CREATE TYPE app_private.user_token_purpose AS ENUM (
    'verify_email',
    'reset_password'
);

ALTER TYPE app_private.user_token_purpose OWNER TO hp_owner;

--
-- Name: account_status_enum; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.account_status_enum AS ENUM (
    'pending_verification',
    'active',
    'suspended',
    'deactivated'
);

ALTER TYPE app_public.account_status_enum OWNER TO hp_owner;

--
-- Name: TYPE account_status_enum; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TYPE app_public.account_status_enum IS 'pending_verification until the email is confirmed; suspended and deactivated accounts cannot log in.';

--
-- Name: consent_action_enum; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.consent_action_enum AS ENUM (
    'granted',
    'withdrawn'
);

ALTER TYPE app_public.consent_action_enum OWNER TO hp_owner;

--
-- Name: consent_type_enum; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.consent_type_enum AS ENUM (
    'terms_of_service',
    'privacy_policy',
    'therapist_sharing',
    'ai_processing',
    'research'
);

ALTER TYPE app_public.consent_type_enum OWNER TO hp_owner;

--
-- Name: mood_scale_domain; Type: DOMAIN; Schema: app_public; Owner: hp_owner
--

CREATE DOMAIN app_public.mood_scale_domain AS smallint
	CONSTRAINT mood_scale_domain_check CHECK (((VALUE >= 1) AND (VALUE <= 10)));

ALTER DOMAIN app_public.mood_scale_domain OWNER TO hp_owner;

--
-- Name: DOMAIN mood_scale_domain; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON DOMAIN app_public.mood_scale_domain IS 'A self-rating from 1 (worst) to 10 (best).';

--
-- Name: normalized_score_domain; Type: DOMAIN; Schema: app_public; Owner: hp_owner
--

CREATE DOMAIN app_public.normalized_score_domain AS numeric(5,4)
	CONSTRAINT normalized_score_domain_check CHECK (((VALUE >= (0)::numeric) AND (VALUE <= (1)::numeric)));

ALTER DOMAIN app_public.normalized_score_domain OWNER TO hp_owner;

--
-- Name: DOMAIN normalized_score_domain; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON DOMAIN app_public.normalized_score_domain IS 'A score or confidence between 0 and 1.';

--
-- Name: theme_enum; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.theme_enum AS ENUM (
    'system',
    'light',
    'dark'
);

ALTER TYPE app_public.theme_enum OWNER TO hp_owner;

--
-- Name: user_role_enum; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.user_role_enum AS ENUM (
    'patient',
    'therapist',
    'admin',
    'system'
);

ALTER TYPE app_public.user_role_enum OWNER TO hp_owner;

--
-- Name: TYPE user_role_enum; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TYPE app_public.user_role_enum IS 'What a user is to the platform. Each role but system maps to the database role hp_<role>; system accounts cannot log in.';

--
-- Name: assign_definer_functions(); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.assign_definer_functions() RETURNS void
    LANGUAGE plpgsql
    AS $$
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

ALTER FUNCTION app_private.assign_definer_functions() OWNER TO hp_owner;

--
-- Name: FUNCTION assign_definer_functions(); Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON FUNCTION app_private.assign_definer_functions() IS 'Migration helper (run by hp_owner): every SECURITY DEFINER function in our schemas is owned by hp_definer.';

--
-- Name: base32_encode(bytea); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.base32_encode(data bytea) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    AS $$
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

ALTER FUNCTION app_private.base32_encode(data bytea) OWNER TO hp_owner;

--
-- Name: change_password(uuid, text); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.change_password(session_id uuid, new_hash text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
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
  perform app_private.queue_email(me, 'password_changed', 'Your Happy Path password was changed',
    'The password of your Happy Path account was just changed and your other devices were signed out. '
      || 'If this was not you, reset your password now.');
  return true;
end;
$$;

ALTER FUNCTION app_private.change_password(session_id uuid, new_hash text) OWNER TO hp_definer;

--
-- Name: FUNCTION change_password(session_id uuid, new_hash text); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.change_password(session_id uuid, new_hash text) IS 'Sets a new password hash for the session''s user, signs out their other sessions and tells them by email.';

--
-- Name: check_second_factor(uuid, text); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.check_second_factor(user_id uuid, code text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
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

ALTER FUNCTION app_private.check_second_factor(user_id uuid, code text) OWNER TO hp_definer;

--
-- Name: FUNCTION check_second_factor(user_id uuid, code text); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.check_second_factor(user_id uuid, code text) IS 'Accepts a current TOTP code (once) or an unused recovery code (then marks it used).';

--
-- Name: cleanup_expired_sessions(); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.cleanup_expired_sessions() RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
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

ALTER FUNCTION app_private.cleanup_expired_sessions() OWNER TO hp_definer;

--
-- Name: FUNCTION cleanup_expired_sessions(); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.cleanup_expired_sessions() IS 'Daily: drops cookie sessions past expiry, user sessions 30 days past expiry and tokens a week past expiry.';

--
-- Name: consume_token(text, app_private.user_token_purpose); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.consume_token(token text, purpose app_private.user_token_purpose) RETURNS uuid
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  update app_private.user_tokens t
    set used_at = now()
    where t.token_hash = app_private.sha256(token)
      and t.purpose = consume_token.purpose
      and t.used_at is null
      and t.expires_at > now()
      and length(token) between 20 and 200
  returning t.user_id
$$;

ALTER FUNCTION app_private.consume_token(token text, purpose app_private.user_token_purpose) OWNER TO hp_definer;

--
-- Name: FUNCTION consume_token(token text, purpose app_private.user_token_purpose); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.consume_token(token text, purpose app_private.user_token_purpose) IS 'Marks a token used and returns its user, or NULL when the token is unknown, expired, already used or for another purpose.';

--
-- Name: has_consent(uuid, app_public.consent_type_enum); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.has_consent(user_id uuid, consent app_public.consent_type_enum) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select coalesce((
    select c.action = 'granted'
    from app_public.consent_tracking c
    where c.user_id = has_consent.user_id and c.consent_type = consent
    order by c.recorded_at desc
    limit 1
  ), false)
$$;

ALTER FUNCTION app_private.has_consent(user_id uuid, consent app_public.consent_type_enum) OWNER TO hp_definer;

--
-- Name: FUNCTION has_consent(user_id uuid, consent app_public.consent_type_enum); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.has_consent(user_id uuid, consent app_public.consent_type_enum) IS 'Has this user currently consented to this? The latest grant or withdrawal wins; never consented means no.';

--
-- Name: is_valid_timezone(text); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.is_valid_timezone(tz text) RETURNS boolean
    LANGUAGE plpgsql STABLE PARALLEL SAFE
    AS $$
begin
  perform now() at time zone tz;
  return true;
exception when invalid_parameter_value then
  return false;
end;
$$;

ALTER FUNCTION app_private.is_valid_timezone(tz text) OWNER TO hp_owner;

--
-- Name: issue_token(uuid, app_private.user_token_purpose, interval); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.issue_token(user_id uuid, purpose app_private.user_token_purpose, ttl interval) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
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

ALTER FUNCTION app_private.issue_token(user_id uuid, purpose app_private.user_token_purpose, ttl interval) OWNER TO hp_definer;

--
-- Name: link(text, text); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.link(path text, token text) RETURNS text
    LANGUAGE sql STABLE
    AS $$
  select rtrim(app_private.setting_text('app.public_url'), '/') || path || '?token=' || token
$$;

ALTER FUNCTION app_private.link(path text, token text) OWNER TO hp_owner;

--
-- Name: login_complete(uuid, boolean, text); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.login_complete(user_id uuid, password_ok boolean, second_factor text) RETURNS TABLE(status app_private.login_status, session_id uuid, token text, expires_at timestamp with time zone)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
declare
  account app_public.users;
  secrets app_private.user_secrets;
begin
  select * into account from app_public.users u where u.id = login_complete.user_id;
  select * into secrets from app_private.user_secrets s where s.user_id = login_complete.user_id for update;
  if account.id is null then
    return query select 'invalid'::app_private.login_status, null::uuid, null::text, null::timestamptz;
    return;
  end if;
  -- While locked, say so without revealing whether the password was right.
  if secrets.locked_until > now() then
    return query select 'locked'::app_private.login_status, null::uuid, null::text, null::timestamptz;
    return;
  end if;
  if not coalesce(password_ok, false) then
    return query select app_private.record_login_failure(account.id), null::uuid, null::text, null::timestamptz;
    return;
  end if;
  if account.account_status in ('suspended', 'deactivated') or account.role = 'system' then
    return query select 'disabled'::app_private.login_status, null::uuid, null::text, null::timestamptz;
    return;
  end if;
  if account.two_factor_enabled then
    if coalesce(second_factor, '') = '' then
      return query select 'totp_required'::app_private.login_status, null::uuid, null::text, null::timestamptz;
      return;
    end if;
    if not app_private.check_second_factor(account.id, second_factor) then
      perform app_private.record_login_failure(account.id);
      return query select 'totp_invalid'::app_private.login_status, null::uuid, null::text, null::timestamptz;
      return;
    end if;
  end if;
  update app_private.user_secrets s set failed_login_count = 0, locked_until = null where s.user_id = account.id;
  return query select 'ok'::app_private.login_status, o.session_id, o.token, o.expires_at
    from app_private.open_session(account.id) o;
end;
$$;

ALTER FUNCTION app_private.login_complete(user_id uuid, password_ok boolean, second_factor text) OWNER TO hp_definer;

--
-- Name: FUNCTION login_complete(user_id uuid, password_ok boolean, second_factor text); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.login_complete(user_id uuid, password_ok boolean, second_factor text) IS 'Decides a login after the server verified (or failed to verify) the password: lockout, account status, second factor, then a new session.';

--
-- Name: login_lookup(text); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.login_lookup(email text) RETURNS TABLE(user_id uuid, password_hash text)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select u.id, s.password_hash
  from app_public.users u join app_private.user_secrets s on s.user_id = u.id
  where u.email = lower(trim(login_lookup.email))
$$;

ALTER FUNCTION app_private.login_lookup(email text) OWNER TO hp_definer;

--
-- Name: new_recovery_codes(uuid); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.new_recovery_codes(user_id uuid) RETURNS text[]
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
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

ALTER FUNCTION app_private.new_recovery_codes(user_id uuid) OWNER TO hp_definer;

--
-- Name: open_session(uuid); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.open_session(user_id uuid) RETURNS TABLE(session_id uuid, token text, expires_at timestamp with time zone)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
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

ALTER FUNCTION app_private.open_session(user_id uuid) OWNER TO hp_definer;

--
-- Name: outbox_mark_failed(uuid, text); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.outbox_mark_failed(message_id uuid, error text) RETURNS void
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  update app_private.notification_outbox
    set attempts = attempts + 1, last_error = left(error, 1000),
        status = case when attempts + 1 >= 10 then 'failed'::app_private.outbox_status else status end
    where id = message_id and status <> 'sent'
$$;

ALTER FUNCTION app_private.outbox_mark_failed(message_id uuid, error text) OWNER TO hp_definer;

--
-- Name: outbox_mark_sent(uuid, text); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.outbox_mark_sent(message_id uuid, transport text) RETURNS void
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  update app_private.notification_outbox
    set status = 'sent', sent_at = now(), transport = outbox_mark_sent.transport,
        attempts = attempts + 1, last_error = null
    where id = message_id and status <> 'sent'
$$;

ALTER FUNCTION app_private.outbox_mark_sent(message_id uuid, transport text) OWNER TO hp_definer;

--
-- Name: password_hash_for_session(uuid); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.password_hash_for_session(session_id uuid) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select sec.password_hash
  from app_public.user_sessions s join app_private.user_secrets sec on sec.user_id = s.user_id
  where s.id = password_hash_for_session.session_id and app_private.session_is_active(s)
$$;

ALTER FUNCTION app_private.password_hash_for_session(session_id uuid) OWNER TO hp_definer;

--
-- Name: queue_email(uuid, text, text, text); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.queue_email(user_id uuid, template text, subject text, body text) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
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

ALTER FUNCTION app_private.queue_email(user_id uuid, template text, subject text, body text) OWNER TO hp_definer;

--
-- Name: random_token(); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.random_token() RETURNS text
    LANGUAGE sql PARALLEL SAFE
    AS $$
  select translate(encode(public.gen_random_bytes(32), 'base64'), '+/=', '-_')
$$;

ALTER FUNCTION app_private.random_token() OWNER TO hp_owner;

--
-- Name: FUNCTION random_token(); Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON FUNCTION app_private.random_token() IS '256 random bits, URL-safe. Tokens are handed out once and only their sha256 is stored.';

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: consent_tracking; Type: TABLE; Schema: app_public; Owner: hp_owner
--

CREATE TABLE app_public.consent_tracking (
    id uuid DEFAULT public.gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    consent_type app_public.consent_type_enum NOT NULL,
    action app_public.consent_action_enum NOT NULL,
    document_version text NOT NULL,
    recorded_at timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
    ip_address inet,
    user_agent text,
    CONSTRAINT consent_tracking_document_version_check CHECK (((length(document_version) >= 1) AND (length(document_version) <= 32))),
    CONSTRAINT consent_tracking_user_agent_check CHECK ((length(user_agent) <= 512))
);

ALTER TABLE ONLY app_public.consent_tracking FORCE ROW LEVEL SECURITY;

ALTER TABLE app_public.consent_tracking OWNER TO hp_owner;

--
-- Name: TABLE consent_tracking; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TABLE app_public.consent_tracking IS 'Every grant and withdrawal of consent, with the document version, time, IP and user agent. Append-only.';

--
-- Name: record_consent(uuid, app_public.consent_type_enum, app_public.consent_action_enum, text); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.record_consent(user_id uuid, consent app_public.consent_type_enum, action app_public.consent_action_enum, document_version text) RETURNS app_public.consent_tracking
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
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

ALTER FUNCTION app_private.record_consent(user_id uuid, consent app_public.consent_type_enum, action app_public.consent_action_enum, document_version text) OWNER TO hp_definer;

--
-- Name: record_login_failure(uuid); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.record_login_failure(user_id uuid) RETURNS app_private.login_status
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
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

ALTER FUNCTION app_private.record_login_failure(user_id uuid) OWNER TO hp_definer;

--
-- Name: register_user(text, text, text, text, boolean); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.register_user(email text, password_hash text, first_name text, last_name text, accepted_terms boolean) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $_$
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
$_$;

ALTER FUNCTION app_private.register_user(email text, password_hash text, first_name text, last_name text, accepted_terms boolean) OWNER TO hp_definer;

--
-- Name: FUNCTION register_user(email text, password_hash text, first_name text, last_name text, accepted_terms boolean); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.register_user(email text, password_hash text, first_name text, last_name text, accepted_terms boolean) IS 'Creates a patient account with profile, preferences and the two required consents, and emails a confirmation link. Answers the same whether or not the email was taken.';

--
-- Name: request_ip(); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.request_ip() RETURNS inet
    LANGUAGE plpgsql STABLE
    AS $$
begin
  return nullif(current_setting('happy_path.ip_address', true), '')::inet;
exception when others then
  return null;
end;
$$;

ALTER FUNCTION app_private.request_ip() OWNER TO hp_owner;

--
-- Name: request_user_agent(); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.request_user_agent() RETURNS text
    LANGUAGE sql STABLE
    AS $$
  select left(nullif(current_setting('happy_path.user_agent', true), ''), 512)
$$;

ALTER FUNCTION app_private.request_user_agent() OWNER TO hp_owner;

--
-- Name: reset_password(text, text); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.reset_password(token text, new_hash text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
declare
  account uuid := app_private.consume_token(token, 'reset_password');
begin
  if account is null then
    return false;
  end if;
  perform app_private.set_password(account, new_hash);
  perform app_private.revoke_sessions(account, 'password_reset');
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

ALTER FUNCTION app_private.reset_password(token text, new_hash text) OWNER TO hp_definer;

--
-- Name: FUNCTION reset_password(token text, new_hash text); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.reset_password(token text, new_hash text) IS 'Consumes a single-use reset token, sets the new hash and signs out every session. False for a bad token.';

--
-- Name: revoke_sessions(uuid, text, uuid); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.revoke_sessions(user_id uuid, reason text, except_session uuid DEFAULT NULL::uuid) RETURNS integer
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
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

ALTER FUNCTION app_private.revoke_sessions(user_id uuid, reason text, except_session uuid) OWNER TO hp_definer;

--
-- Name: send_verification_email(uuid); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.send_verification_email(user_id uuid) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
declare
  token text := app_private.issue_token(user_id, 'verify_email', app_private.setting_interval('auth.email_verification_ttl'));
begin
  perform app_private.queue_email(user_id, 'verify_email', 'Confirm your email for Happy Path',
    'Welcome to Happy Path. Confirm your email address by opening this link:' || E'\n\n'
      || app_private.link('/verify-email', token) || E'\n\n'
      || 'If you did not create an account, you can ignore this message.');
end;
$$;

ALTER FUNCTION app_private.send_verification_email(user_id uuid) OWNER TO hp_definer;

--
-- Name: session_by_token(text); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.session_by_token(token text) RETURNS TABLE(session_id uuid, user_id uuid, role app_public.user_role_enum)
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select t.*
  from app_private.session_tokens st,
       lateral app_private.session_touch(st.session_id) t
  where length(token) between 20 and 200
    and st.token_hash = app_private.sha256(token)
$$;

ALTER FUNCTION app_private.session_by_token(token text) OWNER TO hp_definer;

--
-- Name: user_sessions; Type: TABLE; Schema: app_public; Owner: hp_owner
--

CREATE TABLE app_public.user_sessions (
    id uuid DEFAULT public.gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    user_agent text,
    ip_address inet,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    last_seen_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone,
    revoked_reason text,
    CONSTRAINT user_sessions_check CHECK ((expires_at > created_at)),
    CONSTRAINT user_sessions_check1 CHECK (((revoked_at IS NULL) = (revoked_reason IS NULL))),
    CONSTRAINT user_sessions_revoked_reason_check CHECK ((revoked_reason = ANY (ARRAY['logout'::text, 'logout_everywhere'::text, 'revoked_by_user'::text, 'password_changed'::text, 'password_reset'::text, 'admin'::text]))),
    CONSTRAINT user_sessions_user_agent_check CHECK ((length(user_agent) <= 512))
);

ALTER TABLE ONLY app_public.user_sessions FORCE ROW LEVEL SECURITY;

ALTER TABLE app_public.user_sessions OWNER TO hp_owner;

--
-- Name: TABLE user_sessions; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TABLE app_public.user_sessions IS 'One row per login (device). Users see their own and can revoke them; the database refuses expired and revoked ones.';

--
-- Name: session_is_active(app_public.user_sessions); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.session_is_active(session app_public.user_sessions) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$
  select session.revoked_at is null
     and session.expires_at > now()
     and session.last_seen_at > now() - app_private.setting_interval('session.idle_timeout')
$$;

ALTER FUNCTION app_private.session_is_active(session app_public.user_sessions) OWNER TO hp_owner;

--
-- Name: FUNCTION session_is_active(session app_public.user_sessions); Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON FUNCTION app_private.session_is_active(session app_public.user_sessions) IS 'The one definition of a usable session: not revoked, before its absolute expiry, seen within the idle timeout.';

--
-- Name: session_touch(uuid); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.session_touch(id uuid) RETURNS TABLE(session_id uuid, user_id uuid, role app_public.user_role_enum)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
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

ALTER FUNCTION app_private.session_touch(id uuid) OWNER TO hp_definer;

--
-- Name: set_password(uuid, text); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.set_password(user_id uuid, new_hash text) RETURNS void
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  update app_private.user_secrets s
    set password_hash = new_hash, password_changed_at = now(), failed_login_count = 0, locked_until = null
    where s.user_id = set_password.user_id
$$;

ALTER FUNCTION app_private.set_password(user_id uuid, new_hash text) OWNER TO hp_definer;

--
-- Name: setting(text); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.setting(setting_key text) RETURNS jsonb
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select value from app_public.system_configurations where key = setting_key
$$;

ALTER FUNCTION app_private.setting(setting_key text) OWNER TO hp_definer;

--
-- Name: setting_int(text); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.setting_int(setting_key text) RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select (value #>> '{}')::integer from app_public.system_configurations where key = setting_key
$$;

ALTER FUNCTION app_private.setting_int(setting_key text) OWNER TO hp_definer;

--
-- Name: setting_interval(text); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.setting_interval(setting_key text) RETURNS interval
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select (value #>> '{}')::interval from app_public.system_configurations where key = setting_key
$$;

ALTER FUNCTION app_private.setting_interval(setting_key text) OWNER TO hp_definer;

--
-- Name: setting_text(text); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.setting_text(setting_key text) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select value #>> '{}' from app_public.system_configurations where key = setting_key
$$;

ALTER FUNCTION app_private.setting_text(setting_key text) OWNER TO hp_definer;

--
-- Name: sha256(text); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.sha256(value text) RETURNS bytea
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
  select public.digest(convert_to(value, 'UTF8'), 'sha256')
$$;

ALTER FUNCTION app_private.sha256(value text) OWNER TO hp_owner;

--
-- Name: tg__set_updated_at(); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.tg__set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
  new.updated_at := greatest(now(), old.updated_at + interval '1 millisecond');
  return new;
end;
$$;

ALTER FUNCTION app_private.tg__set_updated_at() OWNER TO hp_owner;

--
-- Name: FUNCTION tg__set_updated_at(); Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON FUNCTION app_private.tg__set_updated_at() IS 'Keeps updated_at truthful whatever the client sends.';

--
-- Name: token_recently_issued(uuid, app_private.user_token_purpose); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.token_recently_issued(user_id uuid, purpose app_private.user_token_purpose) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select exists (
    select 1 from app_private.user_tokens t
    where t.user_id = token_recently_issued.user_id and t.purpose = token_recently_issued.purpose
      and t.created_at > now() - interval '1 minute'
  )
$$;

ALTER FUNCTION app_private.token_recently_issued(user_id uuid, purpose app_private.user_token_purpose) OWNER TO hp_definer;

--
-- Name: totp_code(bytea, bigint); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.totp_code(secret bytea, step bigint) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    AS $$
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

ALTER FUNCTION app_private.totp_code(secret bytea, step bigint) OWNER TO hp_owner;

--
-- Name: FUNCTION totp_code(secret bytea, step bigint); Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON FUNCTION app_private.totp_code(secret bytea, step bigint) IS 'RFC 6238 TOTP (HMAC-SHA1, six digits) for one 30-second step.';

--
-- Name: totp_matching_step(bytea, text, bigint); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.totp_matching_step(secret bytea, code text, after_step bigint) RETURNS bigint
    LANGUAGE sql STABLE
    AS $_$
  select step
  from generate_series(floor(extract(epoch from now()) / 30)::bigint - 1,
                       floor(extract(epoch from now()) / 30)::bigint + 1) as step
  where secret is not null
    and code ~ '^[0-9]{6}$'
    and step > coalesce(after_step, 0)
    and app_private.totp_code(secret, step) = code
  order by step
  limit 1
$_$;

ALTER FUNCTION app_private.totp_matching_step(secret bytea, code text, after_step bigint) OWNER TO hp_owner;

--
-- Name: url_encode(text); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.url_encode(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $_$
  select string_agg(
    case when ch ~ '^[A-Za-z0-9._~-]$' then ch
         else upper(regexp_replace(encode(convert_to(ch, 'UTF8'), 'hex'), '(..)', '%\1', 'g')) end, '' order by i)
  from regexp_split_to_table(value, '') with ordinality as t(ch, i)
$_$;

ALTER FUNCTION app_private.url_encode(value text) OWNER TO hp_owner;

--
-- Name: uuid_or_null(text); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.uuid_or_null(value text) RETURNS uuid
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $_$
  select case
    when value ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then value::uuid
  end
$_$;

ALTER FUNCTION app_private.uuid_or_null(value text) OWNER TO hp_owner;

--
-- Name: FUNCTION uuid_or_null(value text); Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON FUNCTION app_private.uuid_or_null(value text) IS 'Reads a uuid from untrusted text; garbage gives NULL instead of an error, so a garbled session id is simply no session.';

--
-- Name: begin_two_factor_enrolment(); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public.begin_two_factor_enrolment() RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
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

ALTER FUNCTION app_public.begin_two_factor_enrolment() OWNER TO hp_definer;

--
-- Name: FUNCTION begin_two_factor_enrolment(); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public.begin_two_factor_enrolment() IS 'Starts two-factor enrolment: returns an otpauth:// URI to show as a QR code. Confirm with a code to turn it on.';

--
-- Name: confirm_two_factor_enrolment(text); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public.confirm_two_factor_enrolment(code text) RETURNS text[]
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
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
  perform app_private.queue_email(me, 'two_factor_enabled', 'Two-factor authentication is on',
    'Two-factor authentication was turned on for your Happy Path account. If this was not you, reset your password now.');
  return codes;
end;
$$;

ALTER FUNCTION app_public.confirm_two_factor_enrolment(code text) OWNER TO hp_definer;

--
-- Name: FUNCTION confirm_two_factor_enrolment(code text); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public.confirm_two_factor_enrolment(code text) IS 'Turns two-factor on with a first code from the app; returns ten recovery codes, shown this once.';

--
-- Name: current_consents(); Type: FUNCTION; Schema: app_public; Owner: hp_owner
--

CREATE FUNCTION app_public.current_consents() RETURNS SETOF app_public.consent_tracking
    LANGUAGE sql STABLE
    AS $$
  select distinct on (c.consent_type) c.*
  from app_public.consent_tracking c
  where c.user_id = (select app_public.current_user_id())
  order by c.consent_type, c.recorded_at desc
$$;

ALTER FUNCTION app_public.current_consents() OWNER TO hp_owner;

--
-- Name: FUNCTION current_consents(); Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON FUNCTION app_public.current_consents() IS 'The signed-in user''s latest decision for each kind of consent.';

--
-- Name: current_session_id(); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public.current_session_id() RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select s.id
  from app_public.user_sessions s
  where s.id = app_private.uuid_or_null(current_setting('happy_path.session_id', true))
    and app_private.session_is_active(s)
$$;

ALTER FUNCTION app_public.current_session_id() OWNER TO hp_definer;

--
-- Name: FUNCTION current_session_id(); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public.current_session_id() IS 'The caller''s session, if it is still usable; NULL otherwise.';

--
-- Name: users; Type: TABLE; Schema: app_public; Owner: hp_owner
--

CREATE TABLE app_public.users (
    id uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    email text NOT NULL,
    role app_public.user_role_enum DEFAULT 'patient'::app_public.user_role_enum NOT NULL,
    account_status app_public.account_status_enum DEFAULT 'pending_verification'::app_public.account_status_enum NOT NULL,
    email_verified boolean DEFAULT false NOT NULL,
    two_factor_enabled boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT users_email_check CHECK (((length(email) <= 255) AND (email = lower(email)) AND (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'::text)))
);

ALTER TABLE ONLY app_public.users FORCE ROW LEVEL SECURITY;

ALTER TABLE app_public.users OWNER TO hp_owner;

--
-- Name: TABLE users; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TABLE app_public.users IS 'Accounts. Secrets live in app_private.user_secrets, never here.';

--
-- Name: current_user(); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public."current_user"() RETURNS app_public.users
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select u.* from app_public.users u where u.id = (select app_public.current_user_id())
$$;

ALTER FUNCTION app_public."current_user"() OWNER TO hp_definer;

--
-- Name: FUNCTION "current_user"(); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public."current_user"() IS 'The signed-in user, or null.';

--
-- Name: current_user_id(); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public.current_user_id() RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select s.user_id from app_public.user_sessions s where s.id = app_public.current_session_id()
$$;

ALTER FUNCTION app_public.current_user_id() OWNER TO hp_definer;

--
-- Name: FUNCTION current_user_id(); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public.current_user_id() IS 'The user behind the caller''s usable session, or NULL. Policies call it as (select app_public.current_user_id()) so it runs once per query.';

--
-- Name: disable_two_factor(text); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public.disable_two_factor(code text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
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
  perform app_private.queue_email(me, 'two_factor_disabled', 'Two-factor authentication is off',
    'Two-factor authentication was turned off for your Happy Path account. If this was not you, reset your password now.');
  return true;
end;
$$;

ALTER FUNCTION app_public.disable_two_factor(code text) OWNER TO hp_definer;

--
-- Name: FUNCTION disable_two_factor(code text); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public.disable_two_factor(code text) IS 'Turns two-factor off; needs a current code or a recovery code.';

--
-- Name: forgot_password(text); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public.forgot_password(email text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
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

ALTER FUNCTION app_public.forgot_password(email text) OWNER TO hp_definer;

--
-- Name: FUNCTION forgot_password(email text); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public.forgot_password(email text) IS 'Emails a single-use password reset link if the address has an account. Always answers true.';

--
-- Name: grant_consent(app_public.consent_type_enum, text); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public.grant_consent(consent app_public.consent_type_enum, document_version text) RETURNS app_public.consent_tracking
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select app_private.record_consent((select app_public.current_user_id()), consent, 'granted', document_version)
$$;

ALTER FUNCTION app_public.grant_consent(consent app_public.consent_type_enum, document_version text) OWNER TO hp_definer;

--
-- Name: FUNCTION grant_consent(consent app_public.consent_type_enum, document_version text); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public.grant_consent(consent app_public.consent_type_enum, document_version text) IS 'Records that you agree to this version of this document or use of your data.';

--
-- Name: has_consented(app_public.consent_type_enum); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public.has_consented(consent app_public.consent_type_enum) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select app_private.has_consent((select app_public.current_user_id()), consent)
$$;

ALTER FUNCTION app_public.has_consented(consent app_public.consent_type_enum) OWNER TO hp_definer;

--
-- Name: FUNCTION has_consented(consent app_public.consent_type_enum); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public.has_consented(consent app_public.consent_type_enum) IS 'Has the signed-in user currently consented to this?';

--
-- Name: logout(); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public.logout() RETURNS boolean
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  update app_public.user_sessions
    set revoked_at = now(), revoked_reason = 'logout'
    where id = app_public.current_session_id()
  returning true
$$;

ALTER FUNCTION app_public.logout() OWNER TO hp_definer;

--
-- Name: FUNCTION logout(); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public.logout() IS 'Ends the caller''s session at once.';

--
-- Name: logout_everywhere(); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public.logout_everywhere() RETURNS integer
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select app_private.revoke_sessions(app_public.current_user_id(), 'logout_everywhere')
$$;

ALTER FUNCTION app_public.logout_everywhere() OWNER TO hp_definer;

--
-- Name: FUNCTION logout_everywhere(); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public.logout_everywhere() IS 'Ends every session of the signed-in user, this one included. Returns how many were ended.';

--
-- Name: resend_verification_email(); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public.resend_verification_email() RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
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

ALTER FUNCTION app_public.resend_verification_email() OWNER TO hp_definer;

--
-- Name: FUNCTION resend_verification_email(); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public.resend_verification_email() IS 'Sends a new confirmation link (at most one a minute).';

--
-- Name: revoke_session(uuid); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public.revoke_session(session_id uuid) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
begin
  update app_public.user_sessions s
    set revoked_at = now(), revoked_reason = 'revoked_by_user'
    where s.id = revoke_session.session_id
      and s.user_id = app_public.current_user_id()
      and s.revoked_at is null;
  if not found then
    raise exception 'No such active session' using errcode = 'NTFND';
  end if;
  return true;
end;
$$;

ALTER FUNCTION app_public.revoke_session(session_id uuid) OWNER TO hp_definer;

--
-- Name: FUNCTION revoke_session(session_id uuid); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public.revoke_session(session_id uuid) IS 'Signs out one of your own devices.';

--
-- Name: verify_email(text); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public.verify_email(token text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
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

ALTER FUNCTION app_public.verify_email(token text) OWNER TO hp_definer;

--
-- Name: FUNCTION verify_email(token text); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public.verify_email(token text) IS 'Confirms an email address with the token sent to it.';

--
-- Name: withdraw_consent(app_public.consent_type_enum); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public.withdraw_consent(consent app_public.consent_type_enum) RETURNS app_public.consent_tracking
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select app_private.record_consent(
    (select app_public.current_user_id()), consent, 'withdrawn',
    coalesce((select c.document_version from app_public.current_consents() c where c.consent_type = consent), 'none'))
$$;

ALTER FUNCTION app_public.withdraw_consent(consent app_public.consent_type_enum) OWNER TO hp_definer;

--
-- Name: FUNCTION withdraw_consent(consent app_public.consent_type_enum); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public.withdraw_consent(consent app_public.consent_type_enum) IS 'Records that you withdraw this consent, from now on. Earlier decisions stay in the history.';

--
-- Name: connect_sessions; Type: TABLE; Schema: app_private; Owner: hp_owner
--

CREATE TABLE app_private.connect_sessions (
    sid character varying NOT NULL,
    sess json NOT NULL,
    expire timestamp with time zone NOT NULL
);

ALTER TABLE ONLY app_private.connect_sessions FORCE ROW LEVEL SECURITY;

ALTER TABLE app_private.connect_sessions OWNER TO hp_owner;

--
-- Name: notification_outbox; Type: TABLE; Schema: app_private; Owner: hp_owner
--

CREATE TABLE app_private.notification_outbox (
    id uuid DEFAULT public.gen_random_uuid() NOT NULL,
    user_id uuid,
    channel text DEFAULT 'email'::text NOT NULL,
    template text NOT NULL,
    to_address text NOT NULL,
    subject text NOT NULL,
    body text NOT NULL,
    status app_private.outbox_status DEFAULT 'pending'::app_private.outbox_status NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    last_error text,
    transport text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    sent_at timestamp with time zone,
    CONSTRAINT notification_outbox_body_check CHECK ((length(body) <= 20000)),
    CONSTRAINT notification_outbox_channel_check CHECK ((channel = 'email'::text)),
    CONSTRAINT notification_outbox_subject_check CHECK ((length(subject) <= 200)),
    CONSTRAINT notification_outbox_template_check CHECK ((template ~ '^[a-z_]+$'::text))
);

ALTER TABLE ONLY app_private.notification_outbox FORCE ROW LEVEL SECURITY;

ALTER TABLE app_private.notification_outbox OWNER TO hp_owner;

--
-- Name: TABLE notification_outbox; Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON TABLE app_private.notification_outbox IS 'Messages waiting for, or done with, delivery. The body may hold a one-time link, so only the worker reads it.';

--
-- Name: session_tokens; Type: TABLE; Schema: app_private; Owner: hp_owner
--

CREATE TABLE app_private.session_tokens (
    session_id uuid NOT NULL,
    token_hash bytea NOT NULL
);

ALTER TABLE ONLY app_private.session_tokens FORCE ROW LEVEL SECURITY;

ALTER TABLE app_private.session_tokens OWNER TO hp_owner;

--
-- Name: TABLE session_tokens; Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON TABLE app_private.session_tokens IS 'sha256 of each session''s bearer token. The token itself is shown once, at login.';

--
-- Name: user_recovery_codes; Type: TABLE; Schema: app_private; Owner: hp_owner
--

CREATE TABLE app_private.user_recovery_codes (
    id uuid DEFAULT public.gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    code_hash bytea NOT NULL,
    used_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY app_private.user_recovery_codes FORCE ROW LEVEL SECURITY;

ALTER TABLE app_private.user_recovery_codes OWNER TO hp_owner;

--
-- Name: TABLE user_recovery_codes; Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON TABLE app_private.user_recovery_codes IS 'Two-factor recovery codes, stored as sha256, each usable once.';

--
-- Name: user_secrets; Type: TABLE; Schema: app_private; Owner: hp_owner
--

CREATE TABLE app_private.user_secrets (
    user_id uuid NOT NULL,
    password_hash text NOT NULL,
    password_changed_at timestamp with time zone DEFAULT now() NOT NULL,
    failed_login_count integer DEFAULT 0 NOT NULL,
    locked_until timestamp with time zone,
    totp_secret bytea,
    totp_pending_secret bytea,
    totp_last_used_step bigint,
    CONSTRAINT user_secrets_failed_login_count_check CHECK ((failed_login_count >= 0)),
    CONSTRAINT user_secrets_password_hash_check CHECK ((password_hash ~~ '$argon2id$%'::text))
);

ALTER TABLE ONLY app_private.user_secrets FORCE ROW LEVEL SECURITY;

ALTER TABLE app_private.user_secrets OWNER TO hp_owner;

--
-- Name: TABLE user_secrets; Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON TABLE app_private.user_secrets IS 'Password hash (argon2id only: the check refuses anything else, so a clear password cannot be stored by mistake), lockout counters and TOTP secrets. Only SECURITY DEFINER functions read it.';

--
-- Name: COLUMN user_secrets.totp_last_used_step; Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON COLUMN app_private.user_secrets.totp_last_used_step IS 'The last 30-second TOTP step accepted, so a code cannot be replayed.';

--
-- Name: user_tokens; Type: TABLE; Schema: app_private; Owner: hp_owner
--

CREATE TABLE app_private.user_tokens (
    id uuid DEFAULT public.gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    purpose app_private.user_token_purpose NOT NULL,
    token_hash bytea NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    used_at timestamp with time zone
);

ALTER TABLE ONLY app_private.user_tokens FORCE ROW LEVEL SECURITY;

ALTER TABLE app_private.user_tokens OWNER TO hp_owner;

--
-- Name: TABLE user_tokens; Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON TABLE app_private.user_tokens IS 'Single-use, expiring email verification and password reset tokens. Only the sha256 is kept.';

--
-- Name: system_configurations; Type: TABLE; Schema: app_public; Owner: hp_owner
--

CREATE TABLE app_public.system_configurations (
    key text NOT NULL,
    value jsonb NOT NULL,
    description text NOT NULL,
    is_public boolean DEFAULT false NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT system_configurations_description_check CHECK (((length(description) >= 1) AND (length(description) <= 500))),
    CONSTRAINT system_configurations_key_check CHECK ((key ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$'::text))
);

ALTER TABLE ONLY app_public.system_configurations FORCE ROW LEVEL SECURITY;

ALTER TABLE app_public.system_configurations OWNER TO hp_owner;

--
-- Name: TABLE system_configurations; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TABLE app_public.system_configurations IS 'Application settings that the database enforces. Public keys are readable by every client; admins change values.';

--
-- Name: user_preferences; Type: TABLE; Schema: app_public; Owner: hp_owner
--

CREATE TABLE app_public.user_preferences (
    user_id uuid NOT NULL,
    email_notifications boolean DEFAULT true NOT NULL,
    push_notifications boolean DEFAULT true NOT NULL,
    daily_reminder_time time without time zone,
    weekly_summary boolean DEFAULT true NOT NULL,
    hide_notification_content boolean DEFAULT true NOT NULL,
    theme app_public.theme_enum DEFAULT 'system'::app_public.theme_enum NOT NULL,
    text_scale numeric(3,2) DEFAULT 1.00 NOT NULL,
    reduce_motion boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_preferences_text_scale_check CHECK (((text_scale >= 0.75) AND (text_scale <= 2.00)))
);

ALTER TABLE ONLY app_public.user_preferences FORCE ROW LEVEL SECURITY;

ALTER TABLE app_public.user_preferences OWNER TO hp_owner;

--
-- Name: TABLE user_preferences; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TABLE app_public.user_preferences IS 'Notification, privacy and display settings.';

--
-- Name: COLUMN user_preferences.hide_notification_content; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON COLUMN app_public.user_preferences.hide_notification_content IS 'Privacy: notifications say that something happened, never what was written. On by default.';

--
-- Name: user_profiles; Type: TABLE; Schema: app_public; Owner: hp_owner
--

CREATE TABLE app_public.user_profiles (
    user_id uuid NOT NULL,
    first_name text NOT NULL,
    last_name text,
    preferred_name text,
    pronouns text,
    date_of_birth date,
    gender text,
    timezone text DEFAULT 'UTC'::text NOT NULL,
    language text DEFAULT 'en'::text NOT NULL,
    country text,
    emergency_contact_name text,
    emergency_contact_phone text,
    emergency_contact_relationship text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_profiles_country_check CHECK ((country ~ '^[A-Z]{2}$'::text)),
    CONSTRAINT user_profiles_date_of_birth_check CHECK (((date_of_birth >= '1900-01-01'::date) AND (date_of_birth <= CURRENT_DATE))),
    CONSTRAINT user_profiles_emergency_contact_name_check CHECK (((length(emergency_contact_name) >= 1) AND (length(emergency_contact_name) <= 200))),
    CONSTRAINT user_profiles_emergency_contact_phone_check CHECK ((emergency_contact_phone ~ '^\+?[0-9][0-9 ().-]{5,30}$'::text)),
    CONSTRAINT user_profiles_emergency_contact_relationship_check CHECK ((length(emergency_contact_relationship) <= 100)),
    CONSTRAINT user_profiles_first_name_check CHECK (((length(TRIM(BOTH FROM first_name)) >= 1) AND (length(TRIM(BOTH FROM first_name)) <= 100))),
    CONSTRAINT user_profiles_gender_check CHECK ((length(gender) <= 50)),
    CONSTRAINT user_profiles_language_check CHECK ((language ~ '^[a-z]{2,3}(-[A-Z]{2})?$'::text)),
    CONSTRAINT user_profiles_last_name_check CHECK ((length(last_name) <= 100)),
    CONSTRAINT user_profiles_preferred_name_check CHECK (((length(preferred_name) >= 1) AND (length(preferred_name) <= 100))),
    CONSTRAINT user_profiles_pronouns_check CHECK ((length(pronouns) <= 50)),
    CONSTRAINT user_profiles_timezone_check CHECK (((length(timezone) <= 64) AND app_private.is_valid_timezone(timezone)))
);

ALTER TABLE ONLY app_public.user_profiles FORCE ROW LEVEL SECURITY;

ALTER TABLE app_public.user_profiles OWNER TO hp_owner;

--
-- Name: TABLE user_profiles; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TABLE app_public.user_profiles IS 'Who the user is: names, demographics, locale and an emergency contact.';

--
-- Name: COLUMN user_profiles.timezone; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON COLUMN app_public.user_profiles.timezone IS 'An IANA name such as Europe/Paris; the patient''s local date is computed from it.';

--
-- Name: COLUMN user_profiles.country; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON COLUMN app_public.user_profiles.country IS 'ISO 3166-1 alpha-2, used to choose crisis resources.';

--
-- Name: connect_sessions connect_sessions_pkey; Type: CONSTRAINT; Schema: app_private; Owner: hp_owner
--

ALTER TABLE ONLY app_private.connect_sessions
    ADD CONSTRAINT connect_sessions_pkey PRIMARY KEY (sid);

--
-- Name: notification_outbox notification_outbox_pkey; Type: CONSTRAINT; Schema: app_private; Owner: hp_owner
--

ALTER TABLE ONLY app_private.notification_outbox
    ADD CONSTRAINT notification_outbox_pkey PRIMARY KEY (id);

--
-- Name: session_tokens session_tokens_pkey; Type: CONSTRAINT; Schema: app_private; Owner: hp_owner
--

ALTER TABLE ONLY app_private.session_tokens
    ADD CONSTRAINT session_tokens_pkey PRIMARY KEY (session_id);

--
-- Name: session_tokens session_tokens_token_hash_key; Type: CONSTRAINT; Schema: app_private; Owner: hp_owner
--

ALTER TABLE ONLY app_private.session_tokens
    ADD CONSTRAINT session_tokens_token_hash_key UNIQUE (token_hash);

--
-- Name: user_recovery_codes user_recovery_codes_pkey; Type: CONSTRAINT; Schema: app_private; Owner: hp_owner
--

ALTER TABLE ONLY app_private.user_recovery_codes
    ADD CONSTRAINT user_recovery_codes_pkey PRIMARY KEY (id);

--
-- Name: user_recovery_codes user_recovery_codes_user_id_code_hash_key; Type: CONSTRAINT; Schema: app_private; Owner: hp_owner
--

ALTER TABLE ONLY app_private.user_recovery_codes
    ADD CONSTRAINT user_recovery_codes_user_id_code_hash_key UNIQUE (user_id, code_hash);

--
-- Name: user_secrets user_secrets_pkey; Type: CONSTRAINT; Schema: app_private; Owner: hp_owner
--

ALTER TABLE ONLY app_private.user_secrets
    ADD CONSTRAINT user_secrets_pkey PRIMARY KEY (user_id);

--
-- Name: user_tokens user_tokens_pkey; Type: CONSTRAINT; Schema: app_private; Owner: hp_owner
--

ALTER TABLE ONLY app_private.user_tokens
    ADD CONSTRAINT user_tokens_pkey PRIMARY KEY (id);

--
-- Name: user_tokens user_tokens_token_hash_key; Type: CONSTRAINT; Schema: app_private; Owner: hp_owner
--

ALTER TABLE ONLY app_private.user_tokens
    ADD CONSTRAINT user_tokens_token_hash_key UNIQUE (token_hash);

--
-- Name: consent_tracking consent_tracking_pkey; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.consent_tracking
    ADD CONSTRAINT consent_tracking_pkey PRIMARY KEY (id);

--
-- Name: system_configurations system_configurations_pkey; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.system_configurations
    ADD CONSTRAINT system_configurations_pkey PRIMARY KEY (key);

--
-- Name: user_preferences user_preferences_pkey; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.user_preferences
    ADD CONSTRAINT user_preferences_pkey PRIMARY KEY (user_id);

--
-- Name: user_profiles user_profiles_pkey; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.user_profiles
    ADD CONSTRAINT user_profiles_pkey PRIMARY KEY (user_id);

--
-- Name: user_sessions user_sessions_pkey; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.user_sessions
    ADD CONSTRAINT user_sessions_pkey PRIMARY KEY (id);

--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.users
    ADD CONSTRAINT users_email_key UNIQUE (email);

--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);

--
-- Name: connect_sessions_expire_idx; Type: INDEX; Schema: app_private; Owner: hp_owner
--

CREATE INDEX connect_sessions_expire_idx ON app_private.connect_sessions USING btree (expire);

--
-- Name: notification_outbox_pending_idx; Type: INDEX; Schema: app_private; Owner: hp_owner
--

CREATE INDEX notification_outbox_pending_idx ON app_private.notification_outbox USING btree (created_at) WHERE (status = 'pending'::app_private.outbox_status);

--
-- Name: notification_outbox_user_idx; Type: INDEX; Schema: app_private; Owner: hp_owner
--

CREATE INDEX notification_outbox_user_idx ON app_private.notification_outbox USING btree (user_id, created_at DESC);

--
-- Name: user_tokens_user_purpose_idx; Type: INDEX; Schema: app_private; Owner: hp_owner
--

CREATE INDEX user_tokens_user_purpose_idx ON app_private.user_tokens USING btree (user_id, purpose, created_at DESC);

--
-- Name: consent_tracking_current_idx; Type: INDEX; Schema: app_public; Owner: hp_owner
--

CREATE INDEX consent_tracking_current_idx ON app_public.consent_tracking USING btree (user_id, consent_type, recorded_at DESC);

--
-- Name: user_sessions_expires_idx; Type: INDEX; Schema: app_public; Owner: hp_owner
--

CREATE INDEX user_sessions_expires_idx ON app_public.user_sessions USING btree (expires_at);

--
-- Name: user_sessions_user_idx; Type: INDEX; Schema: app_public; Owner: hp_owner
--

CREATE INDEX user_sessions_user_idx ON app_public.user_sessions USING btree (user_id, created_at DESC);

--
-- Name: users_role_idx; Type: INDEX; Schema: app_public; Owner: hp_owner
--

CREATE INDEX users_role_idx ON app_public.users USING btree (role);

--
-- Name: system_configurations _100_set_updated_at; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _100_set_updated_at BEFORE UPDATE ON app_public.system_configurations FOR EACH ROW EXECUTE FUNCTION app_private.tg__set_updated_at();

--
-- Name: user_preferences _100_set_updated_at; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _100_set_updated_at BEFORE UPDATE ON app_public.user_preferences FOR EACH ROW EXECUTE FUNCTION app_private.tg__set_updated_at();

--
-- Name: user_profiles _100_set_updated_at; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _100_set_updated_at BEFORE UPDATE ON app_public.user_profiles FOR EACH ROW EXECUTE FUNCTION app_private.tg__set_updated_at();

--
-- Name: users _100_set_updated_at; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _100_set_updated_at BEFORE UPDATE ON app_public.users FOR EACH ROW EXECUTE FUNCTION app_private.tg__set_updated_at();

--
-- Name: notification_outbox notification_outbox_user_id_fkey; Type: FK CONSTRAINT; Schema: app_private; Owner: hp_owner
--

ALTER TABLE ONLY app_private.notification_outbox
    ADD CONSTRAINT notification_outbox_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_public.users(id) ON DELETE CASCADE;

--
-- Name: session_tokens session_tokens_session_id_fkey; Type: FK CONSTRAINT; Schema: app_private; Owner: hp_owner
--

ALTER TABLE ONLY app_private.session_tokens
    ADD CONSTRAINT session_tokens_session_id_fkey FOREIGN KEY (session_id) REFERENCES app_public.user_sessions(id) ON DELETE CASCADE;

--
-- Name: user_recovery_codes user_recovery_codes_user_id_fkey; Type: FK CONSTRAINT; Schema: app_private; Owner: hp_owner
--

ALTER TABLE ONLY app_private.user_recovery_codes
    ADD CONSTRAINT user_recovery_codes_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_public.users(id) ON DELETE CASCADE;

--
-- Name: user_secrets user_secrets_user_id_fkey; Type: FK CONSTRAINT; Schema: app_private; Owner: hp_owner
--

ALTER TABLE ONLY app_private.user_secrets
    ADD CONSTRAINT user_secrets_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_public.users(id) ON DELETE CASCADE;

--
-- Name: user_tokens user_tokens_user_id_fkey; Type: FK CONSTRAINT; Schema: app_private; Owner: hp_owner
--

ALTER TABLE ONLY app_private.user_tokens
    ADD CONSTRAINT user_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_public.users(id) ON DELETE CASCADE;

--
-- Name: consent_tracking consent_tracking_user_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.consent_tracking
    ADD CONSTRAINT consent_tracking_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_public.users(id) ON DELETE CASCADE;

--
-- Name: user_preferences user_preferences_user_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.user_preferences
    ADD CONSTRAINT user_preferences_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_public.users(id) ON DELETE CASCADE;

--
-- Name: user_profiles user_profiles_user_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.user_profiles
    ADD CONSTRAINT user_profiles_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_public.users(id) ON DELETE CASCADE;

--
-- Name: user_sessions user_sessions_user_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.user_sessions
    ADD CONSTRAINT user_sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_public.users(id) ON DELETE CASCADE;

--
-- Name: connect_sessions The server's session store manages cookie sessions; Type: POLICY; Schema: app_private; Owner: hp_owner
--

CREATE POLICY "The server's session store manages cookie sessions" ON app_private.connect_sessions TO hp_authenticator USING (true) WITH CHECK (true);

--
-- Name: notification_outbox The worker can read messages to deliver; Type: POLICY; Schema: app_private; Owner: hp_owner
--

CREATE POLICY "The worker can read messages to deliver" ON app_private.notification_outbox FOR SELECT TO hp_worker USING (true);

--
-- Name: connect_sessions; Type: ROW SECURITY; Schema: app_private; Owner: hp_owner
--

ALTER TABLE app_private.connect_sessions ENABLE ROW LEVEL SECURITY;

--
-- Name: notification_outbox; Type: ROW SECURITY; Schema: app_private; Owner: hp_owner
--

ALTER TABLE app_private.notification_outbox ENABLE ROW LEVEL SECURITY;

--
-- Name: session_tokens; Type: ROW SECURITY; Schema: app_private; Owner: hp_owner
--

ALTER TABLE app_private.session_tokens ENABLE ROW LEVEL SECURITY;

--
-- Name: user_recovery_codes; Type: ROW SECURITY; Schema: app_private; Owner: hp_owner
--

ALTER TABLE app_private.user_recovery_codes ENABLE ROW LEVEL SECURITY;

--
-- Name: user_secrets; Type: ROW SECURITY; Schema: app_private; Owner: hp_owner
--

ALTER TABLE app_private.user_secrets ENABLE ROW LEVEL SECURITY;

--
-- Name: user_tokens; Type: ROW SECURITY; Schema: app_private; Owner: hp_owner
--

ALTER TABLE app_private.user_tokens ENABLE ROW LEVEL SECURITY;

--
-- Name: system_configurations Admins can change setting values; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Admins can change setting values" ON app_public.system_configurations FOR UPDATE TO hp_admin USING (true);

--
-- Name: users Admins can read every account; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Admins can read every account" ON app_public.users FOR SELECT TO hp_admin USING (true);

--
-- Name: POLICY "Admins can read every account" ON users; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON POLICY "Admins can read every account" ON app_public.users IS 'Accounts hold no clinical data (email, role, status); admins manage them. Profiles and clinical data are not covered by this.';

--
-- Name: system_configurations Admins can read every setting; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Admins can read every setting" ON app_public.system_configurations FOR SELECT TO hp_admin USING (true);

--
-- Name: system_configurations Everyone can read public settings; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Everyone can read public settings" ON app_public.system_configurations FOR SELECT TO hp_anonymous, hp_patient, hp_therapist USING (is_public);

--
-- Name: users Users can read their own account; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Users can read their own account" ON app_public.users FOR SELECT TO hp_patient, hp_therapist, hp_admin USING ((id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: consent_tracking Users can read their own consent history; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Users can read their own consent history" ON app_public.consent_tracking FOR SELECT TO hp_patient, hp_therapist, hp_admin USING ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: user_preferences Users can read their own preferences; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Users can read their own preferences" ON app_public.user_preferences FOR SELECT TO hp_patient, hp_therapist, hp_admin USING ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: user_profiles Users can read their own profile; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Users can read their own profile" ON app_public.user_profiles FOR SELECT TO hp_patient, hp_therapist, hp_admin USING ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: user_sessions Users can read their own sessions; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Users can read their own sessions" ON app_public.user_sessions FOR SELECT TO hp_patient, hp_therapist, hp_admin USING ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: user_preferences Users can update their own preferences; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Users can update their own preferences" ON app_public.user_preferences FOR UPDATE TO hp_patient, hp_therapist, hp_admin USING ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: user_profiles Users can update their own profile; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Users can update their own profile" ON app_public.user_profiles FOR UPDATE TO hp_patient, hp_therapist, hp_admin USING ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: consent_tracking; Type: ROW SECURITY; Schema: app_public; Owner: hp_owner
--

ALTER TABLE app_public.consent_tracking ENABLE ROW LEVEL SECURITY;

--
-- Name: system_configurations; Type: ROW SECURITY; Schema: app_public; Owner: hp_owner
--

ALTER TABLE app_public.system_configurations ENABLE ROW LEVEL SECURITY;

--
-- Name: user_preferences; Type: ROW SECURITY; Schema: app_public; Owner: hp_owner
--

ALTER TABLE app_public.user_preferences ENABLE ROW LEVEL SECURITY;

--
-- Name: user_profiles; Type: ROW SECURITY; Schema: app_public; Owner: hp_owner
--

ALTER TABLE app_public.user_profiles ENABLE ROW LEVEL SECURITY;

--
-- Name: user_sessions; Type: ROW SECURITY; Schema: app_public; Owner: hp_owner
--

ALTER TABLE app_public.user_sessions ENABLE ROW LEVEL SECURITY;

--
-- Name: users; Type: ROW SECURITY; Schema: app_public; Owner: hp_owner
--

ALTER TABLE app_public.users ENABLE ROW LEVEL SECURITY;

--
-- Name: SCHEMA app_private; Type: ACL; Schema: -; Owner: hp_owner
--

GRANT USAGE ON SCHEMA app_private TO hp_anonymous;
GRANT USAGE ON SCHEMA app_private TO hp_patient;
GRANT USAGE ON SCHEMA app_private TO hp_therapist;
GRANT USAGE ON SCHEMA app_private TO hp_admin;
GRANT USAGE ON SCHEMA app_private TO hp_worker;
GRANT USAGE ON SCHEMA app_private TO hp_authenticator;
GRANT ALL ON SCHEMA app_private TO hp_definer;

--
-- Name: SCHEMA app_public; Type: ACL; Schema: -; Owner: hp_owner
--

GRANT USAGE ON SCHEMA app_public TO hp_anonymous;
GRANT USAGE ON SCHEMA app_public TO hp_patient;
GRANT USAGE ON SCHEMA app_public TO hp_therapist;
GRANT USAGE ON SCHEMA app_public TO hp_admin;
GRANT USAGE ON SCHEMA app_public TO hp_worker;
GRANT USAGE ON SCHEMA app_public TO hp_authenticator;
GRANT ALL ON SCHEMA app_public TO hp_definer;

--
-- Name: FUNCTION assign_definer_functions(); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.assign_definer_functions() FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.assign_definer_functions() TO hp_definer;

--
-- Name: FUNCTION base32_encode(data bytea); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.base32_encode(data bytea) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.base32_encode(data bytea) TO hp_definer;

--
-- Name: FUNCTION change_password(session_id uuid, new_hash text); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.change_password(session_id uuid, new_hash text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.change_password(session_id uuid, new_hash text) TO hp_authenticator;

--
-- Name: FUNCTION check_second_factor(user_id uuid, code text); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.check_second_factor(user_id uuid, code text) FROM PUBLIC;

--
-- Name: FUNCTION cleanup_expired_sessions(); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.cleanup_expired_sessions() FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.cleanup_expired_sessions() TO hp_worker;

--
-- Name: FUNCTION consume_token(token text, purpose app_private.user_token_purpose); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.consume_token(token text, purpose app_private.user_token_purpose) FROM PUBLIC;

--
-- Name: FUNCTION has_consent(user_id uuid, consent app_public.consent_type_enum); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.has_consent(user_id uuid, consent app_public.consent_type_enum) FROM PUBLIC;

--
-- Name: FUNCTION is_valid_timezone(tz text); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.is_valid_timezone(tz text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.is_valid_timezone(tz text) TO hp_definer;
GRANT ALL ON FUNCTION app_private.is_valid_timezone(tz text) TO hp_anonymous;
GRANT ALL ON FUNCTION app_private.is_valid_timezone(tz text) TO hp_patient;
GRANT ALL ON FUNCTION app_private.is_valid_timezone(tz text) TO hp_therapist;
GRANT ALL ON FUNCTION app_private.is_valid_timezone(tz text) TO hp_admin;
GRANT ALL ON FUNCTION app_private.is_valid_timezone(tz text) TO hp_worker;

--
-- Name: FUNCTION issue_token(user_id uuid, purpose app_private.user_token_purpose, ttl interval); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.issue_token(user_id uuid, purpose app_private.user_token_purpose, ttl interval) FROM PUBLIC;

--
-- Name: FUNCTION link(path text, token text); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.link(path text, token text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.link(path text, token text) TO hp_definer;

--
-- Name: FUNCTION login_complete(user_id uuid, password_ok boolean, second_factor text); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.login_complete(user_id uuid, password_ok boolean, second_factor text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.login_complete(user_id uuid, password_ok boolean, second_factor text) TO hp_authenticator;

--
-- Name: FUNCTION login_lookup(email text); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.login_lookup(email text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.login_lookup(email text) TO hp_authenticator;

--
-- Name: FUNCTION new_recovery_codes(user_id uuid); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.new_recovery_codes(user_id uuid) FROM PUBLIC;

--
-- Name: FUNCTION open_session(user_id uuid); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.open_session(user_id uuid) FROM PUBLIC;

--
-- Name: FUNCTION outbox_mark_failed(message_id uuid, error text); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.outbox_mark_failed(message_id uuid, error text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.outbox_mark_failed(message_id uuid, error text) TO hp_worker;

--
-- Name: FUNCTION outbox_mark_sent(message_id uuid, transport text); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.outbox_mark_sent(message_id uuid, transport text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.outbox_mark_sent(message_id uuid, transport text) TO hp_worker;

--
-- Name: FUNCTION password_hash_for_session(session_id uuid); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.password_hash_for_session(session_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.password_hash_for_session(session_id uuid) TO hp_authenticator;

--
-- Name: FUNCTION queue_email(user_id uuid, template text, subject text, body text); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.queue_email(user_id uuid, template text, subject text, body text) FROM PUBLIC;

--
-- Name: FUNCTION random_token(); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.random_token() FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.random_token() TO hp_definer;

--
-- Name: TABLE consent_tracking; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_public.consent_tracking TO hp_definer;
GRANT SELECT ON TABLE app_public.consent_tracking TO hp_patient;
GRANT SELECT ON TABLE app_public.consent_tracking TO hp_therapist;
GRANT SELECT ON TABLE app_public.consent_tracking TO hp_admin;

--
-- Name: FUNCTION record_consent(user_id uuid, consent app_public.consent_type_enum, action app_public.consent_action_enum, document_version text); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.record_consent(user_id uuid, consent app_public.consent_type_enum, action app_public.consent_action_enum, document_version text) FROM PUBLIC;

--
-- Name: FUNCTION record_login_failure(user_id uuid); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.record_login_failure(user_id uuid) FROM PUBLIC;

--
-- Name: FUNCTION register_user(email text, password_hash text, first_name text, last_name text, accepted_terms boolean); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.register_user(email text, password_hash text, first_name text, last_name text, accepted_terms boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.register_user(email text, password_hash text, first_name text, last_name text, accepted_terms boolean) TO hp_authenticator;

--
-- Name: FUNCTION request_ip(); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.request_ip() FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.request_ip() TO hp_definer;
GRANT ALL ON FUNCTION app_private.request_ip() TO hp_authenticator;

--
-- Name: FUNCTION request_user_agent(); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.request_user_agent() FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.request_user_agent() TO hp_definer;
GRANT ALL ON FUNCTION app_private.request_user_agent() TO hp_authenticator;

--
-- Name: FUNCTION reset_password(token text, new_hash text); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.reset_password(token text, new_hash text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.reset_password(token text, new_hash text) TO hp_authenticator;

--
-- Name: FUNCTION revoke_sessions(user_id uuid, reason text, except_session uuid); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.revoke_sessions(user_id uuid, reason text, except_session uuid) FROM PUBLIC;

--
-- Name: FUNCTION send_verification_email(user_id uuid); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.send_verification_email(user_id uuid) FROM PUBLIC;

--
-- Name: FUNCTION session_by_token(token text); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.session_by_token(token text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.session_by_token(token text) TO hp_authenticator;

--
-- Name: TABLE user_sessions; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_public.user_sessions TO hp_definer;
GRANT SELECT ON TABLE app_public.user_sessions TO hp_patient;
GRANT SELECT ON TABLE app_public.user_sessions TO hp_therapist;
GRANT SELECT ON TABLE app_public.user_sessions TO hp_admin;

--
-- Name: FUNCTION session_is_active(session app_public.user_sessions); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.session_is_active(session app_public.user_sessions) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.session_is_active(session app_public.user_sessions) TO hp_definer;

--
-- Name: FUNCTION session_touch(id uuid); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.session_touch(id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.session_touch(id uuid) TO hp_authenticator;

--
-- Name: FUNCTION set_password(user_id uuid, new_hash text); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.set_password(user_id uuid, new_hash text) FROM PUBLIC;

--
-- Name: FUNCTION setting(setting_key text); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.setting(setting_key text) FROM PUBLIC;

--
-- Name: FUNCTION setting_int(setting_key text); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.setting_int(setting_key text) FROM PUBLIC;

--
-- Name: FUNCTION setting_interval(setting_key text); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.setting_interval(setting_key text) FROM PUBLIC;

--
-- Name: FUNCTION setting_text(setting_key text); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.setting_text(setting_key text) FROM PUBLIC;

--
-- Name: FUNCTION sha256(value text); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.sha256(value text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.sha256(value text) TO hp_definer;

--
-- Name: FUNCTION tg__set_updated_at(); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.tg__set_updated_at() FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.tg__set_updated_at() TO hp_definer;

--
-- Name: FUNCTION token_recently_issued(user_id uuid, purpose app_private.user_token_purpose); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.token_recently_issued(user_id uuid, purpose app_private.user_token_purpose) FROM PUBLIC;

--
-- Name: FUNCTION totp_code(secret bytea, step bigint); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.totp_code(secret bytea, step bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.totp_code(secret bytea, step bigint) TO hp_definer;

--
-- Name: FUNCTION totp_matching_step(secret bytea, code text, after_step bigint); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.totp_matching_step(secret bytea, code text, after_step bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.totp_matching_step(secret bytea, code text, after_step bigint) TO hp_definer;

--
-- Name: FUNCTION url_encode(value text); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.url_encode(value text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.url_encode(value text) TO hp_definer;

--
-- Name: FUNCTION uuid_or_null(value text); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.uuid_or_null(value text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.uuid_or_null(value text) TO hp_definer;
GRANT ALL ON FUNCTION app_private.uuid_or_null(value text) TO hp_anonymous;
GRANT ALL ON FUNCTION app_private.uuid_or_null(value text) TO hp_patient;
GRANT ALL ON FUNCTION app_private.uuid_or_null(value text) TO hp_therapist;
GRANT ALL ON FUNCTION app_private.uuid_or_null(value text) TO hp_admin;
GRANT ALL ON FUNCTION app_private.uuid_or_null(value text) TO hp_worker;

--
-- Name: FUNCTION begin_two_factor_enrolment(); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.begin_two_factor_enrolment() FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.begin_two_factor_enrolment() TO hp_patient;
GRANT ALL ON FUNCTION app_public.begin_two_factor_enrolment() TO hp_therapist;
GRANT ALL ON FUNCTION app_public.begin_two_factor_enrolment() TO hp_admin;

--
-- Name: FUNCTION confirm_two_factor_enrolment(code text); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.confirm_two_factor_enrolment(code text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.confirm_two_factor_enrolment(code text) TO hp_patient;
GRANT ALL ON FUNCTION app_public.confirm_two_factor_enrolment(code text) TO hp_therapist;
GRANT ALL ON FUNCTION app_public.confirm_two_factor_enrolment(code text) TO hp_admin;

--
-- Name: FUNCTION current_consents(); Type: ACL; Schema: app_public; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_public.current_consents() FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.current_consents() TO hp_definer;
GRANT ALL ON FUNCTION app_public.current_consents() TO hp_patient;
GRANT ALL ON FUNCTION app_public.current_consents() TO hp_therapist;
GRANT ALL ON FUNCTION app_public.current_consents() TO hp_admin;

--
-- Name: FUNCTION current_session_id(); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.current_session_id() FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.current_session_id() TO hp_anonymous;
GRANT ALL ON FUNCTION app_public.current_session_id() TO hp_patient;
GRANT ALL ON FUNCTION app_public.current_session_id() TO hp_therapist;
GRANT ALL ON FUNCTION app_public.current_session_id() TO hp_admin;
GRANT ALL ON FUNCTION app_public.current_session_id() TO hp_worker;

--
-- Name: TABLE users; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_public.users TO hp_definer;
GRANT SELECT ON TABLE app_public.users TO hp_patient;
GRANT SELECT ON TABLE app_public.users TO hp_therapist;
GRANT SELECT ON TABLE app_public.users TO hp_admin;

--
-- Name: FUNCTION "current_user"(); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public."current_user"() FROM PUBLIC;
GRANT ALL ON FUNCTION app_public."current_user"() TO hp_anonymous;
GRANT ALL ON FUNCTION app_public."current_user"() TO hp_patient;
GRANT ALL ON FUNCTION app_public."current_user"() TO hp_therapist;
GRANT ALL ON FUNCTION app_public."current_user"() TO hp_admin;
GRANT ALL ON FUNCTION app_public."current_user"() TO hp_worker;

--
-- Name: FUNCTION current_user_id(); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.current_user_id() FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.current_user_id() TO hp_anonymous;
GRANT ALL ON FUNCTION app_public.current_user_id() TO hp_patient;
GRANT ALL ON FUNCTION app_public.current_user_id() TO hp_therapist;
GRANT ALL ON FUNCTION app_public.current_user_id() TO hp_admin;
GRANT ALL ON FUNCTION app_public.current_user_id() TO hp_worker;

--
-- Name: FUNCTION disable_two_factor(code text); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.disable_two_factor(code text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.disable_two_factor(code text) TO hp_patient;
GRANT ALL ON FUNCTION app_public.disable_two_factor(code text) TO hp_therapist;
GRANT ALL ON FUNCTION app_public.disable_two_factor(code text) TO hp_admin;

--
-- Name: FUNCTION forgot_password(email text); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.forgot_password(email text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.forgot_password(email text) TO hp_anonymous;
GRANT ALL ON FUNCTION app_public.forgot_password(email text) TO hp_patient;
GRANT ALL ON FUNCTION app_public.forgot_password(email text) TO hp_therapist;
GRANT ALL ON FUNCTION app_public.forgot_password(email text) TO hp_admin;
GRANT ALL ON FUNCTION app_public.forgot_password(email text) TO hp_worker;

--
-- Name: FUNCTION grant_consent(consent app_public.consent_type_enum, document_version text); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.grant_consent(consent app_public.consent_type_enum, document_version text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.grant_consent(consent app_public.consent_type_enum, document_version text) TO hp_patient;
GRANT ALL ON FUNCTION app_public.grant_consent(consent app_public.consent_type_enum, document_version text) TO hp_therapist;
GRANT ALL ON FUNCTION app_public.grant_consent(consent app_public.consent_type_enum, document_version text) TO hp_admin;

--
-- Name: FUNCTION has_consented(consent app_public.consent_type_enum); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.has_consented(consent app_public.consent_type_enum) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.has_consented(consent app_public.consent_type_enum) TO hp_patient;
GRANT ALL ON FUNCTION app_public.has_consented(consent app_public.consent_type_enum) TO hp_therapist;
GRANT ALL ON FUNCTION app_public.has_consented(consent app_public.consent_type_enum) TO hp_admin;

--
-- Name: FUNCTION logout(); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.logout() FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.logout() TO hp_patient;
GRANT ALL ON FUNCTION app_public.logout() TO hp_therapist;
GRANT ALL ON FUNCTION app_public.logout() TO hp_admin;

--
-- Name: FUNCTION logout_everywhere(); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.logout_everywhere() FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.logout_everywhere() TO hp_patient;
GRANT ALL ON FUNCTION app_public.logout_everywhere() TO hp_therapist;
GRANT ALL ON FUNCTION app_public.logout_everywhere() TO hp_admin;

--
-- Name: FUNCTION resend_verification_email(); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.resend_verification_email() FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.resend_verification_email() TO hp_patient;
GRANT ALL ON FUNCTION app_public.resend_verification_email() TO hp_therapist;
GRANT ALL ON FUNCTION app_public.resend_verification_email() TO hp_admin;

--
-- Name: FUNCTION revoke_session(session_id uuid); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.revoke_session(session_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.revoke_session(session_id uuid) TO hp_patient;
GRANT ALL ON FUNCTION app_public.revoke_session(session_id uuid) TO hp_therapist;
GRANT ALL ON FUNCTION app_public.revoke_session(session_id uuid) TO hp_admin;

--
-- Name: FUNCTION verify_email(token text); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.verify_email(token text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.verify_email(token text) TO hp_anonymous;
GRANT ALL ON FUNCTION app_public.verify_email(token text) TO hp_patient;
GRANT ALL ON FUNCTION app_public.verify_email(token text) TO hp_therapist;
GRANT ALL ON FUNCTION app_public.verify_email(token text) TO hp_admin;
GRANT ALL ON FUNCTION app_public.verify_email(token text) TO hp_worker;

--
-- Name: FUNCTION withdraw_consent(consent app_public.consent_type_enum); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.withdraw_consent(consent app_public.consent_type_enum) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.withdraw_consent(consent app_public.consent_type_enum) TO hp_patient;
GRANT ALL ON FUNCTION app_public.withdraw_consent(consent app_public.consent_type_enum) TO hp_therapist;
GRANT ALL ON FUNCTION app_public.withdraw_consent(consent app_public.consent_type_enum) TO hp_admin;

--
-- Name: TABLE connect_sessions; Type: ACL; Schema: app_private; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_private.connect_sessions TO hp_definer;
GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_private.connect_sessions TO hp_authenticator;

--
-- Name: TABLE notification_outbox; Type: ACL; Schema: app_private; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_private.notification_outbox TO hp_definer;
GRANT SELECT ON TABLE app_private.notification_outbox TO hp_worker;

--
-- Name: TABLE session_tokens; Type: ACL; Schema: app_private; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_private.session_tokens TO hp_definer;

--
-- Name: TABLE user_recovery_codes; Type: ACL; Schema: app_private; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_private.user_recovery_codes TO hp_definer;

--
-- Name: TABLE user_secrets; Type: ACL; Schema: app_private; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_private.user_secrets TO hp_definer;

--
-- Name: TABLE user_tokens; Type: ACL; Schema: app_private; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_private.user_tokens TO hp_definer;

--
-- Name: TABLE system_configurations; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_public.system_configurations TO hp_definer;
GRANT SELECT ON TABLE app_public.system_configurations TO hp_anonymous;
GRANT SELECT ON TABLE app_public.system_configurations TO hp_patient;
GRANT SELECT ON TABLE app_public.system_configurations TO hp_therapist;
GRANT SELECT ON TABLE app_public.system_configurations TO hp_admin;

--
-- Name: COLUMN system_configurations.value; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT UPDATE(value) ON TABLE app_public.system_configurations TO hp_admin;

--
-- Name: TABLE user_preferences; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_public.user_preferences TO hp_definer;
GRANT SELECT ON TABLE app_public.user_preferences TO hp_patient;
GRANT SELECT ON TABLE app_public.user_preferences TO hp_therapist;
GRANT SELECT ON TABLE app_public.user_preferences TO hp_admin;

--
-- Name: COLUMN user_preferences.email_notifications; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT UPDATE(email_notifications) ON TABLE app_public.user_preferences TO hp_patient;
GRANT UPDATE(email_notifications) ON TABLE app_public.user_preferences TO hp_therapist;
GRANT UPDATE(email_notifications) ON TABLE app_public.user_preferences TO hp_admin;

--
-- Name: COLUMN user_preferences.push_notifications; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT UPDATE(push_notifications) ON TABLE app_public.user_preferences TO hp_patient;
GRANT UPDATE(push_notifications) ON TABLE app_public.user_preferences TO hp_therapist;
GRANT UPDATE(push_notifications) ON TABLE app_public.user_preferences TO hp_admin;

--
-- Name: COLUMN user_preferences.daily_reminder_time; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT UPDATE(daily_reminder_time) ON TABLE app_public.user_preferences TO hp_patient;
GRANT UPDATE(daily_reminder_time) ON TABLE app_public.user_preferences TO hp_therapist;
GRANT UPDATE(daily_reminder_time) ON TABLE app_public.user_preferences TO hp_admin;

--
-- Name: COLUMN user_preferences.weekly_summary; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT UPDATE(weekly_summary) ON TABLE app_public.user_preferences TO hp_patient;
GRANT UPDATE(weekly_summary) ON TABLE app_public.user_preferences TO hp_therapist;
GRANT UPDATE(weekly_summary) ON TABLE app_public.user_preferences TO hp_admin;

--
-- Name: COLUMN user_preferences.hide_notification_content; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT UPDATE(hide_notification_content) ON TABLE app_public.user_preferences TO hp_patient;
GRANT UPDATE(hide_notification_content) ON TABLE app_public.user_preferences TO hp_therapist;
GRANT UPDATE(hide_notification_content) ON TABLE app_public.user_preferences TO hp_admin;

--
-- Name: COLUMN user_preferences.theme; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT UPDATE(theme) ON TABLE app_public.user_preferences TO hp_patient;
GRANT UPDATE(theme) ON TABLE app_public.user_preferences TO hp_therapist;
GRANT UPDATE(theme) ON TABLE app_public.user_preferences TO hp_admin;

--
-- Name: COLUMN user_preferences.text_scale; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT UPDATE(text_scale) ON TABLE app_public.user_preferences TO hp_patient;
GRANT UPDATE(text_scale) ON TABLE app_public.user_preferences TO hp_therapist;
GRANT UPDATE(text_scale) ON TABLE app_public.user_preferences TO hp_admin;

--
-- Name: COLUMN user_preferences.reduce_motion; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT UPDATE(reduce_motion) ON TABLE app_public.user_preferences TO hp_patient;
GRANT UPDATE(reduce_motion) ON TABLE app_public.user_preferences TO hp_therapist;
GRANT UPDATE(reduce_motion) ON TABLE app_public.user_preferences TO hp_admin;

--
-- Name: TABLE user_profiles; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_public.user_profiles TO hp_definer;
GRANT SELECT ON TABLE app_public.user_profiles TO hp_patient;
GRANT SELECT ON TABLE app_public.user_profiles TO hp_therapist;
GRANT SELECT ON TABLE app_public.user_profiles TO hp_admin;

--
-- Name: COLUMN user_profiles.first_name; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT UPDATE(first_name) ON TABLE app_public.user_profiles TO hp_patient;
GRANT UPDATE(first_name) ON TABLE app_public.user_profiles TO hp_therapist;
GRANT UPDATE(first_name) ON TABLE app_public.user_profiles TO hp_admin;

--
-- Name: COLUMN user_profiles.last_name; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT UPDATE(last_name) ON TABLE app_public.user_profiles TO hp_patient;
GRANT UPDATE(last_name) ON TABLE app_public.user_profiles TO hp_therapist;
GRANT UPDATE(last_name) ON TABLE app_public.user_profiles TO hp_admin;

--
-- Name: COLUMN user_profiles.preferred_name; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT UPDATE(preferred_name) ON TABLE app_public.user_profiles TO hp_patient;
GRANT UPDATE(preferred_name) ON TABLE app_public.user_profiles TO hp_therapist;
GRANT UPDATE(preferred_name) ON TABLE app_public.user_profiles TO hp_admin;

--
-- Name: COLUMN user_profiles.pronouns; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT UPDATE(pronouns) ON TABLE app_public.user_profiles TO hp_patient;
GRANT UPDATE(pronouns) ON TABLE app_public.user_profiles TO hp_therapist;
GRANT UPDATE(pronouns) ON TABLE app_public.user_profiles TO hp_admin;

--
-- Name: COLUMN user_profiles.date_of_birth; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT UPDATE(date_of_birth) ON TABLE app_public.user_profiles TO hp_patient;
GRANT UPDATE(date_of_birth) ON TABLE app_public.user_profiles TO hp_therapist;
GRANT UPDATE(date_of_birth) ON TABLE app_public.user_profiles TO hp_admin;

--
-- Name: COLUMN user_profiles.gender; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT UPDATE(gender) ON TABLE app_public.user_profiles TO hp_patient;
GRANT UPDATE(gender) ON TABLE app_public.user_profiles TO hp_therapist;
GRANT UPDATE(gender) ON TABLE app_public.user_profiles TO hp_admin;

--
-- Name: COLUMN user_profiles.timezone; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT UPDATE(timezone) ON TABLE app_public.user_profiles TO hp_patient;
GRANT UPDATE(timezone) ON TABLE app_public.user_profiles TO hp_therapist;
GRANT UPDATE(timezone) ON TABLE app_public.user_profiles TO hp_admin;

--
-- Name: COLUMN user_profiles.language; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT UPDATE(language) ON TABLE app_public.user_profiles TO hp_patient;
GRANT UPDATE(language) ON TABLE app_public.user_profiles TO hp_therapist;
GRANT UPDATE(language) ON TABLE app_public.user_profiles TO hp_admin;

--
-- Name: COLUMN user_profiles.country; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT UPDATE(country) ON TABLE app_public.user_profiles TO hp_patient;
GRANT UPDATE(country) ON TABLE app_public.user_profiles TO hp_therapist;
GRANT UPDATE(country) ON TABLE app_public.user_profiles TO hp_admin;

--
-- Name: COLUMN user_profiles.emergency_contact_name; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT UPDATE(emergency_contact_name) ON TABLE app_public.user_profiles TO hp_patient;
GRANT UPDATE(emergency_contact_name) ON TABLE app_public.user_profiles TO hp_therapist;
GRANT UPDATE(emergency_contact_name) ON TABLE app_public.user_profiles TO hp_admin;

--
-- Name: COLUMN user_profiles.emergency_contact_phone; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT UPDATE(emergency_contact_phone) ON TABLE app_public.user_profiles TO hp_patient;
GRANT UPDATE(emergency_contact_phone) ON TABLE app_public.user_profiles TO hp_therapist;
GRANT UPDATE(emergency_contact_phone) ON TABLE app_public.user_profiles TO hp_admin;

--
-- Name: COLUMN user_profiles.emergency_contact_relationship; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT UPDATE(emergency_contact_relationship) ON TABLE app_public.user_profiles TO hp_patient;
GRANT UPDATE(emergency_contact_relationship) ON TABLE app_public.user_profiles TO hp_therapist;
GRANT UPDATE(emergency_contact_relationship) ON TABLE app_public.user_profiles TO hp_admin;

--
-- Name: DEFAULT PRIVILEGES FOR SEQUENCES; Type: DEFAULT ACL; Schema: app_private; Owner: hp_owner
--

ALTER DEFAULT PRIVILEGES FOR ROLE hp_owner IN SCHEMA app_private GRANT SELECT,USAGE ON SEQUENCES  TO hp_definer;

--
-- Name: DEFAULT PRIVILEGES FOR FUNCTIONS; Type: DEFAULT ACL; Schema: app_private; Owner: hp_owner
--

ALTER DEFAULT PRIVILEGES FOR ROLE hp_owner IN SCHEMA app_private GRANT ALL ON FUNCTIONS  TO hp_definer;

--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: app_private; Owner: hp_owner
--

ALTER DEFAULT PRIVILEGES FOR ROLE hp_owner IN SCHEMA app_private GRANT SELECT,INSERT,DELETE,UPDATE ON TABLES  TO hp_definer;

--
-- Name: DEFAULT PRIVILEGES FOR SEQUENCES; Type: DEFAULT ACL; Schema: app_public; Owner: hp_owner
--

ALTER DEFAULT PRIVILEGES FOR ROLE hp_owner IN SCHEMA app_public GRANT SELECT,USAGE ON SEQUENCES  TO hp_definer;

--
-- Name: DEFAULT PRIVILEGES FOR FUNCTIONS; Type: DEFAULT ACL; Schema: app_public; Owner: hp_owner
--

ALTER DEFAULT PRIVILEGES FOR ROLE hp_owner IN SCHEMA app_public GRANT ALL ON FUNCTIONS  TO hp_definer;

--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: app_public; Owner: hp_owner
--

ALTER DEFAULT PRIVILEGES FOR ROLE hp_owner IN SCHEMA app_public GRANT SELECT,INSERT,DELETE,UPDATE ON TABLES  TO hp_definer;

--
-- Name: DEFAULT PRIVILEGES FOR FUNCTIONS; Type: DEFAULT ACL; Schema: -; Owner: hp_definer
--

ALTER DEFAULT PRIVILEGES FOR ROLE hp_definer REVOKE ALL ON FUNCTIONS  FROM PUBLIC;

--
-- Name: DEFAULT PRIVILEGES FOR FUNCTIONS; Type: DEFAULT ACL; Schema: -; Owner: hp_owner
--

ALTER DEFAULT PRIVILEGES FOR ROLE hp_owner REVOKE ALL ON FUNCTIONS  FROM PUBLIC;

--
-- PostgreSQL database dump complete
--

