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
-- Name: cbt_technique_enum; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.cbt_technique_enum AS ENUM (
    'cognitive_restructuring',
    'thought_record',
    'behavioral_activation',
    'problem_solving',
    'exposure',
    'mindfulness',
    'gratitude',
    'self_compassion',
    'values_clarification',
    'grounding',
    'relaxation'
);

ALTER TYPE app_public.cbt_technique_enum OWNER TO hp_owner;

--
-- Name: cbt_technique_effect; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.cbt_technique_effect AS (
	cbt_technique app_public.cbt_technique_enum,
	entries integer,
	average_mood_before numeric,
	average_mood_after numeric,
	average_change numeric
);

ALTER TYPE app_public.cbt_technique_effect OWNER TO hp_owner;

--
-- Name: relationship_status_enum; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.relationship_status_enum AS ENUM (
    'pending',
    'active',
    'declined',
    'ended'
);

ALTER TYPE app_public.relationship_status_enum OWNER TO hp_owner;

--
-- Name: therapy_type_enum; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.therapy_type_enum AS ENUM (
    'individual',
    'couples',
    'family',
    'group',
    'psychiatry',
    'counseling'
);

ALTER TYPE app_public.therapy_type_enum OWNER TO hp_owner;

--
-- Name: clinician_summary; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.clinician_summary AS (
	therapist_id uuid,
	relationship_id uuid,
	relationship_type app_public.therapy_type_enum,
	status app_public.relationship_status_enum,
	first_name text,
	last_name text,
	pronouns text
);

ALTER TYPE app_public.clinician_summary OWNER TO hp_owner;

--
-- Name: cognitive_distortion_enum; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.cognitive_distortion_enum AS ENUM (
    'all_or_nothing',
    'overgeneralization',
    'mental_filter',
    'disqualifying_the_positive',
    'mind_reading',
    'fortune_telling',
    'magnification',
    'emotional_reasoning',
    'should_statements',
    'labeling',
    'personalization',
    'blame'
);

ALTER TYPE app_public.cognitive_distortion_enum OWNER TO hp_owner;

--
-- Name: TYPE cognitive_distortion_enum; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TYPE app_public.cognitive_distortion_enum IS 'The standard cognitive distortions (magnification includes catastrophizing).';

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
-- Name: crisis_level_enum; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.crisis_level_enum AS ENUM (
    'none',
    'low',
    'moderate',
    'high',
    'critical'
);

ALTER TYPE app_public.crisis_level_enum OWNER TO hp_owner;

--
-- Name: TYPE crisis_level_enum; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TYPE app_public.crisis_level_enum IS 'How worried a clinician should be about one text: none, low (distress), moderate (passive wish, hopelessness, burden, someone else at risk), high (intent, self-harm, a plan), critical (imminent: intent or plan with a time, means or goodbyes).';

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
-- Name: crisis_assessment; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.crisis_assessment AS (
	crisis_score app_public.normalized_score_domain,
	risk_level app_public.crisis_level_enum,
	signals jsonb
);

ALTER TYPE app_public.crisis_assessment OWNER TO hp_owner;

--
-- Name: TYPE crisis_assessment; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TYPE app_public.crisis_assessment IS 'The detector''s answer: a score from 0 to 1, its level, and the signals behind it, strongest first: [{slug, category, weight, language, matched, base_weight?, base_category?, modifiers?: [{slug, kind, factor}], combinations?: [slug]}].';

--
-- Name: crisis_category_enum; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.crisis_category_enum AS ENUM (
    'suicidal_intent',
    'plan_or_means',
    'preparation_or_farewell',
    'self_harm',
    'hopelessness',
    'perceived_burden',
    'passive_death_wish',
    'distress',
    'timing',
    'third_party_risk',
    'resolve',
    'harassment'
);

ALTER TYPE app_public.crisis_category_enum OWNER TO hp_owner;

--
-- Name: TYPE crisis_category_enum; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TYPE app_public.crisis_category_enum IS 'What a keyword signals. timing (tonight, on Friday) and resolve (I''ve decided, going to do it) weigh (almost) nothing alone: they count in crisis_combinations. third_party_risk is someone else''s risk (my friend wants to die): at most moderate. harassment is telling someone else to die (kys): low, for moderation, not the writer''s own risk.';

--
-- Name: crisis_channel_enum; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.crisis_channel_enum AS ENUM (
    'phone',
    'text',
    'chat',
    'web',
    'emergency'
);

ALTER TYPE app_public.crisis_channel_enum OWNER TO hp_owner;

--
-- Name: crisis_modifier_kind_enum; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.crisis_modifier_kind_enum AS ENUM (
    'negation',
    'idiom',
    'question',
    'third_party',
    'past',
    'recovery',
    'present',
    'academic'
);

ALTER TYPE app_public.crisis_modifier_kind_enum OWNER TO hp_owner;

--
-- Name: TYPE crisis_modifier_kind_enum; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TYPE app_public.crisis_modifier_kind_enum IS 'Where a modifier is looked for, and what it does to a keyword match. negation: in the 6 words just before the match, same clause, not across "and"/"but"; cancels it (only keywords marked negatable). idiom: overlapping the match; cancels it. question: before the match in the same clause ("she asked if..."); cancels it. third_party: before the match in the same clause, with no "I" in between unless quoted; the match becomes third_party_risk, its weight capped at factor (only keywords not marked first_person). past, recovery, academic: anywhere in the same sentence; weight multiplied by factor. present: anywhere in the same sentence (again, relapsed); undoes past and recovery.';

--
-- Name: crisis_source_enum; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.crisis_source_enum AS ENUM (
    'journal_entry',
    'thought_record',
    'gratitude_entry',
    'mood_note',
    'mood_pattern',
    'chat_message'
);

ALTER TYPE app_public.crisis_source_enum OWNER TO hp_owner;

--
-- Name: crisis_support; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.crisis_support AS (
	risk_level app_public.crisis_level_enum,
	message text,
	emergency_guidance text,
	resources jsonb,
	safety_plan jsonb,
	grounding_prompt text
);

ALTER TYPE app_public.crisis_support OWNER TO hp_owner;

--
-- Name: TYPE crisis_support; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TYPE app_public.crisis_support IS 'What to show right away after a worrying text: resources, safety plan, grounding prompt.';

--
-- Name: day_streak; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.day_streak AS (
	current_streak integer,
	longest_streak integer,
	last_date date,
	total_days integer
);

ALTER TYPE app_public.day_streak OWNER TO hp_owner;

--
-- Name: emotion_change; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.emotion_change AS (
	emotion text,
	before integer,
	after integer,
	change integer
);

ALTER TYPE app_public.emotion_change OWNER TO hp_owner;

--
-- Name: escalation_status_enum; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.escalation_status_enum AS ENUM (
    'open',
    'acknowledged',
    'in_progress',
    'resolved',
    'false_positive'
);

ALTER TYPE app_public.escalation_status_enum OWNER TO hp_owner;

--
-- Name: goal_comparison_enum; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.goal_comparison_enum AS ENUM (
    'at_least',
    'at_most'
);

ALTER TYPE app_public.goal_comparison_enum OWNER TO hp_owner;

--
-- Name: goal_status_enum; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.goal_status_enum AS ENUM (
    'active',
    'paused',
    'archived'
);

ALTER TYPE app_public.goal_status_enum OWNER TO hp_owner;

--
-- Name: gratitude_category_enum; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.gratitude_category_enum AS ENUM (
    'people',
    'experiences',
    'self',
    'nature',
    'health',
    'work',
    'growth',
    'other'
);

ALTER TYPE app_public.gratitude_category_enum OWNER TO hp_owner;

--
-- Name: insight_period_enum; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.insight_period_enum AS ENUM (
    'week',
    'month'
);

ALTER TYPE app_public.insight_period_enum OWNER TO hp_owner;

--
-- Name: journal_research_cell; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.journal_research_cell AS (
	week_start date,
	cbt_technique app_public.cbt_technique_enum,
	patients integer,
	entries integer,
	average_mood_change numeric
);

ALTER TYPE app_public.journal_research_cell OWNER TO hp_owner;

--
-- Name: privacy_level_enum; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.privacy_level_enum AS ENUM (
    'private',
    'shared_with_therapist',
    'anonymous_research'
);

ALTER TYPE app_public.privacy_level_enum OWNER TO hp_owner;

--
-- Name: TYPE privacy_level_enum; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TYPE app_public.privacy_level_enum IS 'private: the author only. shared_with_therapist: also the therapists the access rule lets in (logged). anonymous_research: the author only; counts feed research statistics, the words never do.';

--
-- Name: journal_search_result; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.journal_search_result AS (
	entry_id uuid,
	title text,
	snippet text,
	rank real,
	privacy_level app_public.privacy_level_enum,
	created_at timestamp with time zone
);

ALTER TYPE app_public.journal_search_result OWNER TO hp_owner;

--
-- Name: mood_average; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.mood_average AS (
	window_days integer,
	entries integer,
	overall_mood numeric,
	energy_level numeric,
	anxiety_level numeric,
	stress_level numeric,
	sleep_hours numeric
);

ALTER TYPE app_public.mood_average OWNER TO hp_owner;

--
-- Name: mood_dimension_enum; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.mood_dimension_enum AS ENUM (
    'overall_mood',
    'energy_level',
    'anxiety_level',
    'stress_level',
    'sleep_hours'
);

ALTER TYPE app_public.mood_dimension_enum OWNER TO hp_owner;

--
-- Name: TYPE mood_dimension_enum; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TYPE app_public.mood_dimension_enum IS 'The measured dimensions of a check-in.';

--
-- Name: mood_correlation; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.mood_correlation AS (
	dimension app_public.mood_dimension_enum,
	compared_with app_public.mood_dimension_enum,
	pairs integer,
	correlation numeric,
	strength text
);

ALTER TYPE app_public.mood_correlation OWNER TO hp_owner;

--
-- Name: mood_goal_kind_enum; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.mood_goal_kind_enum AS ENUM (
    'average',
    'days'
);

ALTER TYPE app_public.mood_goal_kind_enum OWNER TO hp_owner;

--
-- Name: TYPE mood_goal_kind_enum; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TYPE app_public.mood_goal_kind_enum IS 'average: the window''s average meets the target; days: at least required_days days in the window meet it.';

--
-- Name: mood_goal_progress; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.mood_goal_progress AS (
	window_start date,
	window_end date,
	days_logged integer,
	days_meeting integer,
	current_value numeric,
	met boolean,
	fraction numeric
);

ALTER TYPE app_public.mood_goal_progress OWNER TO hp_owner;

--
-- Name: TYPE mood_goal_progress; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TYPE app_public.mood_goal_progress IS 'Where a goal stands over its window: days with a value, days meeting the target, the window''s average, met or not, and progress from 0 to 1.';

--
-- Name: mood_goal_suggestion; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.mood_goal_suggestion AS (
	suggestion text,
	suggested_target numeric,
	suggested_required_days integer,
	reason text
);

ALTER TYPE app_public.mood_goal_suggestion OWNER TO hp_owner;

--
-- Name: mood_pattern_enum; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.mood_pattern_enum AS ENUM (
    'weekday_dip',
    'low_sleep_low_mood',
    'declining_trend',
    'sustained_low_mood'
);

ALTER TYPE app_public.mood_pattern_enum OWNER TO hp_owner;

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
-- Name: mood_streak; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.mood_streak AS (
	current_streak integer,
	longest_streak integer,
	last_entry_date date,
	total_entries integer
);

ALTER TYPE app_public.mood_streak OWNER TO hp_owner;

--
-- Name: mood_trend; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.mood_trend AS (
	dimension app_public.mood_dimension_enum,
	window_days integer,
	entries integer,
	slope_per_day numeric,
	change_over_window numeric,
	r_squared numeric,
	direction text
);

ALTER TYPE app_public.mood_trend OWNER TO hp_owner;

--
-- Name: mood_week; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.mood_week AS (
	week_start date,
	entries integer,
	average_mood numeric,
	average_energy numeric,
	average_anxiety numeric,
	average_stress numeric,
	average_sleep numeric
);

ALTER TYPE app_public.mood_week OWNER TO hp_owner;

--
-- Name: mood_weekday; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.mood_weekday AS (
	iso_weekday integer,
	weekday text,
	entries integer,
	average_mood numeric,
	difference_from_overall numeric
);

ALTER TYPE app_public.mood_weekday OWNER TO hp_owner;

--
-- Name: patient_summary; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.patient_summary AS (
	patient_id uuid,
	relationship_id uuid,
	relationship_type app_public.therapy_type_enum,
	since date,
	first_name text,
	last_name text,
	preferred_name text,
	pronouns text,
	age integer,
	timezone text,
	language text,
	country text
);

ALTER TYPE app_public.patient_summary OWNER TO hp_owner;

--
-- Name: prompt_category_enum; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.prompt_category_enum AS ENUM (
    'daily_reflection',
    'gratitude',
    'cbt',
    'mindfulness',
    'self_compassion',
    'relationships',
    'values_and_goals',
    'crisis_grounding'
);

ALTER TYPE app_public.prompt_category_enum OWNER TO hp_owner;

--
-- Name: prompt_difficulty_enum; Type: TYPE; Schema: app_public; Owner: hp_owner
--

CREATE TYPE app_public.prompt_difficulty_enum AS ENUM (
    'gentle',
    'moderate',
    'deep'
);

ALTER TYPE app_public.prompt_difficulty_enum OWNER TO hp_owner;

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
-- Name: accept_patient_text(app_public.crisis_source_enum, uuid, uuid, text, text); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.accept_patient_text(source app_public.crisis_source_enum, user_id uuid, source_id uuid, content text, also_screen text DEFAULT NULL::text) RETURNS void
    LANGUAGE plpgsql
    AS $$
begin
  if content is null or btrim(content, E' \t\r\n') = '' then
    raise exception 'There is nothing written (%)', replace(source::text, '_', ' ') using errcode = 'EMPTY';
  end if;
  perform app_private.screen_patient_text(source, user_id, source_id, concat_ws(E'\n', also_screen, content));
end;
$$;

ALTER FUNCTION app_private.accept_patient_text(source app_public.crisis_source_enum, user_id uuid, source_id uuid, content text, also_screen text) OWNER TO hp_owner;

--
-- Name: FUNCTION accept_patient_text(source app_public.crisis_source_enum, user_id uuid, source_id uuid, content text, also_screen text); Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON FUNCTION app_private.accept_patient_text(source app_public.crisis_source_enum, user_id uuid, source_id uuid, content text, also_screen text) IS 'The one door every patient-written text goes through: refuses an empty main text (EMPTY), then screens it (with any other text of the row, such as a title) for crisis language.';

SET default_tablespace = '';

SET default_table_access_method = heap;

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
-- Name: active_session(); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.active_session() RETURNS SETOF app_public.user_sessions
    LANGUAGE sql STABLE
    AS $$
  select s.* from app_public.user_sessions s
  where s.id = app_private.uuid_or_null(current_setting('happy_path.session_id', true))
    and app_private.session_is_active(s)
$$;

ALTER FUNCTION app_private.active_session() OWNER TO hp_owner;

--
-- Name: FUNCTION active_session(); Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON FUNCTION app_private.active_session() IS 'The session named by happy_path.session_id, if usable. Inlined into current_session_id() and current_user_id().';

--
-- Name: append_audit(text, text, uuid, jsonb, jsonb, uuid); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.append_audit(action text, table_name text, record_id uuid, old_values jsonb, new_values jsonb, acting_user uuid DEFAULT NULL::uuid) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
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

ALTER FUNCTION app_private.append_audit(action text, table_name text, record_id uuid, old_values jsonb, new_values jsonb, acting_user uuid) OWNER TO hp_definer;

--
-- Name: FUNCTION append_audit(action text, table_name text, record_id uuid, old_values jsonb, new_values jsonb, acting_user uuid); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.append_audit(action text, table_name text, record_id uuid, old_values jsonb, new_values jsonb, acting_user uuid) IS 'The only way into the audit trail: appends one row to the chain, with the request facts the server set for this transaction.';

--
-- Name: are_tags(text[]); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.are_tags(tags text[]) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $_$
  select coalesce(bool_and(t ~ '^[a-z0-9][a-z0-9 _-]{0,39}$'), true) from unnest(tags) t
$_$;

ALTER FUNCTION app_private.are_tags(tags text[]) OWNER TO hp_owner;

--
-- Name: FUNCTION are_tags(tags text[]); Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON FUNCTION app_private.are_tags(tags text[]) IS 'Short lowercase tags: letters, digits, space, _ and -, at most 40 characters.';

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
-- Name: audit_event(text, uuid, jsonb); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.audit_event(action text, acting_user uuid, details jsonb DEFAULT NULL::jsonb) RETURNS void
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select app_private.append_audit(action, null, null, null, details, acting_user)
$$;

ALTER FUNCTION app_private.audit_event(action text, acting_user uuid, details jsonb) OWNER TO hp_definer;

--
-- Name: FUNCTION audit_event(action text, acting_user uuid, details jsonb); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.audit_event(action text, acting_user uuid, details jsonb) IS 'Records a security event that is not a row change: login, login_failed, logout, logout_everywhere, password_changed, two_factor_*.';

--
-- Name: audit_genesis_hash(); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.audit_genesis_hash() RETURNS bytea
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
  select public.digest('happy path audit chain', 'sha256')
$$;

ALTER FUNCTION app_private.audit_genesis_hash() OWNER TO hp_owner;

--
-- Name: audit_redact(jsonb); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.audit_redact(row_values jsonb) RETURNS jsonb
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
  select row_values - array['password_hash', 'token', 'token_hash', 'code_hash', 'totp_secret', 'totp_pending_secret']
$$;

ALTER FUNCTION app_private.audit_redact(row_values jsonb) OWNER TO hp_owner;

--
-- Name: audit_row_hash(bytea, bigint, timestamp with time zone, uuid, uuid, text, text, text, uuid, jsonb, jsonb, inet, text, text); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.audit_row_hash(prev_hash bytea, seq bigint, occurred_at timestamp with time zone, user_id uuid, session_id uuid, actor_role text, action text, table_name text, record_id uuid, old_values jsonb, new_values jsonb, ip_address inet, user_agent text, request_id text) RETURNS bytea
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
  select public.digest(
    prev_hash || convert_to(concat_ws(E'\x1f',
      seq::text, (extract(epoch from occurred_at) * 1000000)::bigint::text,
      coalesce(user_id::text, ''), coalesce(session_id::text, ''), actor_role, action,
      coalesce(table_name, ''), coalesce(record_id::text, ''),
      coalesce(old_values::text, ''), coalesce(new_values::text, ''),
      coalesce(host(ip_address), ''), coalesce(user_agent, ''), coalesce(request_id, '')), 'UTF8'),
    'sha256')
$$;

ALTER FUNCTION app_private.audit_row_hash(prev_hash bytea, seq bigint, occurred_at timestamp with time zone, user_id uuid, session_id uuid, actor_role text, action text, table_name text, record_id uuid, old_values jsonb, new_values jsonb, ip_address inet, user_agent text, request_id text) OWNER TO hp_owner;

--
-- Name: FUNCTION audit_row_hash(prev_hash bytea, seq bigint, occurred_at timestamp with time zone, user_id uuid, session_id uuid, actor_role text, action text, table_name text, record_id uuid, old_values jsonb, new_values jsonb, ip_address inet, user_agent text, request_id text); Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON FUNCTION app_private.audit_row_hash(prev_hash bytea, seq bigint, occurred_at timestamp with time zone, user_id uuid, session_id uuid, actor_role text, action text, table_name text, record_id uuid, old_values jsonb, new_values jsonb, ip_address inet, user_agent text, request_id text) IS 'The chain''s link: sha256 of the previous hash and every field of the row, in a fixed text form (time in epoch microseconds, so no setting changes it).';

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
  perform app_private.audit_event('password_changed', me);
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
-- Name: compute_mood_analytics(integer); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.compute_mood_analytics(days_back integer DEFAULT 35) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
declare
  k integer := coalesce(app_private.setting_int('analytics.min_cell_size'), 10);
  since date := current_date - days_back;
  written integer;
begin
  delete from app_public.mood_analytics where period_start >= date_trunc('week', since)::date;
  with consenting as (
    select e.user_id, e.entry_date, d.dimension, app_private.dimension_value(e, d.dimension) as value
    from app_public.mood_entries e
    cross join unnest(enum_range(null::app_public.mood_dimension_enum)) d (dimension)
    where e.entry_date >= date_trunc('week', since)::date
      and app_private.has_consent(e.user_id, 'research')
  ), observations as (
    select 'day'::text as period_type, entry_date as period_start, dimension, user_id, value from consenting where value is not null
    union all
    select 'week', date_trunc('week', entry_date)::date, dimension, user_id, value from consenting where value is not null
  ), cells as (
    select period_type, period_start, dimension,
           count(distinct user_id) as patients, count(*) as entries,
           round(avg(value), 2) as mean, round(stddev_samp(value), 2) as stddev
    from observations group by 1, 2, 3
  ), buckets as (
    select period_type, period_start, dimension, app_private.mood_bucket(dimension, value) as bucket,
           count(distinct user_id) as patients
    from observations group by 1, 2, 3, 4
  ), distributions as (
    select period_type, period_start, dimension,
           jsonb_object_agg(bucket, case when patients >= k then patients end order by bucket) as distribution
    from buckets group by 1, 2, 3
  )
  insert into app_public.mood_analytics
    (period_type, period_start, dimension, suppressed, patients, entries, mean, stddev, distribution, min_cell_size)
  select c.period_type, c.period_start, c.dimension, c.patients < k,
         case when c.patients >= k then c.patients end,
         case when c.patients >= k then c.entries end,
         case when c.patients >= k then c.mean end,
         case when c.patients >= k then c.stddev end,
         case when c.patients >= k then d.distribution end,
         k
  from cells c join distributions d using (period_type, period_start, dimension);
  get diagnostics written = row_count;
  return written;
end;
$$;

ALTER FUNCTION app_private.compute_mood_analytics(days_back integer) OWNER TO hp_definer;

--
-- Name: FUNCTION compute_mood_analytics(days_back integer); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.compute_mood_analytics(days_back integer) IS 'Nightly: recomputes the anonymized cells of the last days_back days (whole weeks) from research-consenting patients.';

--
-- Name: consent_decision(uuid, app_public.consent_type_enum); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.consent_decision(user_id uuid, consent app_public.consent_type_enum) RETURNS TABLE(action app_public.consent_action_enum, document_version text, recorded_at timestamp with time zone)
    LANGUAGE sql STABLE
    AS $$
  select c.action, c.document_version, c.recorded_at
  from app_public.consent_tracking c
  where c.user_id = consent_decision.user_id and c.consent_type = consent
  order by c.recorded_at desc
  limit 1
$$;

ALTER FUNCTION app_private.consent_decision(user_id uuid, consent app_public.consent_type_enum) OWNER TO hp_owner;

--
-- Name: FUNCTION consent_decision(user_id uuid, consent app_public.consent_type_enum); Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON FUNCTION app_private.consent_decision(user_id uuid, consent app_public.consent_type_enum) IS 'A user''s latest grant or withdrawal of one consent (no row: never decided).';

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
-- Name: crisis_case_patients(); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.crisis_case_patients() RETURNS uuid[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select case when app_private.is_crisis_team_member() then
    coalesce((select array_agg(distinct e.user_id) from app_public.crisis_escalations e
              where e.status in ('open', 'acknowledged', 'in_progress')), '{}')
  else '{}' end
$$;

ALTER FUNCTION app_private.crisis_case_patients() OWNER TO hp_definer;

--
-- Name: FUNCTION crisis_case_patients(); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.crisis_case_patients() IS 'For a crisis team member: the patients with an open case. Empty for everyone else.';

--
-- Name: crisis_fold(text); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.crisis_fold(content text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $_$
  select btrim(regexp_replace(regexp_replace(regexp_replace(
           app_private.search_fold(translate(left(coalesce(content, ''), 20000),
             E'\u00a0\u202f\u2007\u2009\u2019\u2018\u02bc\u00b4\u0060\u201c\u201d\u201e',
             $q$    '''''"""$q$)),
           '([a-z])\1\1+', '\1', 'g'),
           '[\r\n]+', E'\n', 'g'),
           '[ \t\f\v]+', ' ', 'g'), E' \n')
$_$;

ALTER FUNCTION app_private.crisis_fold(content text) OWNER TO hp_owner;

--
-- Name: FUNCTION crisis_fold(content text); Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON FUNCTION app_private.crisis_fold(content text) IS 'The text the crisis detector reads: first 20,000 characters, lower case, unaccented, straight quotes, letters repeated 3+ times shrunk to one, spaces collapsed, line breaks kept.';

--
-- Name: crisis_job_spec(); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.crisis_job_spec() RETURNS TABLE(queue text, priority integer)
    LANGUAGE sql IMMUTABLE
    AS $$
  select 'crisis'::text, -100
$$;

ALTER FUNCTION app_private.crisis_job_spec() OWNER TO hp_owner;

--
-- Name: FUNCTION crisis_job_spec(); Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON FUNCTION app_private.crisis_job_spec() IS 'Crisis jobs: their own graphile-worker queue and the highest priority, so no backlog delays them.';

--
-- Name: crisis_support_for(uuid); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.crisis_support_for(source_id uuid) RETURNS app_public.crisis_support
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select d.risk_level,
         case when d.risk_level >= 'high'
              then 'What you wrote matters, and you don''t have to face this alone. Please reach out to someone now; our care team has been told.'
              else 'It sounds like things are hard right now. Support is here whenever you want it.' end,
         'If you are in immediate danger, call your local emergency number (112 in Europe, 911 in North America, 999 in the UK) or go to the nearest emergency department.',
         (select coalesce(jsonb_agg(jsonb_build_object('name', r.name, 'channel', r.channel, 'contact', r.contact,
                                                         'instructions', r.instructions, 'hours', r.hours, 'url', r.url,
                                                         'country', r.country, 'languages', r.languages)), '[]')
          from app_public.crisis_resources_for(p.country, p.language) r),
         (select to_jsonb(s) - 'id' - 'user_id' - 'authored_by'
          from app_public.safety_plans s where s.user_id = d.user_id order by s.version desc limit 1),
         (app_private.grounding_prompt(d.user_id)).prompt
  from app_public.crisis_detections d
  left join app_public.user_profiles p on p.user_id = d.user_id
  where d.source_id = crisis_support_for.source_id
    and d.user_id = app_public.current_user_id()
  order by d.detected_at desc
  limit 1
$$;

ALTER FUNCTION app_private.crisis_support_for(source_id uuid) OWNER TO hp_definer;

--
-- Name: FUNCTION crisis_support_for(source_id uuid); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.crisis_support_for(source_id uuid) IS 'The support to show for the caller''s own row that raised a detection; null otherwise (and for anyone but its author).';

--
-- Name: day_streak(date[], date); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.day_streak(days date[], today date) RETURNS app_public.day_streak
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
  with distinct_days as (
    select distinct d from unnest(days) d
  ), islands as (
    select d, d - (row_number() over (order by d))::integer as island from distinct_days
  ), runs as (
    select max(d) as last_day, count(*)::integer as length from islands group by island
  )
  select coalesce((select r.length from runs r where r.last_day >= today - 1 order by r.last_day desc limit 1), 0),
         coalesce((select max(r.length) from runs r), 0),
         (select max(r.last_day) from runs r),
         coalesce((select sum(r.length)::integer from runs r), 0)
$$;

ALTER FUNCTION app_private.day_streak(days date[], today date) OWNER TO hp_owner;

--
-- Name: FUNCTION day_streak(days date[], today date); Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON FUNCTION app_private.day_streak(days date[], today date) IS 'Consecutive days in a set of dates: the run alive today (today or yesterday included) and the longest.';

--
-- Name: detect_mood_patterns(uuid); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.detect_mood_patterns(user_id uuid) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
declare
  today date := app_private.local_today(user_id);
  found_patterns jsonb := '[]';
  candidate jsonb;
  opened app_public.mood_patterns;
  changed integer := 0;
begin
  -- weekday_dip: last 8 weeks, at least 14 entries and 4 on the weekday; the lowest
  -- weekday against all the other days.
  with recent as (
    select e.entry_date, e.overall_mood from app_public.mood_entries e
    where e.user_id = detect_mood_patterns.user_id and e.entry_date > today - 56
  ), by_weekday as (
    select extract(isodow from r.entry_date)::integer as dow, sum(r.overall_mood) as total, count(*) as n
    from recent r group by 1 having count(*) >= 4
  ), lowest as (
    select * from by_weekday order by total / n limit 1
  ), everything as (
    select sum(r.overall_mood) as total, count(*) as n from recent r
  )
  select found_patterns || coalesce(jsonb_agg(jsonb_build_object(
           'type', 'weekday_dip',
           'confidence', round(least(1, (rest_avg - day_avg) / 2) * least(1, day_n / 8.0), 4),
           'start', today - 55, 'end', today,
           'details', jsonb_build_object('iso_weekday', dow, 'weekday_average', round(day_avg, 2),
                                         'other_days_average', round(rest_avg, 2), 'entries', day_n))), '[]')
    into found_patterns
  from (
    select l.dow, l.total / l.n as day_avg, l.n as day_n, (e.total - l.total) / (e.n - l.n) as rest_avg, e.n as all_n
    from lowest l, everything e
    where e.n > l.n
  ) w
  where all_n >= 14 and rest_avg - day_avg >= 1;

  -- low_sleep_low_mood: last 60 days; at least 5 short nights and 5 others.
  select found_patterns || coalesce(jsonb_agg(jsonb_build_object(
           'type', 'low_sleep_low_mood',
           'confidence', round(least(1, (rested - tired) / 2) * least(1, least(short_n, other_n) / 10.0), 4),
           'start', first_day, 'end', last_day,
           'details', jsonb_build_object('after_short_sleep', round(tired, 2), 'after_enough_sleep', round(rested, 2),
                                         'short_nights', short_n, 'other_nights', other_n))), '[]')
    into found_patterns
  from (
    select avg(e.overall_mood) filter (where e.sleep_hours < 6) as tired,
           avg(e.overall_mood) filter (where e.sleep_hours >= 6) as rested,
           count(*) filter (where e.sleep_hours < 6) as short_n,
           count(*) filter (where e.sleep_hours >= 6) as other_n,
           min(e.entry_date) as first_day, max(e.entry_date) as last_day
    from app_public.mood_entries e
    where e.user_id = detect_mood_patterns.user_id and e.entry_date > today - 60 and e.sleep_hours is not null
  ) s
  where short_n >= 5 and other_n >= 5 and rested - tired >= 1;

  -- declining_trend: last 14 days, at least 7 entries, about 2+ points lost, r² >= 0.3.
  select found_patterns || coalesce(jsonb_agg(jsonb_build_object(
           'type', 'declining_trend',
           'confidence', round((least(1, -slope * 14 / 4) * least(1, r2 / 0.6))::numeric, 4),
           'start', first_day, 'end', last_day,
           'details', jsonb_build_object('slope_per_day', round(slope::numeric, 3), 'r_squared', round(r2::numeric, 3), 'entries', n))), '[]')
    into found_patterns
  from (
    select regr_slope(e.overall_mood, e.entry_date - today) as slope, regr_r2(e.overall_mood, e.entry_date - today) as r2,
           count(*) as n, min(e.entry_date) as first_day, max(e.entry_date) as last_day
    from app_public.mood_entries e
    where e.user_id = detect_mood_patterns.user_id and e.entry_date > today - 14
  ) t
  where n >= 7 and slope * 14 <= -2 and r2 >= 0.3;

  -- sustained_low_mood: three or more days at mood 1-2 within the last 7 days.
  select found_patterns || coalesce(jsonb_agg(jsonb_build_object(
           'type', 'sustained_low_mood',
           'confidence', case when low_days >= 5 then 1 when low_days = 4 then 0.9 else 0.8 end,
           'start', first_day, 'end', last_day,
           'details', jsonb_build_object('low_days', low_days))), '[]')
    into found_patterns
  from (
    select count(*) as low_days, min(e.entry_date) as first_day, max(e.entry_date) as last_day
    from app_public.mood_entries e
    where e.user_id = detect_mood_patterns.user_id and e.entry_date > today - 7 and e.overall_mood <= 2
  ) l
  where low_days >= 3;

  -- Open or refresh what holds now.
  for candidate in select * from jsonb_array_elements(found_patterns) loop
    update app_public.mood_patterns p
      set confidence = (candidate ->> 'confidence')::numeric, evidence_start = (candidate ->> 'start')::date,
          evidence_end = (candidate ->> 'end')::date, details = candidate -> 'details', last_detected_at = now()
      where p.user_id = detect_mood_patterns.user_id and p.pattern_type = (candidate ->> 'type')::app_public.mood_pattern_enum
        and p.resolved_at is null;
    if not found then
      insert into app_public.mood_patterns (user_id, pattern_type, confidence, evidence_start, evidence_end, details, concerning)
        values (detect_mood_patterns.user_id, (candidate ->> 'type')::app_public.mood_pattern_enum,
                (candidate ->> 'confidence')::numeric, (candidate ->> 'start')::date, (candidate ->> 'end')::date,
                candidate -> 'details', candidate ->> 'type' in ('declining_trend', 'sustained_low_mood'))
        returning * into opened;
      if opened.concerning then
        perform app_private.on_concerning_mood_pattern(opened.id);
      end if;
    end if;
    changed := changed + 1;
  end loop;

  -- Resolve what no longer holds.
  update app_public.mood_patterns p set resolved_at = now()
    where p.user_id = detect_mood_patterns.user_id and p.resolved_at is null
      and not exists (select 1 from jsonb_array_elements(found_patterns) c
                      where c ->> 'type' = p.pattern_type::text);
  return changed;
end;
$$;

ALTER FUNCTION app_private.detect_mood_patterns(user_id uuid) OWNER TO hp_definer;

--
-- Name: FUNCTION detect_mood_patterns(user_id uuid); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.detect_mood_patterns(user_id uuid) IS 'Detects the four patterns for one patient, opens, refreshes or resolves mood_patterns rows; returns how many hold now. Safe to repeat.';

--
-- Name: current_user_id(); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public.current_user_id() RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select s.user_id from app_private.active_session() s
$$;

ALTER FUNCTION app_public.current_user_id() OWNER TO hp_definer;

--
-- Name: FUNCTION current_user_id(); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public.current_user_id() IS 'The user behind the caller''s usable session, or NULL. Policies call it as (select app_public.current_user_id()) so it runs once per query.';

--
-- Name: mood_entries; Type: TABLE; Schema: app_public; Owner: hp_owner
--

CREATE TABLE app_public.mood_entries (
    id uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    user_id uuid DEFAULT app_public.current_user_id() NOT NULL,
    entry_date date NOT NULL,
    overall_mood app_public.mood_scale_domain NOT NULL,
    energy_level app_public.mood_scale_domain,
    anxiety_level app_public.mood_scale_domain,
    stress_level app_public.mood_scale_domain,
    sleep_hours numeric(3,1),
    notes text,
    activities text[] DEFAULT '{}'::text[] NOT NULL,
    checked_in_at timestamp with time zone DEFAULT now() NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT activities_are_short_tags CHECK (((cardinality(activities) <= 20) AND app_private.are_tags(activities))),
    CONSTRAINT notes_at_most_5000_characters CHECK ((length(notes) <= 5000)),
    CONSTRAINT sleep_hours_within_a_day CHECK (((sleep_hours >= (0)::numeric) AND (sleep_hours <= (24)::numeric)))
);

ALTER TABLE ONLY app_public.mood_entries FORCE ROW LEVEL SECURITY;

ALTER TABLE app_public.mood_entries OWNER TO hp_owner;

--
-- Name: TABLE mood_entries; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TABLE app_public.mood_entries IS 'Daily check-ins, one per patient per local day. The unique (user_id, entry_date) index serves every per-patient time query.';

--
-- Name: COLUMN mood_entries.entry_date; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON COLUMN app_public.mood_entries.entry_date IS 'The patient''s local date (profile timezone); never in the future.';

--
-- Name: COLUMN mood_entries.sleep_hours; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON COLUMN app_public.mood_entries.sleep_hours IS 'Hours slept the night before the check-in, 0 to 24.';

--
-- Name: COLUMN mood_entries.activities; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON COLUMN app_public.mood_entries.activities IS 'What the patient did (short lowercase tags such as exercise, work, friends).';

--
-- Name: COLUMN mood_entries.checked_in_at; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON COLUMN app_public.mood_entries.checked_in_at IS 'When the check-in was made (the latest, when updated the same day).';

--
-- Name: dimension_value(app_public.mood_entries, app_public.mood_dimension_enum); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.dimension_value(entry app_public.mood_entries, dimension app_public.mood_dimension_enum) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
  select case dimension
    when 'overall_mood' then entry.overall_mood
    when 'energy_level' then entry.energy_level
    when 'anxiety_level' then entry.anxiety_level
    when 'stress_level' then entry.stress_level
    when 'sleep_hours' then entry.sleep_hours
  end
$$;

ALTER FUNCTION app_private.dimension_value(entry app_public.mood_entries, dimension app_public.mood_dimension_enum) OWNER TO hp_owner;

--
-- Name: email_for_reset_token(text); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.email_for_reset_token(token text) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select u.email from app_private.user_tokens t join app_public.users u on u.id = t.user_id
  where t.token_hash = app_private.sha256(token) and t.purpose = 'reset_password'
    and t.used_at is null and t.expires_at > now() and length(token) between 20 and 200
$$;

ALTER FUNCTION app_private.email_for_reset_token(token text) OWNER TO hp_definer;

--
-- Name: email_for_session(uuid); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.email_for_session(session_id uuid) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select u.email from app_public.user_sessions s join app_public.users u on u.id = s.user_id
  where s.id = email_for_session.session_id and app_private.session_is_active(s)
$$;

ALTER FUNCTION app_private.email_for_session(session_id uuid) OWNER TO hp_definer;

--
-- Name: ensure_audit_partitions(integer); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.ensure_audit_partitions(months_ahead integer DEFAULT 3) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
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

ALTER FUNCTION app_private.ensure_audit_partitions(months_ahead integer) OWNER TO hp_definer;

--
-- Name: FUNCTION ensure_audit_partitions(months_ahead integer); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.ensure_audit_partitions(months_ahead integer) IS 'Creates the audit partitions for this month and the next months_ahead months (UTC). Run daily by the worker; returns how many it created.';

--
-- Name: escalate_overdue_cases(); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.escalate_overdue_cases() RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
declare
  e app_public.crisis_escalations;
  moved integer := 0;
begin
  for e in
    select * from app_public.crisis_escalations
    where status = 'open' and response_due_at <= now()
    order by response_due_at
    for update skip locked
  loop
    update app_public.crisis_escalations
      set tier = tier + 1, response_due_at = now() + app_private.response_window(risk_level)
      where id = e.id;
    perform app_private.audit_event('crisis_escalated', null,
      jsonb_build_object('escalation_id', e.id, 'from_tier', e.tier, 'to_tier', e.tier + 1));
    perform app_private.notify_escalation(e.id);
    moved := moved + 1;
  end loop;
  return moved;
end;
$$;

ALTER FUNCTION app_private.escalate_overdue_cases() OWNER TO hp_definer;

--
-- Name: FUNCTION escalate_overdue_cases(); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.escalate_overdue_cases() IS 'Every minute: an open case past its deadline goes to the next tier, with a new deadline and new notifications.';

--
-- Name: mood_goals; Type: TABLE; Schema: app_public; Owner: hp_owner
--

CREATE TABLE app_public.mood_goals (
    id uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    user_id uuid DEFAULT app_public.current_user_id() NOT NULL,
    title text NOT NULL,
    dimension app_public.mood_dimension_enum NOT NULL,
    kind app_public.mood_goal_kind_enum NOT NULL,
    comparison app_public.goal_comparison_enum DEFAULT 'at_least'::app_public.goal_comparison_enum NOT NULL,
    target numeric(3,1) NOT NULL,
    window_days integer NOT NULL,
    required_days integer,
    status app_public.goal_status_enum DEFAULT 'active'::app_public.goal_status_enum NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT days_goals_count_days CHECK ((((kind = 'days'::app_public.mood_goal_kind_enum) = (required_days IS NOT NULL)) AND ((required_days IS NULL) OR ((required_days >= 1) AND (required_days <= window_days))))),
    CONSTRAINT target_on_the_dimension_scale CHECK (
CASE
    WHEN (dimension = 'sleep_hours'::app_public.mood_dimension_enum) THEN ((target >= (0)::numeric) AND (target <= (24)::numeric))
    ELSE ((target >= (1)::numeric) AND (target <= (10)::numeric))
END),
    CONSTRAINT title_length CHECK (((length(TRIM(BOTH FROM title)) >= 1) AND (length(TRIM(BOTH FROM title)) <= 120))),
    CONSTRAINT window_from_3_to_90_days CHECK (((window_days >= 3) AND (window_days <= 90)))
);

ALTER TABLE ONLY app_public.mood_goals FORCE ROW LEVEL SECURITY;

ALTER TABLE app_public.mood_goals OWNER TO hp_owner;

--
-- Name: TABLE mood_goals; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TABLE app_public.mood_goals IS 'Personal targets over a rolling window of days. Progress is computed, not stored.';

--
-- Name: goal_progress(app_public.mood_goals, date); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.goal_progress(goal app_public.mood_goals, window_end date) RETURNS app_public.mood_goal_progress
    LANGUAGE sql STABLE
    AS $$
  with window_values as (
    select app_private.dimension_value(e, goal.dimension) as value
    from app_public.mood_entries e
    where e.user_id = goal.user_id
      and e.entry_date between window_end - (goal.window_days - 1) and window_end
  ), summary as (
    select count(value)::integer as logged,
           count(*) filter (where case goal.comparison when 'at_least' then value >= goal.target else value <= goal.target end)::integer as meeting,
           round(avg(value), 2) as average
    from window_values
  )
  select window_end - (goal.window_days - 1), window_end, s.logged, s.meeting, s.average,
         case goal.kind
           when 'days' then s.meeting >= goal.required_days
           -- An average needs data on at least half the window to count.
           else s.logged * 2 >= goal.window_days
                and case goal.comparison when 'at_least' then s.average >= goal.target else s.average <= goal.target end
         end,
         round(least(1, greatest(0, case goal.kind
           when 'days' then s.meeting::numeric / goal.required_days
           else case when s.average is null then 0
                     when goal.comparison = 'at_least' then s.average / nullif(goal.target, 0)
                     else coalesce(goal.target / nullif(s.average, 0), 1) end
         end)), 2)
  from summary s
$$;

ALTER FUNCTION app_private.goal_progress(goal app_public.mood_goals, window_end date) OWNER TO hp_owner;

--
-- Name: FUNCTION goal_progress(goal app_public.mood_goals, window_end date); Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON FUNCTION app_private.goal_progress(goal app_public.mood_goals, window_end date) IS 'A goal''s progress over the window ending on window_end.';

--
-- Name: journal_prompts; Type: TABLE; Schema: app_public; Owner: hp_owner
--

CREATE TABLE app_public.journal_prompts (
    id uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    slug text NOT NULL,
    category app_public.prompt_category_enum NOT NULL,
    cbt_technique app_public.cbt_technique_enum,
    difficulty app_public.prompt_difficulty_enum NOT NULL,
    locale text NOT NULL,
    is_crisis boolean DEFAULT false NOT NULL,
    prompt text NOT NULL,
    guidance text,
    is_active boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT crisis_prompts_are_grounding CHECK ((is_crisis = (category = 'crisis_grounding'::app_public.prompt_category_enum))),
    CONSTRAINT guidance_length CHECK ((length(guidance) <= 300)),
    CONSTRAINT locale_format CHECK ((locale ~ '^[a-z]{2}$'::text)),
    CONSTRAINT prompt_length CHECK (((length(prompt) >= 10) AND (length(prompt) <= 400))),
    CONSTRAINT slug_format CHECK (((slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'::text) AND (length(slug) <= 80))),
    CONSTRAINT technique_for_cbt_and_grounding CHECK (((category <> ALL (ARRAY['cbt'::app_public.prompt_category_enum, 'crisis_grounding'::app_public.prompt_category_enum])) OR (cbt_technique IS NOT NULL)))
);

ALTER TABLE ONLY app_public.journal_prompts FORCE ROW LEVEL SECURITY;

ALTER TABLE app_public.journal_prompts OWNER TO hp_owner;

--
-- Name: TABLE journal_prompts; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TABLE app_public.journal_prompts IS 'Therapeutic writing prompts (reference data). Readable by everyone but the crisis ones; admins curate.';

--
-- Name: grounding_prompt(uuid); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.grounding_prompt(user_id uuid) RETURNS app_public.journal_prompts
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select p.* from app_public.journal_prompts p
  where p.is_active and p.is_crisis
    and p.locale in (coalesce(split_part((select language from app_public.user_profiles u where u.user_id = grounding_prompt.user_id), '-', 1), 'en'), 'en')
  order by p.locale = coalesce(split_part((select language from app_public.user_profiles u where u.user_id = grounding_prompt.user_id), '-', 1), 'en') desc,
           md5(grounding_prompt.user_id::text || now()::text || p.id::text)
  limit 1
$$;

ALTER FUNCTION app_private.grounding_prompt(user_id uuid) OWNER TO hp_definer;

--
-- Name: FUNCTION grounding_prompt(user_id uuid); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.grounding_prompt(user_id uuid) IS 'A crisis grounding prompt in the user''s language, for the crisis module to show with its resources.';

--
-- Name: has_consent(uuid, app_public.consent_type_enum); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.has_consent(user_id uuid, consent app_public.consent_type_enum) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select coalesce((select d.action = 'granted' from app_private.consent_decision(user_id, consent) d), false)
$$;

ALTER FUNCTION app_private.has_consent(user_id uuid, consent app_public.consent_type_enum) OWNER TO hp_definer;

--
-- Name: FUNCTION has_consent(user_id uuid, consent app_public.consent_type_enum); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.has_consent(user_id uuid, consent app_public.consent_type_enum) IS 'Has this user currently consented to this? The latest grant or withdrawal wins; never consented means no.';

--
-- Name: immutable_unaccent(text); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.immutable_unaccent(value text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
  select public.unaccent('public.unaccent'::regdictionary, value)
$$;

ALTER FUNCTION app_private.immutable_unaccent(value text) OWNER TO hp_owner;

--
-- Name: FUNCTION immutable_unaccent(value text); Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON FUNCTION app_private.immutable_unaccent(value text) IS 'unaccent with its dictionary fixed, so indexes may use it.';

--
-- Name: is_crisis_team_member(); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.is_crisis_team_member() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select exists (select 1 from app_public.crisis_team_members m where m.user_id = app_public.current_user_id())
$$;

ALTER FUNCTION app_private.is_crisis_team_member() OWNER TO hp_definer;

--
-- Name: FUNCTION is_crisis_team_member(); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.is_crisis_team_member() IS 'Is the caller on the crisis rota?';

--
-- Name: is_valid_regex(text); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.is_valid_regex(pattern text) RETURNS boolean
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    AS $$
begin
  perform '' ~ pattern;
  return true;
exception when invalid_regular_expression then
  return false;
end;
$$;

ALTER FUNCTION app_private.is_valid_regex(pattern text) OWNER TO hp_owner;

--
-- Name: FUNCTION is_valid_regex(pattern text); Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON FUNCTION app_private.is_valid_regex(pattern text) IS 'True when the text compiles as a PostgreSQL (ARE) regular expression.';

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
-- Name: local_today(uuid); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.local_today(user_id uuid) RETURNS date
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select (now() at time zone coalesce((select p.timezone from app_public.user_profiles p where p.user_id = local_today.user_id), 'UTC'))::date
$$;

ALTER FUNCTION app_private.local_today(user_id uuid) OWNER TO hp_definer;

--
-- Name: FUNCTION local_today(user_id uuid); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.local_today(user_id uuid) IS 'Today''s date where the user is (their profile timezone; UTC when unknown).';

--
-- Name: log_clinical_read(uuid, text); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.log_clinical_read(patient_id uuid, data_kind text) RETURNS boolean
    LANGUAGE sql COST 1000
    AS $$
  select strpos(coalesce(current_setting('happy_path.logged_reads', true), ''), data_kind || ':' || patient_id::text || ';') > 0
      or (app_private.record_clinical_read(patient_id, data_kind)
          -- Remember it here, outside the definer function: settings changed inside a
          -- function with a SET clause are undone when it returns.
          and set_config('happy_path.logged_reads',
                         coalesce(current_setting('happy_path.logged_reads', true), '') || data_kind || ':' || patient_id::text || ';',
                         true) is not null)
$$;

ALTER FUNCTION app_private.log_clinical_read(patient_id uuid, data_kind text) OWNER TO hp_definer;

--
-- Name: FUNCTION log_clinical_read(patient_id uuid, data_kind text); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.log_clinical_read(patient_id uuid, data_kind text) IS 'Records (once per request) that the caller read this kind of this patient''s data; false, and no record, for a patient the caller cannot reach.';

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
-- Name: crisis_escalations; Type: TABLE; Schema: app_public; Owner: hp_owner
--

CREATE TABLE app_public.crisis_escalations (
    id uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    detection_id uuid NOT NULL,
    user_id uuid NOT NULL,
    risk_level app_public.crisis_level_enum NOT NULL,
    status app_public.escalation_status_enum DEFAULT 'open'::app_public.escalation_status_enum NOT NULL,
    tier integer DEFAULT 1 NOT NULL,
    assignee_id uuid,
    response_due_at timestamp with time zone NOT NULL,
    acknowledged_at timestamp with time zone,
    resolved_at timestamp with time zone,
    outcome_notes text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT only_high_and_critical CHECK ((risk_level = ANY (ARRAY['high'::app_public.crisis_level_enum, 'critical'::app_public.crisis_level_enum]))),
    CONSTRAINT outcome_notes_length CHECK ((length(outcome_notes) <= 4000))
);

ALTER TABLE ONLY app_public.crisis_escalations FORCE ROW LEVEL SECURITY;

ALTER TABLE app_public.crisis_escalations OWNER TO hp_owner;

--
-- Name: TABLE crisis_escalations; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TABLE app_public.crisis_escalations IS 'Human review of high and critical detections, with a response deadline and escalation tiers.';

--
-- Name: may_work_case(app_public.crisis_escalations); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.may_work_case(e app_public.crisis_escalations) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select e.user_id = any (app_public.my_patient_ids()) or app_private.is_crisis_team_member()
$$;

ALTER FUNCTION app_private.may_work_case(e app_public.crisis_escalations) OWNER TO hp_definer;

--
-- Name: mood_bucket(app_public.mood_dimension_enum, numeric); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.mood_bucket(dimension app_public.mood_dimension_enum, value numeric) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
  select case
    when value is null then null
    when dimension <> 'sleep_hours' then value::integer::text
    when value < 5 then '<5'
    when value >= 9 then '9+'
    else floor(value)::integer || '-' || floor(value)::integer + 1
  end
$$;

ALTER FUNCTION app_private.mood_bucket(dimension app_public.mood_dimension_enum, value numeric) OWNER TO hp_owner;

--
-- Name: mood_period_statistics(uuid, date, date); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.mood_period_statistics(user_id uuid, period_start date, period_end date) RETURNS jsonb
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  with current_period as (
    select e.* from app_public.mood_entries e
    where e.user_id = mood_period_statistics.user_id and e.entry_date between period_start and period_end
  ), previous_period as (
    select e.overall_mood from app_public.mood_entries e
    where e.user_id = mood_period_statistics.user_id
      and e.entry_date between period_start - (period_end - period_start + 1) and period_start - 1
  ), activities as (
    select a as activity, count(*) as days, round(avg(c.overall_mood), 2) as average_mood
    from current_period c, unnest(c.activities) a
    group by a order by count(*) desc, a limit 5
  )
  select jsonb_build_object(
    'period_start', period_start,
    'period_end', period_end,
    'days_in_period', period_end - period_start + 1,
    'entries', (select count(*) from current_period),
    'average', jsonb_build_object(
      'overall_mood', (select round(avg(overall_mood), 2) from current_period),
      'energy_level', (select round(avg(energy_level), 2) from current_period),
      'anxiety_level', (select round(avg(anxiety_level), 2) from current_period),
      'stress_level', (select round(avg(stress_level), 2) from current_period),
      'sleep_hours', (select round(avg(sleep_hours), 2) from current_period)),
    'previous_average_mood', (select round(avg(overall_mood), 2) from previous_period),
    'best_day', (select jsonb_build_object('date', entry_date, 'overall_mood', overall_mood)
                 from current_period order by overall_mood desc, entry_date limit 1),
    'hardest_day', (select jsonb_build_object('date', entry_date, 'overall_mood', overall_mood)
                    from current_period order by overall_mood, entry_date limit 1),
    'top_activities', (select coalesce(jsonb_agg(to_jsonb(a)), '[]') from activities a),
    'sleep_mood_correlation', (select round(corr(sleep_hours, overall_mood)::numeric, 2) from current_period)
  )
$$;

ALTER FUNCTION app_private.mood_period_statistics(user_id uuid, period_start date, period_end date) OWNER TO hp_definer;

--
-- Name: FUNCTION mood_period_statistics(user_id uuid, period_start date, period_end date); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.mood_period_statistics(user_id uuid, period_start date, period_end date) IS 'The numbers behind an insight: counts, averages, the previous period''s average, best and hardest day, top activities.';

--
-- Name: move_case(uuid, app_public.escalation_status_enum, text); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.move_case(escalation_id uuid, next_status app_public.escalation_status_enum, notes text) RETURNS app_public.crisis_escalations
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
declare
  e app_public.crisis_escalations;
  me uuid := app_public.current_user_id();
begin
  select * into e from app_public.crisis_escalations where id = escalation_id for update;
  if e.id is null or me is null or not app_private.may_work_case(e) then
    raise exception 'No such case' using errcode = 'NTFND';
  end if;
  if not (e.status, next_status) in (
       ('open', 'acknowledged'), ('open', 'false_positive'),
       ('acknowledged', 'in_progress'), ('acknowledged', 'resolved'), ('acknowledged', 'false_positive'),
       ('in_progress', 'resolved'), ('in_progress', 'false_positive')) then
    raise exception 'A case cannot go from % to %', e.status, next_status using errcode = 'CSTAT';
  end if;
  update app_public.crisis_escalations
    set status = next_status,
        assignee_id = coalesce(assignee_id, me),
        acknowledged_at = coalesce(acknowledged_at, case when next_status <> 'open' then now() end),
        resolved_at = case when next_status in ('resolved', 'false_positive') then now() end,
        outcome_notes = coalesce(notes, outcome_notes)
    where id = e.id
    returning * into e;
  if next_status in ('resolved', 'false_positive') then
    update app_public.crisis_detections
      set reviewed_at = now(), reviewed_by = me, false_positive = (next_status = 'false_positive')
      where id = e.detection_id;
  end if;
  return e;
end;
$$;

ALTER FUNCTION app_private.move_case(escalation_id uuid, next_status app_public.escalation_status_enum, notes text) OWNER TO hp_definer;

--
-- Name: FUNCTION move_case(escalation_id uuid, next_status app_public.escalation_status_enum, notes text); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.move_case(escalation_id uuid, next_status app_public.escalation_status_enum, notes text) IS 'The case workflow: open -> acknowledged -> in_progress -> resolved, or false_positive; only a reachable therapist or the crisis team; audited.';

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
-- Name: notify_escalation(uuid); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.notify_escalation(escalation_id uuid) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
declare
  e app_public.crisis_escalations;
  recipient uuid;
  notification uuid;
  sent integer := 0;
  subject text;
  body text;
begin
  select * into e from app_public.crisis_escalations where id = escalation_id;
  subject := format('[%s] A Happy Path crisis case needs a response', upper(e.risk_level::text));
  body := format('A %s-risk case was opened and needs a response by %s UTC (tier %s). '
                 || 'Sign in to Happy Path to acknowledge it. This email carries no patient details.',
                 e.risk_level, to_char(e.response_due_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI'), e.tier);
  -- Tier 1: the patient's therapists (access rule) and the on-call tier-1 team.
  -- Later tiers: everyone on the rota at that tier or above.
  for recipient in
    select r.therapist_id from app_public.therapeutic_relationships r
      where e.tier = 1 and r.patient_id = e.user_id and r.status = 'active'
        and app_private.has_consent(e.user_id, 'therapist_sharing')
    union
    select m.user_id from app_public.crisis_team_members m
      where (e.tier = 1 and m.tier = 1 and m.on_call) or (e.tier > 1 and m.tier >= e.tier)
  loop
    insert into app_private.crisis_notifications (escalation_id, tier, channel, recipient_id)
      values (e.id, e.tier, 'email', recipient) returning id into notification;
    perform app_private.queue_email(recipient, 'crisis_case', subject, body, (select priority from app_private.crisis_job_spec()));
    update app_private.crisis_notifications set status = 'sent', delivered_at = now(), attempts = 1
      where id = notification;  -- handed to the outbox, which retries on its own
    sent := sent + 1;
  end loop;
  insert into app_private.crisis_notifications (escalation_id, tier, channel) values (e.id, e.tier, 'webhook')
    returning id into notification;
  perform graphile_worker.add_job('deliver_crisis_webhook', json_build_object('id', notification),
    queue_name := (select queue from app_private.crisis_job_spec()),
    priority := (select priority from app_private.crisis_job_spec()), max_attempts := 25);
  return sent + 1;
end;
$$;

ALTER FUNCTION app_private.notify_escalation(escalation_id uuid) OWNER TO hp_definer;

--
-- Name: FUNCTION notify_escalation(escalation_id uuid); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.notify_escalation(escalation_id uuid) IS 'Notifies an escalation''s current tier: email to each recipient (outbox, crisis priority) and one webhook delivery job.';

--
-- Name: on_concerning_mood_pattern(uuid); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.on_concerning_mood_pattern(pattern_id uuid) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
declare
  pattern app_public.mood_patterns;
  therapist uuid;
begin
  select * into pattern from app_public.mood_patterns where id = pattern_id;
  for therapist in
    select r.therapist_id from app_public.therapeutic_relationships r
    where r.patient_id = pattern.user_id and r.status = 'active'
      and app_private.has_consent(pattern.user_id, 'therapist_sharing')
  loop
    perform app_private.queue_email(therapist, 'mood_pattern_for_review', 'A patient''s check-ins need a look',
      'A pattern in the check-ins of one of your patients was flagged for review. '
        || 'Sign in to Happy Path to see it. (For privacy, this email says nothing more.)');
  end loop;
  insert into app_public.crisis_detections (user_id, content_source, source_id, content_text, crisis_score, detected_keywords, risk_level)
  values (pattern.user_id, 'mood_pattern', pattern.id,
          case pattern.pattern_type when 'sustained_low_mood' then 'Several days at mood 1-2 this week'
                                    else 'Mood declining over two weeks' end,
          pattern.confidence, jsonb_build_array(jsonb_build_object('pattern', pattern.pattern_type, 'details', pattern.details)),
          'moderate');
end;
$$;

ALTER FUNCTION app_private.on_concerning_mood_pattern(pattern_id uuid) OWNER TO hp_definer;

--
-- Name: FUNCTION on_concerning_mood_pattern(pattern_id uuid); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.on_concerning_mood_pattern(pattern_id uuid) IS 'Runs when a concerning pattern (declining trend, sustained low mood) first appears: tells reachable therapists; the crisis module hooks here.';

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
-- Name: previous_period(uuid, app_public.insight_period_enum); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.previous_period(user_id uuid, period_type app_public.insight_period_enum) RETURNS TABLE(period_start date, period_end date)
    LANGUAGE sql STABLE
    AS $$
  select start_day, (start_day + case period_type when 'week' then interval '1 week' else interval '1 month' end)::date - 1
  from (select (date_trunc(period_type::text, app_private.local_today(user_id))
                - case period_type when 'week' then interval '1 week' else interval '1 month' end)::date as start_day) s
$$;

ALTER FUNCTION app_private.previous_period(user_id uuid, period_type app_public.insight_period_enum) OWNER TO hp_owner;

--
-- Name: FUNCTION previous_period(user_id uuid, period_type app_public.insight_period_enum); Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON FUNCTION app_private.previous_period(user_id uuid, period_type app_public.insight_period_enum) IS 'The last complete week (Monday to Sunday) or month, in the patient''s local dates.';

--
-- Name: queue_all_mood_pattern_detection(); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.queue_all_mood_pattern_detection() RETURNS integer
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select count(app_private.queue_mood_pattern_detection(u.user_id, interval '0'))::integer
  from (select distinct e.user_id from app_public.mood_entries e where e.entry_date > current_date - 60) u
$$;

ALTER FUNCTION app_private.queue_all_mood_pattern_detection() OWNER TO hp_definer;

--
-- Name: FUNCTION queue_all_mood_pattern_detection(); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.queue_all_mood_pattern_detection() IS 'Daily: a detection job for everyone with a check-in in the last 60 days.';

--
-- Name: queue_email(uuid, text, text, text, integer); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.queue_email(user_id uuid, template text, subject text, body text, priority integer DEFAULT 0) RETURNS uuid
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
  perform graphile_worker.add_job('send_email', json_build_object('id', message_id), max_attempts := 10,
                                  priority := queue_email.priority);
  return message_id;
end;
$$;

ALTER FUNCTION app_private.queue_email(user_id uuid, template text, subject text, body text, priority integer) OWNER TO hp_definer;

--
-- Name: queue_mood_insights(app_public.insight_period_enum); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.queue_mood_insights(period_type app_public.insight_period_enum) RETURNS integer
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select count(graphile_worker.add_job('generate_mood_insight',
           json_build_object('user_id', u.user_id, 'period_type', period_type, 'period_start', p.period_start),
           job_key := format('mood_insight:%s:%s:%s', period_type, u.user_id, p.period_start)))::integer
  from (select distinct e.user_id from app_public.mood_entries e where e.entry_date > current_date - 40) u,
       lateral app_private.previous_period(u.user_id, period_type) p
  where exists (select 1 from app_public.mood_entries e
                where e.user_id = u.user_id and e.entry_date between p.period_start and p.period_end)
$$;

ALTER FUNCTION app_private.queue_mood_insights(period_type app_public.insight_period_enum) OWNER TO hp_definer;

--
-- Name: FUNCTION queue_mood_insights(period_type app_public.insight_period_enum); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.queue_mood_insights(period_type app_public.insight_period_enum) IS 'Queues one insight job per patient who checked in during their last complete week or month. Job keys prevent duplicates.';

--
-- Name: queue_mood_pattern_detection(uuid, interval); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.queue_mood_pattern_detection(user_id uuid, delay interval DEFAULT '00:05:00'::interval) RETURNS void
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  -- The job key folds every check-in in the next few minutes into one detection.
  select graphile_worker.add_job('detect_mood_patterns', json_build_object('user_id', user_id),
    run_at := now() + delay, job_key := 'detect_mood_patterns:' || user_id::text, job_key_mode := 'replace')
$$;

ALTER FUNCTION app_private.queue_mood_pattern_detection(user_id uuid, delay interval) OWNER TO hp_definer;

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

--
-- Name: reachable_patients(uuid); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.reachable_patients(therapist_id uuid) RETURNS SETOF uuid
    LANGUAGE sql STABLE
    AS $$
  select r.patient_id
  from app_public.therapeutic_relationships r
  cross join lateral app_private.consent_decision(r.patient_id, 'therapist_sharing') d
  where r.therapist_id = reachable_patients.therapist_id
    and r.status = 'active'
    and d.action = 'granted'
$$;

ALTER FUNCTION app_private.reachable_patients(therapist_id uuid) OWNER TO hp_owner;

--
-- Name: FUNCTION reachable_patients(therapist_id uuid); Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON FUNCTION app_private.reachable_patients(therapist_id uuid) IS 'THE clinician access rule: the patients with an active relationship with this therapist who currently consent to sharing.';

--
-- Name: record_clinical_read(uuid, text); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.record_clinical_read(patient_id uuid, data_kind text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
declare
  me uuid := app_public.current_user_id();
begin
  if not exists (select 1 from app_private.reachable_patients(me) p where p = record_clinical_read.patient_id)
     and not record_clinical_read.patient_id = any (app_private.crisis_case_patients()) then
    return false;
  end if;
  insert into app_public.data_access_logs
    (accessor_id, accessor_role, patient_id, data_kind, request_id, ip_address, user_agent)
  values
    (me, coalesce(nullif(current_setting('role', true), 'none'), session_user::text), patient_id, data_kind,
     coalesce(nullif(current_setting('happy_path.request_id', true), ''), 'tx:' || txid_current()::text),
     app_private.request_ip(), app_private.request_user_agent())
  on conflict do nothing;
  return true;
end;
$$;

ALTER FUNCTION app_private.record_clinical_read(patient_id uuid, data_kind text) OWNER TO hp_definer;

--
-- Name: FUNCTION record_clinical_read(patient_id uuid, data_kind text); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.record_clinical_read(patient_id uuid, data_kind text) IS 'Writes the access record (once per request) if the caller may reach the patient; false, and no record, otherwise.';

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
-- Name: record_goal_achievements(uuid); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.record_goal_achievements(user_id uuid) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
declare
  today date := app_private.local_today(user_id);
  goal app_public.mood_goals;
  progress app_public.mood_goal_progress;
  recorded integer := 0;
begin
  for goal in select * from app_public.mood_goals g where g.user_id = record_goal_achievements.user_id and g.status = 'active' loop
    progress := app_private.goal_progress(goal, today);
    continue when not progress.met;
    -- Once per window: no new celebration while the last one's window is still open.
    continue when exists (select 1 from app_public.mood_goal_achievements a
                          where a.goal_id = goal.id and a.window_end > today - goal.window_days);
    insert into app_public.mood_goal_achievements (goal_id, user_id, window_start, window_end, achieved_value, days_meeting)
      values (goal.id, goal.user_id, progress.window_start, progress.window_end, progress.current_value, progress.days_meeting);
    recorded := recorded + 1;
  end loop;
  return recorded;
end;
$$;

ALTER FUNCTION app_private.record_goal_achievements(user_id uuid) OWNER TO hp_definer;

--
-- Name: FUNCTION record_goal_achievements(user_id uuid); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.record_goal_achievements(user_id uuid) IS 'Records the achievements an entry just made true. Called after every check-in.';

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

ALTER FUNCTION app_private.reset_password(token text, new_hash text) OWNER TO hp_definer;

--
-- Name: FUNCTION reset_password(token text, new_hash text); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.reset_password(token text, new_hash text) IS 'Consumes a single-use reset token, sets the new hash and signs out every session. False for a bad token.';

--
-- Name: response_window(app_public.crisis_level_enum); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.response_window(level app_public.crisis_level_enum) RETURNS interval
    LANGUAGE sql STABLE
    AS $$
  select make_interval(mins => coalesce(app_private.setting_int('crisis.response_minutes.' || level::text),
                                        case level when 'critical' then 15 else 60 end))
$$;

ALTER FUNCTION app_private.response_window(level app_public.crisis_level_enum) OWNER TO hp_owner;

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
-- Name: save_mood_insight(uuid, app_public.insight_period_enum, date, date, jsonb, text, text); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.save_mood_insight(user_id uuid, period_type app_public.insight_period_enum, period_start date, period_end date, statistics jsonb, summary text, provider text) RETURNS uuid
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  insert into app_public.mood_insights as i (user_id, period_type, period_start, period_end, statistics, summary, provider)
  values (user_id, period_type, period_start, period_end, statistics, summary, provider)
  on conflict on constraint one_insight_per_period do update
    set period_end = excluded.period_end, statistics = excluded.statistics, summary = excluded.summary,
        provider = excluded.provider, generated_at = now()
  returning i.id
$$;

ALTER FUNCTION app_private.save_mood_insight(user_id uuid, period_type app_public.insight_period_enum, period_start date, period_end date, statistics jsonb, summary text, provider text) OWNER TO hp_definer;

--
-- Name: screen_patient_text(app_public.crisis_source_enum, uuid, uuid, text); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.screen_patient_text(source app_public.crisis_source_enum, user_id uuid, source_id uuid, content text) RETURNS app_public.crisis_level_enum
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
declare
  assessment app_public.crisis_assessment;
  detection uuid;
  escalation uuid;
begin
  -- No language: the detector reads the text in every language it knows.
  assessment := app_public.assess_crisis_text(content, null);
  if assessment.risk_level < 'moderate' then
    return assessment.risk_level;
  end if;
  insert into app_public.crisis_detections (user_id, content_source, source_id, content_text, crisis_score, detected_keywords, risk_level)
    values (screen_patient_text.user_id, source, source_id, left(content, 2000), assessment.crisis_score,
            coalesce(assessment.signals, '[]'), assessment.risk_level)
    returning id into detection;
  if assessment.risk_level >= 'high' then
    insert into app_public.crisis_escalations (detection_id, user_id, risk_level, response_due_at)
      values (detection, screen_patient_text.user_id, assessment.risk_level, now() + app_private.response_window(assessment.risk_level))
      returning id into escalation;
    perform app_private.notify_escalation(escalation);
  end if;
  return assessment.risk_level;
exception when others then
  -- Never block or lose a person's words: the write goes on.
  raise warning 'crisis screening failed (%): %', sqlstate, sqlerrm;
  return null;
end;
$$;

ALTER FUNCTION app_private.screen_patient_text(source app_public.crisis_source_enum, user_id uuid, source_id uuid, content text) OWNER TO hp_definer;

--
-- Name: FUNCTION screen_patient_text(source app_public.crisis_source_enum, user_id uuid, source_id uuid, content text); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.screen_patient_text(source app_public.crisis_source_enum, user_id uuid, source_id uuid, content text) IS 'Assesses one patient text; records a detection at moderate or above and opens a notified case at high or above. Never raises.';

--
-- Name: search_config(uuid); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.search_config(user_id uuid) RETURNS regconfig
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select case split_part(coalesce((select p.language from app_public.user_profiles p where p.user_id = search_config.user_id), 'en'), '-', 1)
    when 'en' then 'app_private.english_unaccent'
    when 'es' then 'app_private.spanish_unaccent'
    when 'fr' then 'app_private.french_unaccent'
    else 'app_private.simple_unaccent'
  end::regconfig
$$;

ALTER FUNCTION app_private.search_config(user_id uuid) OWNER TO hp_definer;

--
-- Name: FUNCTION search_config(user_id uuid); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.search_config(user_id uuid) IS 'The text search configuration for a user''s language (English, Spanish, French; others: simple), accent-blind.';

--
-- Name: search_fold(text); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.search_fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
  select lower(app_private.immutable_unaccent(coalesce(value, '')))
$$;

ALTER FUNCTION app_private.search_fold(value text) OWNER TO hp_owner;

--
-- Name: FUNCTION search_fold(value text); Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON FUNCTION app_private.search_fold(value text) IS 'Lower case, no accents: what trigram (typo-tolerant) search compares.';

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
    LANGUAGE sql STABLE
    AS $$
  select value from app_public.system_configurations where key = setting_key
$$;

ALTER FUNCTION app_private.setting(setting_key text) OWNER TO hp_definer;

--
-- Name: setting_int(text); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.setting_int(setting_key text) RETURNS integer
    LANGUAGE sql STABLE
    AS $$
  select (value #>> '{}')::integer from app_public.system_configurations where key = setting_key
$$;

ALTER FUNCTION app_private.setting_int(setting_key text) OWNER TO hp_definer;

--
-- Name: setting_interval(text); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.setting_interval(setting_key text) RETURNS interval
    LANGUAGE sql STABLE
    AS $$
  select (value #>> '{}')::interval from app_public.system_configurations where key = setting_key
$$;

ALTER FUNCTION app_private.setting_interval(setting_key text) OWNER TO hp_definer;

--
-- Name: setting_text(text); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.setting_text(setting_key text) RETURNS text
    LANGUAGE sql STABLE
    AS $$
  select value #>> '{}' from app_public.system_configurations where key = setting_key
$$;

ALTER FUNCTION app_private.setting_text(setting_key text) OWNER TO hp_definer;

--
-- Name: FUNCTION setting_text(setting_key text); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.setting_text(setting_key text) IS 'A setting''s value as text. Plain SQL (inlined): it runs only inside definer functions, which see every setting.';

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
-- Name: subject(uuid); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.subject(patient_id uuid) RETURNS uuid
    LANGUAGE sql STABLE
    AS $$
  select coalesce(patient_id, app_public.current_user_id())
$$;

ALTER FUNCTION app_private.subject(patient_id uuid) OWNER TO hp_owner;

--
-- Name: FUNCTION subject(patient_id uuid); Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON FUNCTION app_private.subject(patient_id uuid) IS 'Whose data an analytics function is about: the given patient, or the caller.';

--
-- Name: tg__audit(); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.tg__audit() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
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

ALTER FUNCTION app_private.tg__audit() OWNER TO hp_definer;

--
-- Name: FUNCTION tg__audit(); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.tg__audit() IS 'The generic audit trigger (AFTER, FOR EACH ROW). Argument: the column that identifies the row (default id). Secrets are redacted.';

--
-- Name: tg__keep_owner(); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.tg__keep_owner() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
  if new.user_id is distinct from old.user_id then
    raise exception 'A record cannot be given to another user' using errcode = 'OWNER';
  end if;
  return new;
end;
$$;

ALTER FUNCTION app_private.tg__keep_owner() OWNER TO hp_owner;

--
-- Name: FUNCTION tg__keep_owner(); Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON FUNCTION app_private.tg__keep_owner() IS 'Refuses an update that changes user_id (shared by every owned table).';

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
-- Name: tg_audit_logs__refuse_change(); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.tg_audit_logs__refuse_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
  raise exception 'The audit trail is append-only' using errcode = 'APPND';
end;
$$;

ALTER FUNCTION app_private.tg_audit_logs__refuse_change() OWNER TO hp_owner;

--
-- Name: tg_crisis_team_members__therapists_only(); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.tg_crisis_team_members__therapists_only() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
begin
  if (select role from app_public.users where id = new.user_id) is distinct from 'therapist' then
    raise exception 'The crisis team is made of therapists' using errcode = 'NOTTH';
  end if;
  return new;
end;
$$;

ALTER FUNCTION app_private.tg_crisis_team_members__therapists_only() OWNER TO hp_definer;

--
-- Name: tg_gratitude_entries__accept(); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.tg_gratitude_entries__accept() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
  perform app_private.accept_patient_text('gratitude_entry', new.user_id, new.id, new.item);
  new.entry_date := coalesce(new.entry_date, app_private.local_today(new.user_id));
  if new.entry_date > app_private.local_today(new.user_id) then
    raise exception 'Gratitude cannot be dated after today' using errcode = 'FUTUR';
  end if;
  if tg_op = 'INSERT' and (select count(*) from app_public.gratitude_entries g
                           where g.user_id = new.user_id and g.entry_date = new.entry_date) >= 5 then
    raise exception 'Five things a day is the practice; this day already has five' using errcode = 'GRMAX';
  end if;
  return new;
end;
$$;

ALTER FUNCTION app_private.tg_gratitude_entries__accept() OWNER TO hp_owner;

--
-- Name: tg_journal_entries__accept(); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.tg_journal_entries__accept() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
  perform app_private.accept_patient_text('journal_entry', new.user_id, new.id, new.content, new.title);
  new.search_config := app_private.search_config(new.user_id);
  new.tags := coalesce(new.tags, '{}');
  return new;
end;
$$;

ALTER FUNCTION app_private.tg_journal_entries__accept() OWNER TO hp_owner;

--
-- Name: tg_mood_entries__accept_notes(); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.tg_mood_entries__accept_notes() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
  if new.notes is not null then
    perform app_private.accept_patient_text('mood_note', new.user_id, new.id, new.notes);
  end if;
  return new;
end;
$$;

ALTER FUNCTION app_private.tg_mood_entries__accept_notes() OWNER TO hp_owner;

--
-- Name: tg_mood_entries__after_check_in(); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.tg_mood_entries__after_check_in() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
begin
  perform app_private.record_goal_achievements(new.user_id);
  perform app_private.queue_mood_pattern_detection(new.user_id);
  return null;
end;
$$;

ALTER FUNCTION app_private.tg_mood_entries__after_check_in() OWNER TO hp_definer;

--
-- Name: FUNCTION tg_mood_entries__after_check_in(); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.tg_mood_entries__after_check_in() IS 'After a check-in: record any goal it achieved, and (debounced) look for patterns.';

--
-- Name: tg_mood_entries__local_date(); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.tg_mood_entries__local_date() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
declare
  today date := app_private.local_today(new.user_id);
begin
  new.entry_date := coalesce(new.entry_date, today);
  if new.entry_date > today then
    raise exception 'A check-in cannot be dated after today (%, in your timezone)', today using errcode = 'FUTUR';
  end if;
  new.activities := coalesce(new.activities, '{}');
  return new;
end;
$$;

ALTER FUNCTION app_private.tg_mood_entries__local_date() OWNER TO hp_owner;

--
-- Name: FUNCTION tg_mood_entries__local_date(); Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON FUNCTION app_private.tg_mood_entries__local_date() IS 'Dates a check-in on the patient''s local today when no date is given, and refuses a date after it.';

--
-- Name: tg_therapeutic_relationships__check_roles(); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.tg_therapeutic_relationships__check_roles() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
begin
  if (select role from app_public.users where id = new.therapist_id) is distinct from 'therapist' then
    raise exception 'The clinician must be a therapist' using errcode = 'NOTTH';
  end if;
  if (select role from app_public.users where id = new.patient_id) is distinct from 'patient' then
    raise exception 'The invited user must be a patient' using errcode = 'NOTPT';
  end if;
  return new;
end;
$$;

ALTER FUNCTION app_private.tg_therapeutic_relationships__check_roles() OWNER TO hp_definer;

--
-- Name: tg_thought_records__accept(); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.tg_thought_records__accept() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
declare
  missing text[] := app_private.thought_record_missing(new);
begin
  perform app_private.accept_patient_text('thought_record', new.user_id, new.id,
    concat_ws(E'\n', new.situation, new.evidence_for, new.evidence_against, new.balanced_thought,
              (select string_agg(t ->> 'thought', E'\n') from jsonb_array_elements(new.automatic_thoughts) t)));
  if new.is_complete and cardinality(missing) > 0 then
    raise exception 'Not complete yet: % missing', array_to_string(missing, ', ') using errcode = 'INCMP';
  end if;
  return new;
end;
$$;

ALTER FUNCTION app_private.tg_thought_records__accept() OWNER TO hp_owner;

--
-- Name: valid_emotions(jsonb); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.valid_emotions(emotions jsonb) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
  select jsonb_typeof(emotions) = 'array'
     and jsonb_array_length(emotions) <= 10
     and coalesce((select bool_and(
           jsonb_typeof(e) = 'object'
           and (e - 'emotion' - 'intensity') = '{}'::jsonb
           and jsonb_typeof(e -> 'emotion') = 'string'
           and length(btrim(e ->> 'emotion')) between 1 and 40
           and jsonb_typeof(e -> 'intensity') = 'number'
           and (e ->> 'intensity')::numeric between 0 and 100)
         from jsonb_array_elements(emotions) e), true)
$$;

ALTER FUNCTION app_private.valid_emotions(emotions jsonb) OWNER TO hp_owner;

--
-- Name: FUNCTION valid_emotions(emotions jsonb); Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON FUNCTION app_private.valid_emotions(emotions jsonb) IS 'A list of at most 10 {"emotion": text, "intensity": 0-100} objects and nothing else.';

--
-- Name: valid_thoughts(jsonb); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.valid_thoughts(thoughts jsonb) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
  select jsonb_typeof(thoughts) = 'array'
     and jsonb_array_length(thoughts) <= 10
     and coalesce((select bool_and(
           jsonb_typeof(t) = 'object'
           and (t - 'thought' - 'hot') = '{}'::jsonb
           and jsonb_typeof(t -> 'thought') = 'string'
           and length(btrim(t ->> 'thought')) between 1 and 1000
           and coalesce(jsonb_typeof(t -> 'hot'), 'boolean') = 'boolean')
         from jsonb_array_elements(thoughts) t), true)
     and (select count(*) from jsonb_array_elements(thoughts) t where (t ->> 'hot')::boolean) <= 1
$$;

ALTER FUNCTION app_private.valid_thoughts(thoughts jsonb) OWNER TO hp_owner;

--
-- Name: FUNCTION valid_thoughts(thoughts jsonb); Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON FUNCTION app_private.valid_thoughts(thoughts jsonb) IS 'A list of at most 10 {"thought": text, "hot": boolean} objects, at most one of them hot.';

--
-- Name: thought_records; Type: TABLE; Schema: app_public; Owner: hp_owner
--

CREATE TABLE app_public.thought_records (
    id uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    user_id uuid DEFAULT app_public.current_user_id() NOT NULL,
    situation text NOT NULL,
    emotions jsonb DEFAULT '[]'::jsonb NOT NULL,
    automatic_thoughts jsonb DEFAULT '[]'::jsonb NOT NULL,
    distortions app_public.cognitive_distortion_enum[] DEFAULT '{}'::app_public.cognitive_distortion_enum[] NOT NULL,
    evidence_for text,
    evidence_against text,
    balanced_thought text,
    balanced_belief smallint,
    emotions_after jsonb DEFAULT '[]'::jsonb NOT NULL,
    privacy_level app_public.privacy_level_enum DEFAULT 'private'::app_public.privacy_level_enum NOT NULL,
    is_complete boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT balanced_thought_length CHECK ((length(balanced_thought) <= 2000)),
    CONSTRAINT belief_0_to_100 CHECK (((balanced_belief >= 0) AND (balanced_belief <= 100))),
    CONSTRAINT emotions_after_are_rated_0_to_100 CHECK (app_private.valid_emotions(emotions_after)),
    CONSTRAINT emotions_are_rated_0_to_100 CHECK (app_private.valid_emotions(emotions)),
    CONSTRAINT evidence_against_length CHECK ((length(evidence_against) <= 4000)),
    CONSTRAINT evidence_for_length CHECK ((length(evidence_for) <= 4000)),
    CONSTRAINT situation_length CHECK ((length(situation) <= 2000)),
    CONSTRAINT thoughts_with_at_most_one_hot CHECK (app_private.valid_thoughts(automatic_thoughts))
);

ALTER TABLE ONLY app_public.thought_records FORCE ROW LEVEL SECURITY;

ALTER TABLE app_public.thought_records OWNER TO hp_owner;

--
-- Name: TABLE thought_records; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TABLE app_public.thought_records IS 'CBT thought records. Complete only when every part is filled in; privacy levels as for journal entries.';

--
-- Name: thought_record_missing(app_public.thought_records); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.thought_record_missing(record app_public.thought_records) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
  select array_remove(array[
    case when btrim(coalesce(record.situation, '')) = '' then 'situation' end,
    case when jsonb_array_length(record.emotions) = 0 then 'emotions' end,
    case when jsonb_array_length(record.automatic_thoughts) = 0 then 'automatic thoughts' end,
    case when not exists (select 1 from jsonb_array_elements(record.automatic_thoughts) t where (t ->> 'hot')::boolean)
         then 'the hot thought' end,
    case when btrim(coalesce(record.evidence_for, '')) = '' then 'evidence for' end,
    case when btrim(coalesce(record.evidence_against, '')) = '' then 'evidence against' end,
    case when btrim(coalesce(record.balanced_thought, '')) = '' then 'a balanced thought' end,
    case when record.balanced_belief is null then 'how strongly you believe it' end,
    case when jsonb_array_length(record.emotions_after) = 0 then 'the emotions re-rated' end
  ], null)
$$;

ALTER FUNCTION app_private.thought_record_missing(record app_public.thought_records) OWNER TO hp_owner;

--
-- Name: FUNCTION thought_record_missing(record app_public.thought_records); Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON FUNCTION app_private.thought_record_missing(record app_public.thought_records) IS 'The parts a thought record still lacks to be complete.';

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
-- Name: valid_plan_items(text[]); Type: FUNCTION; Schema: app_private; Owner: hp_owner
--

CREATE FUNCTION app_private.valid_plan_items(items text[]) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
  select cardinality(items) <= 20 and coalesce(bool_and(length(btrim(i)) between 1 and 500), true) from unnest(items) i
$$;

ALTER FUNCTION app_private.valid_plan_items(items text[]) OWNER TO hp_owner;

--
-- Name: webhook_delivered(uuid, boolean, text); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.webhook_delivered(notification_id uuid, success boolean, error text DEFAULT NULL::text) RETURNS void
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  update app_private.crisis_notifications
    set attempts = attempts + 1,
        status = case when success then 'sent'::app_private.outbox_status else status end,
        delivered_at = case when success then now() else delivered_at end,
        last_error = case when success then null else left(error, 1000) end
    where id = notification_id and status <> 'sent'
$$;

ALTER FUNCTION app_private.webhook_delivered(notification_id uuid, success boolean, error text) OWNER TO hp_definer;

--
-- Name: webhook_payload(uuid); Type: FUNCTION; Schema: app_private; Owner: hp_definer
--

CREATE FUNCTION app_private.webhook_payload(notification_id uuid) RETURNS jsonb
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select jsonb_build_object('notification_id', n.id, 'escalation_id', e.id, 'risk_level', e.risk_level, 'tier', n.tier,
                            'status', e.status, 'response_due_at', e.response_due_at, 'opened_at', e.created_at)
  from app_private.crisis_notifications n join app_public.crisis_escalations e on e.id = n.escalation_id
  where n.id = notification_id and n.channel = 'webhook' and n.status <> 'sent'
$$;

ALTER FUNCTION app_private.webhook_payload(notification_id uuid) OWNER TO hp_definer;

--
-- Name: FUNCTION webhook_payload(notification_id uuid); Type: COMMENT; Schema: app_private; Owner: hp_definer
--

COMMENT ON FUNCTION app_private.webhook_payload(notification_id uuid) IS 'What the paging webhook receives: ids, level, tier and deadline. Never the patient''s words or identity.';

--
-- Name: acknowledge_crisis_case(uuid); Type: FUNCTION; Schema: app_public; Owner: hp_owner
--

CREATE FUNCTION app_public.acknowledge_crisis_case(escalation_id uuid) RETURNS app_public.crisis_escalations
    LANGUAGE sql
    AS $$ select app_private.move_case(escalation_id, 'acknowledged', null) $$;

ALTER FUNCTION app_public.acknowledge_crisis_case(escalation_id uuid) OWNER TO hp_owner;

--
-- Name: assess_crisis_text(text, text); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public.assess_crisis_text(content text, language text DEFAULT NULL::text) RETURNS app_public.crisis_assessment
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    SET jit TO 'off'
    AS $_$
declare
  folded text := app_private.crisis_fold(content);
  padded text := ' ' || translate(folded, E'\n', ' ') || ' ';  -- for the pre-check: ' he ' is the word "he"
  lang text := lower(split_part(btrim(coalesce(assess_crisis_text.language, '')), '-', 1));
  own_strongest numeric;
  third_party_strongest numeric;
  rule_floor numeric;
  score numeric;
  found_signals jsonb;
begin
  if lang not in ('en', 'es', 'fr') then
    lang := null;  -- absent or a language without keywords: try them all
  end if;
  if folded !~ '[a-z]' then
    return row(0, 'none'::app_public.crisis_level_enum, '[]'::jsonb)::app_public.crisis_assessment;  -- empty, emoji, numbers
  end if;

  with sentences as (
    select s.n as sentence_no, btrim(s.t) as sentence
    from regexp_split_to_table(folded, '[.!?\n]+') with ordinality as s(t, n)
    where s.t ~ '[a-z]'
  ),
  clauses as (
    select s.sentence_no, c.n as clause_no, btrim(c.t) as clause, s.sentence
    from sentences s
    cross join lateral regexp_split_to_table(s.sentence, '[,;:()]+|(?<!nothing|anything|all|last) (?:but|pero|mais|sino|though|although|aunque) ')
      with ordinality as c(t, n)
    where c.t ~ '[a-z]'
  ),
  keywords as materialized (
    select k.slug, k.language, k.category, k.pattern, k.weight, k.negatable, k.first_person, k.unless_pattern
    from app_public.crisis_keywords k
    where k.is_active
      and (lang is null or k.language in (lang, 'any'))
      and exists (select from unnest(k.requires_any) as f(fragment) where strpos(padded, f.fragment) > 0)
  ),
  modifiers as materialized (
    select m.slug, m.language, m.kind, m.pattern, m.factor
    from app_public.crisis_modifiers m
    where m.is_active
      and (lang is null or m.language in (lang, 'any'))
      and exists (select from unnest(m.requires_any) as f(fragment) where strpos(padded, f.fragment) > 0)
  ),
  -- Step 2: every match (up to 3 per clause), with where it stands.
  hits as (
    select k.slug, k.language, k.category, k.weight, k.negatable, k.first_person,
           c.sentence_no, c.clause_no, c.clause, c.sentence, o.pos, o.matched, o.before,
           substring(o.before from '(?:^| )((?:\S+ ){0,5}\S+)$') as just_before
    from keywords k
    join clauses c on c.clause ~ k.pattern and (k.unless_pattern is null or c.sentence !~ k.unless_pattern)
    cross join lateral (
      select p.pos, regexp_substr(c.clause, k.pattern, 1, p.n) as matched, rtrim(substr(c.clause, 1, p.pos - 1)) as before
      from (select n, regexp_instr(c.clause, k.pattern, 1, n) as pos
            from generate_series(1, least(regexp_count(c.clause, k.pattern), 3)) as n) p
    ) o
  ),
  -- Step 3: the context around each match.
  judged as (
    select h.*, coalesce(a.applied, '[]') as applied, coalesce(a.cancelled, false) as cancelled,
           coalesce(a.discount, 1) as discount, a.cap
    from hits h
    left join lateral (
      select jsonb_agg(jsonb_strip_nulls(jsonb_build_object('slug', x.slug, 'kind', x.kind, 'factor', x.factor))
                       order by x.kind, x.slug) as applied,
             bool_or(x.kind in ('negation', 'idiom', 'question')) as cancelled,
             exp(sum(ln(x.factor)) filter (where x.kind = 'academic' or (x.kind in ('past', 'recovery') and not x.is_present))) as discount,
             min(x.factor) filter (where x.kind = 'third_party') as cap
      from (
        select m.slug, m.kind, m.factor, bool_or(m.kind = 'present') over () as is_present
        from modifiers m
        where (m.language = h.language or m.language = 'any' or h.language = 'any')
          and case m.kind
            when 'negation' then h.negatable and coalesce(h.just_before ~ m.pattern, false)
            when 'question' then h.before ~ m.pattern
            when 'idiom' then h.clause ~ m.pattern
              and regexp_instr(h.clause, m.pattern) < h.pos + length(h.matched)
              and h.pos < regexp_instr(h.clause, m.pattern) + length(regexp_substr(h.clause, m.pattern))
            when 'third_party' then not h.first_person and h.category <> 'third_party_risk' and h.before ~ m.pattern
              and (select not (t.between_text ~ '\m(i|i''m|im|i''ve|ive|i''d|i''ll|yo|je|j)\M' and t.between_text !~ '["<>]')
                   from (select substr(h.before, regexp_instr(h.before, m.pattern, 1, regexp_count(h.before, m.pattern), 1))
                         as between_text) t)
            else h.sentence ~ m.pattern  -- past, recovery, present, academic
          end
      ) x
    ) a on true
  ),
  weighed as (
    select j.*,
           case when j.cancelled then 0::numeric
                else round(least(j.weight * j.discount, coalesce(j.cap, 1)), 4) end as effective,
           case when j.cap is not null and not j.cancelled then 'third_party_risk'::app_public.crisis_category_enum
                else j.category end as effective_category,
           not j.cancelled and j.discount = 1 and j.cap is null as counts
    from judged j
  ),
  signals as materialized (
    select distinct on (w.slug) w.*
    from weighed w
    order by w.slug, w.effective desc, w.counts desc, w.sentence_no, w.clause_no, w.pos
  ),
  -- Step 4: what takes part in combinations: signals no modifier changed, one per
  -- phrase (two keywords of one category over the same words count once).
  counted as materialized (
    select s.slug, s.effective_category, s.effective
    from signals s
    where s.counts
      and not exists (
        select from signals o
        where o.counts and o.slug <> s.slug and o.effective_category = s.effective_category
          and o.sentence_no = s.sentence_no and o.clause_no = s.clause_no
          and o.pos < s.pos + length(s.matched) and s.pos < o.pos + length(o.matched)
          and (o.effective, length(o.matched), s.slug) > (s.effective, length(s.matched), o.slug))
  ),
  fired as materialized (
    select r.slug, r.categories, r.floor_score
    from app_public.crisis_combinations r
    where r.is_active
      and not exists (
        select from (select c, count(*) as needed from unnest(r.categories) as c group by c) need
        where (select count(*) from counted s where s.effective_category = need.c) < need.needed)
      and coalesce((select max(s.effective) from counted s where s.effective_category = any (r.categories)), 0) >= r.min_weight
  )
  select coalesce(max(s.effective) filter (where s.effective_category <> 'third_party_risk'), 0),
         coalesce(max(s.effective) filter (where s.effective_category = 'third_party_risk'), 0),
         (select max(f.floor_score) from fired f),
         coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
           'slug', s.slug,
           'category', s.effective_category,
           'weight', s.effective,
           'language', s.language,
           'matched', s.matched,
           'base_weight', case when s.effective <> s.weight then s.weight end,
           'base_category', case when s.effective_category <> s.category then s.category end,
           'modifiers', case when s.applied <> '[]' then s.applied end,
           'combinations', (select jsonb_agg(f.slug order by f.slug) from fired f
                            where s.effective_category = any (f.categories)
                              and exists (select from counted c where c.slug = s.slug))
         )) order by s.effective desc, s.slug), '[]')
    into own_strongest, third_party_strongest, rule_floor, found_signals
  from signals s;

  -- Step 4 and 5: the highest of the writer's strongest signal, the combinations'
  -- floors and someone else's risk capped at moderate; then the level.
  score := least(1, greatest(own_strongest, coalesce(rule_floor, 0), least(third_party_strongest, 0.60)));
  return row(
    round(score, 4),
    case when score >= 0.85 then 'critical'
         when score >= 0.65 then 'high'
         when score >= 0.40 then 'moderate'
         when score >= 0.15 then 'low'
         else 'none' end::app_public.crisis_level_enum,
    found_signals
  )::app_public.crisis_assessment;
end;
$_$;

ALTER FUNCTION app_public.assess_crisis_text(content text, language text) OWNER TO hp_definer;

--
-- Name: FUNCTION assess_crisis_text(content text, language text); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public.assess_crisis_text(content text, language text) IS 'Rates one text for crisis risk (none to critical) from the keyword library, and says why (signals, modifiers, combinations). language (en, es, fr) narrows the keywords tried; null tries all. Never raises; reads at most 20,000 characters.';

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
-- Name: caseload_mood_entries(integer); Type: FUNCTION; Schema: app_public; Owner: hp_owner
--

CREATE FUNCTION app_public.caseload_mood_entries(since_days integer DEFAULT 30) RETURNS SETOF app_public.mood_entries
    LANGUAGE sql STABLE
    AS $$
  select e.* from app_public.mood_entries e
  where e.user_id = any ((select app_public.my_patient_ids())::uuid[])
    and e.entry_date >= current_date - least(greatest(since_days, 1), 366)
  order by e.user_id, e.entry_date desc
$$;

ALTER FUNCTION app_public.caseload_mood_entries(since_days integer) OWNER TO hp_owner;

--
-- Name: FUNCTION caseload_mood_entries(since_days integer); Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON FUNCTION app_public.caseload_mood_entries(since_days integer) IS 'A therapist''s caseload view: every reachable patient''s check-ins of the last since_days days, in one indexed query.';

--
-- Name: cbt_technique_effects(uuid); Type: FUNCTION; Schema: app_public; Owner: hp_owner
--

CREATE FUNCTION app_public.cbt_technique_effects(patient_id uuid DEFAULT NULL::uuid) RETURNS SETOF app_public.cbt_technique_effect
    LANGUAGE sql STABLE
    AS $$
  select e.cbt_technique, count(*)::integer, round(avg(e.mood_before), 2), round(avg(e.mood_after), 2),
         round(avg(e.mood_after - e.mood_before), 2)
  from app_public.journal_entries e
  where e.user_id = (select app_private.subject(patient_id))
    and e.cbt_technique is not null and e.mood_before is not null and e.mood_after is not null
  group by e.cbt_technique
  order by avg(e.mood_after - e.mood_before) desc, count(*) desc
$$;

ALTER FUNCTION app_public.cbt_technique_effects(patient_id uuid) OWNER TO hp_owner;

--
-- Name: FUNCTION cbt_technique_effects(patient_id uuid); Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON FUNCTION app_public.cbt_technique_effects(patient_id uuid) IS 'Average mood change per CBT technique, best first, from entries with a mood before and after.';

--
-- Name: mood_goal_achievements; Type: TABLE; Schema: app_public; Owner: hp_owner
--

CREATE TABLE app_public.mood_goal_achievements (
    id uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    goal_id uuid NOT NULL,
    user_id uuid NOT NULL,
    window_start date NOT NULL,
    window_end date NOT NULL,
    achieved_value numeric,
    days_meeting integer,
    achieved_at timestamp with time zone DEFAULT now() NOT NULL,
    celebrated_at timestamp with time zone
);

ALTER TABLE ONLY app_public.mood_goal_achievements FORCE ROW LEVEL SECURITY;

ALTER TABLE app_public.mood_goal_achievements OWNER TO hp_owner;

--
-- Name: TABLE mood_goal_achievements; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TABLE app_public.mood_goal_achievements IS 'Each time a goal is reached (at most once per window length). celebrated_at is set when the client has shown it.';

--
-- Name: celebrate_goal_achievement(uuid); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public.celebrate_goal_achievement(achievement_id uuid) RETURNS app_public.mood_goal_achievements
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
declare
  updated app_public.mood_goal_achievements;
begin
  update app_public.mood_goal_achievements a set celebrated_at = coalesce(a.celebrated_at, now())
    where a.id = achievement_id and a.user_id = app_public.current_user_id()
    returning * into updated;
  if updated.id is null then
    raise exception 'No such achievement' using errcode = 'NTFND';
  end if;
  return updated;
end;
$$;

ALTER FUNCTION app_public.celebrate_goal_achievement(achievement_id uuid) OWNER TO hp_definer;

--
-- Name: FUNCTION celebrate_goal_achievement(achievement_id uuid); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public.celebrate_goal_achievement(achievement_id uuid) IS 'Marks an achievement as shown to the patient.';

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
  perform app_private.audit_event('two_factor_enabled', me);
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
-- Name: crisis_keyword_precision(); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public.crisis_keyword_precision() RETURNS TABLE(slug text, detections bigint, reviewed bigint, false_positives bigint, precision_rate numeric)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select s ->> 'slug', count(*), count(*) filter (where d.false_positive is not null),
         count(*) filter (where d.false_positive),
         round(1 - (count(*) filter (where d.false_positive))::numeric / nullif(count(*) filter (where d.false_positive is not null), 0), 3)
  from app_public.crisis_detections d, jsonb_array_elements(d.detected_keywords) s
  where s ? 'slug' and coalesce((s ->> 'weight')::numeric, 0) > 0
  group by 1
  order by 5 nulls last, 2 desc
$$;

ALTER FUNCTION app_public.crisis_keyword_precision() OWNER TO hp_definer;

--
-- Name: FUNCTION crisis_keyword_precision(); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public.crisis_keyword_precision() IS 'Per keyword: detections, how many were reviewed, how many were false positives, and precision. For reviewing the library.';

--
-- Name: crisis_resources; Type: TABLE; Schema: app_public; Owner: hp_owner
--

CREATE TABLE app_public.crisis_resources (
    id uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    slug text NOT NULL,
    name text NOT NULL,
    description text NOT NULL,
    country text NOT NULL,
    languages text[] NOT NULL,
    channel app_public.crisis_channel_enum NOT NULL,
    contact text NOT NULL,
    instructions text,
    hours text DEFAULT '24/7'::text NOT NULL,
    url text,
    is_emergency boolean DEFAULT false NOT NULL,
    priority integer DEFAULT 100 NOT NULL,
    verified_on date NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT contact_length CHECK (((length(contact) >= 1) AND (length(contact) <= 200))),
    CONSTRAINT country_code CHECK ((country ~ '^([A-Z]{2}|INTL)$'::text)),
    CONSTRAINT description_length CHECK ((length(description) <= 1000)),
    CONSTRAINT instructions_length CHECK ((length(instructions) <= 500)),
    CONSTRAINT languages_format CHECK (((cardinality(languages) >= 1) AND (cardinality(languages) <= 20))),
    CONSTRAINT name_length CHECK (((length(name) >= 1) AND (length(name) <= 200))),
    CONSTRAINT slug_format CHECK ((slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'::text)),
    CONSTRAINT url_format CHECK ((url ~ '^https://'::text))
);

ALTER TABLE ONLY app_public.crisis_resources FORCE ROW LEVEL SECURITY;

ALTER TABLE app_public.crisis_resources OWNER TO hp_owner;

--
-- Name: TABLE crisis_resources; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TABLE app_public.crisis_resources IS 'Crisis lines and emergency guidance by country and language. Public; admins curate.';

--
-- Name: crisis_resources_for(text, text); Type: FUNCTION; Schema: app_public; Owner: hp_owner
--

CREATE FUNCTION app_public.crisis_resources_for(country text DEFAULT NULL::text, language text DEFAULT NULL::text) RETURNS SETOF app_public.crisis_resources
    LANGUAGE sql STABLE
    AS $$
  -- The country's services first (emergency guidance at the top), then
  -- international ones; services in the person's language before others.
  select r.* from app_public.crisis_resources r
  where r.is_active and (r.country = upper(coalesce(crisis_resources_for.country, 'INTL')) or r.country = 'INTL')
  order by r.country = 'INTL', not r.is_emergency,
           not (split_part(coalesce(crisis_resources_for.language, 'en'), '-', 1) = any (r.languages)), r.priority, r.name
$$;

ALTER FUNCTION app_public.crisis_resources_for(country text, language text) OWNER TO hp_owner;

--
-- Name: FUNCTION crisis_resources_for(country text, language text); Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON FUNCTION app_public.crisis_resources_for(country text, language text) IS 'Crisis services for a country (ISO code) and language: emergency guidance first, then the country''s lines, then international ones.';

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
-- Name: safety_plans; Type: TABLE; Schema: app_public; Owner: hp_owner
--

CREATE TABLE app_public.safety_plans (
    id uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    user_id uuid NOT NULL,
    version integer NOT NULL,
    warning_signs text[] DEFAULT '{}'::text[] NOT NULL,
    internal_coping_strategies text[] DEFAULT '{}'::text[] NOT NULL,
    distracting_people_and_places text[] DEFAULT '{}'::text[] NOT NULL,
    people_to_ask_for_help text[] DEFAULT '{}'::text[] NOT NULL,
    professionals_and_agencies text[] DEFAULT '{}'::text[] NOT NULL,
    making_the_environment_safe text[] DEFAULT '{}'::text[] NOT NULL,
    reasons_for_living text[] DEFAULT '{}'::text[] NOT NULL,
    authored_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT safety_plans_distracting_people_and_places_check CHECK (app_private.valid_plan_items(distracting_people_and_places)),
    CONSTRAINT safety_plans_internal_coping_strategies_check CHECK (app_private.valid_plan_items(internal_coping_strategies)),
    CONSTRAINT safety_plans_making_the_environment_safe_check CHECK (app_private.valid_plan_items(making_the_environment_safe)),
    CONSTRAINT safety_plans_people_to_ask_for_help_check CHECK (app_private.valid_plan_items(people_to_ask_for_help)),
    CONSTRAINT safety_plans_professionals_and_agencies_check CHECK (app_private.valid_plan_items(professionals_and_agencies)),
    CONSTRAINT safety_plans_reasons_for_living_check CHECK (app_private.valid_plan_items(reasons_for_living)),
    CONSTRAINT safety_plans_warning_signs_check CHECK (app_private.valid_plan_items(warning_signs))
);

ALTER TABLE ONLY app_public.safety_plans FORCE ROW LEVEL SECURITY;

ALTER TABLE app_public.safety_plans OWNER TO hp_owner;

--
-- Name: TABLE safety_plans; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TABLE app_public.safety_plans IS 'Stanley-Brown safety plans, one row per version (append-only). The highest version is the current plan.';

--
-- Name: current_safety_plan(uuid); Type: FUNCTION; Schema: app_public; Owner: hp_owner
--

CREATE FUNCTION app_public.current_safety_plan(patient_id uuid DEFAULT NULL::uuid) RETURNS app_public.safety_plans
    LANGUAGE sql STABLE
    AS $$
  select p.* from app_public.safety_plans p
  where p.user_id = (select app_private.subject(patient_id))
  order by p.version desc
  limit 1
$$;

ALTER FUNCTION app_public.current_safety_plan(patient_id uuid) OWNER TO hp_owner;

--
-- Name: FUNCTION current_safety_plan(patient_id uuid); Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON FUNCTION app_public.current_safety_plan(patient_id uuid) IS 'The latest version of a safety plan (the caller''s, or a reachable patient''s).';

--
-- Name: current_session_id(); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public.current_session_id() RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select s.id from app_private.active_session() s
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
  perform app_private.audit_event('two_factor_disabled', me);
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
-- Name: therapeutic_relationships; Type: TABLE; Schema: app_public; Owner: hp_owner
--

CREATE TABLE app_public.therapeutic_relationships (
    id uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    therapist_id uuid NOT NULL,
    patient_id uuid NOT NULL,
    relationship_type app_public.therapy_type_enum NOT NULL,
    status app_public.relationship_status_enum DEFAULT 'pending'::app_public.relationship_status_enum NOT NULL,
    start_date date DEFAULT CURRENT_DATE NOT NULL,
    end_date date,
    notes text,
    invited_at timestamp with time zone DEFAULT now() NOT NULL,
    responded_at timestamp with time zone,
    ended_at timestamp with time zone,
    ended_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT ended_has_end_date CHECK (((status = 'ended'::app_public.relationship_status_enum) = (end_date IS NOT NULL))),
    CONSTRAINT ends_after_it_starts CHECK (((end_date IS NULL) OR (end_date >= start_date))),
    CONSTRAINT therapeutic_relationships_notes_check CHECK ((length(notes) <= 2000)),
    CONSTRAINT therapist_is_not_patient CHECK ((therapist_id <> patient_id))
);

ALTER TABLE ONLY app_public.therapeutic_relationships FORCE ROW LEVEL SECURITY;

ALTER TABLE app_public.therapeutic_relationships OWNER TO hp_owner;

--
-- Name: TABLE therapeutic_relationships; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TABLE app_public.therapeutic_relationships IS 'Therapist-patient relationships. Only an active one, with the patient''s therapist_sharing consent, lets the therapist see the patient''s shared data.';

--
-- Name: COLUMN therapeutic_relationships.notes; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON COLUMN app_public.therapeutic_relationships.notes IS 'The therapist''s note on the relationship (referral reason, say). The patient can read it too.';

--
-- Name: end_relationship(uuid); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public.end_relationship(relationship_id uuid) RETURNS app_public.therapeutic_relationships
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
declare
  me uuid := app_public.current_user_id();
  updated app_public.therapeutic_relationships;
begin
  update app_public.therapeutic_relationships r
    set status = 'ended', end_date = current_date, ended_at = now(), ended_by = me
    where r.id = relationship_id
      and me in (r.therapist_id, r.patient_id)
      and r.status in ('pending', 'active')
    returning * into updated;
  if updated.id is null then
    raise exception 'No open relationship with that id' using errcode = 'NTFND';
  end if;
  return updated;
end;
$$;

ALTER FUNCTION app_public.end_relationship(relationship_id uuid) OWNER TO hp_definer;

--
-- Name: FUNCTION end_relationship(relationship_id uuid); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public.end_relationship(relationship_id uuid) IS 'Either side ends a pending or active relationship. The therapist''s access ends in the same transaction.';

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
-- Name: gratitude_entries; Type: TABLE; Schema: app_public; Owner: hp_owner
--

CREATE TABLE app_public.gratitude_entries (
    id uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    user_id uuid DEFAULT app_public.current_user_id() NOT NULL,
    entry_date date DEFAULT app_private.local_today(app_public.current_user_id()) NOT NULL,
    item text NOT NULL,
    category app_public.gratitude_category_enum,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT item_length CHECK ((length(item) <= 500))
);

ALTER TABLE ONLY app_public.gratitude_entries FORCE ROW LEVEL SECURITY;

ALTER TABLE app_public.gratitude_entries OWNER TO hp_owner;

--
-- Name: TABLE gratitude_entries; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TABLE app_public.gratitude_entries IS 'Daily gratitude: up to five items a day. Private to the patient.';

--
-- Name: gratitude_entries_crisis_support(app_public.gratitude_entries); Type: FUNCTION; Schema: app_public; Owner: hp_owner
--

CREATE FUNCTION app_public.gratitude_entries_crisis_support(entry app_public.gratitude_entries) RETURNS app_public.crisis_support
    LANGUAGE sql STABLE
    AS $$ select app_private.crisis_support_for(entry.id) $$;

ALTER FUNCTION app_public.gratitude_entries_crisis_support(entry app_public.gratitude_entries) OWNER TO hp_owner;

--
-- Name: gratitude_look_back(); Type: FUNCTION; Schema: app_public; Owner: hp_owner
--

CREATE FUNCTION app_public.gratitude_look_back() RETURNS app_public.gratitude_entries
    LANGUAGE sql STABLE
    AS $$
  select g.* from app_public.gratitude_entries g
  where g.user_id = (select app_public.current_user_id())
    and g.entry_date < app_private.local_today(g.user_id)
  order by md5(g.id::text || clock_timestamp()::text)
  limit 1
$$;

ALTER FUNCTION app_public.gratitude_look_back() OWNER TO hp_owner;

--
-- Name: FUNCTION gratitude_look_back(); Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON FUNCTION app_public.gratitude_look_back() IS 'One of your own past gratitude items, chosen at random, for a hard day.';

--
-- Name: gratitude_streak(); Type: FUNCTION; Schema: app_public; Owner: hp_owner
--

CREATE FUNCTION app_public.gratitude_streak() RETURNS app_public.day_streak
    LANGUAGE sql STABLE
    AS $$
  select app_private.day_streak(
    array(select g.entry_date from app_public.gratitude_entries g where g.user_id = (select app_public.current_user_id())),
    app_private.local_today(app_public.current_user_id()))
$$;

ALTER FUNCTION app_public.gratitude_streak() OWNER TO hp_owner;

--
-- Name: FUNCTION gratitude_streak(); Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON FUNCTION app_public.gratitude_streak() IS 'Days in a row with at least one gratitude item.';

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
-- Name: invite_patient(text, app_public.therapy_type_enum, text); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public.invite_patient(patient_email text, relationship_type app_public.therapy_type_enum, notes text DEFAULT NULL::text) RETURNS app_public.therapeutic_relationships
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
declare
  me app_public.users := app_public."current_user"();
  patient uuid;
  created app_public.therapeutic_relationships;
begin
  if me.id is null then
    raise exception 'You must be signed in' using errcode = 'LOGIN';
  end if;
  if me.role <> 'therapist' then
    raise exception 'Only therapists can invite patients' using errcode = 'NOTTH';
  end if;
  select id into patient from app_public.users where email = lower(trim(patient_email)) and role = 'patient';
  if patient is null then
    raise exception 'No patient has that email address' using errcode = 'NTFND';
  end if;
  insert into app_public.therapeutic_relationships (therapist_id, patient_id, relationship_type, notes)
    values (me.id, patient, relationship_type, notes)
    returning * into created;
  return created;
end;
$$;

ALTER FUNCTION app_public.invite_patient(patient_email text, relationship_type app_public.therapy_type_enum, notes text) OWNER TO hp_definer;

--
-- Name: FUNCTION invite_patient(patient_email text, relationship_type app_public.therapy_type_enum, notes text); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public.invite_patient(patient_email text, relationship_type app_public.therapy_type_enum, notes text) IS 'A therapist invites a patient (by email) into a relationship; it stays pending until the patient accepts.';

--
-- Name: english_unaccent; Type: TEXT SEARCH CONFIGURATION; Schema: app_private; Owner: hp_owner
--

CREATE TEXT SEARCH CONFIGURATION app_private.english_unaccent (
    PARSER = pg_catalog."default" );

ALTER TEXT SEARCH CONFIGURATION app_private.english_unaccent
    ADD MAPPING FOR asciiword WITH english_stem;

ALTER TEXT SEARCH CONFIGURATION app_private.english_unaccent
    ADD MAPPING FOR word WITH public.unaccent, english_stem;

ALTER TEXT SEARCH CONFIGURATION app_private.english_unaccent
    ADD MAPPING FOR numword WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.english_unaccent
    ADD MAPPING FOR email WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.english_unaccent
    ADD MAPPING FOR url WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.english_unaccent
    ADD MAPPING FOR host WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.english_unaccent
    ADD MAPPING FOR sfloat WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.english_unaccent
    ADD MAPPING FOR version WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.english_unaccent
    ADD MAPPING FOR hword_numpart WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.english_unaccent
    ADD MAPPING FOR hword_part WITH public.unaccent, english_stem;

ALTER TEXT SEARCH CONFIGURATION app_private.english_unaccent
    ADD MAPPING FOR hword_asciipart WITH english_stem;

ALTER TEXT SEARCH CONFIGURATION app_private.english_unaccent
    ADD MAPPING FOR numhword WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.english_unaccent
    ADD MAPPING FOR asciihword WITH english_stem;

ALTER TEXT SEARCH CONFIGURATION app_private.english_unaccent
    ADD MAPPING FOR hword WITH public.unaccent, english_stem;

ALTER TEXT SEARCH CONFIGURATION app_private.english_unaccent
    ADD MAPPING FOR url_path WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.english_unaccent
    ADD MAPPING FOR file WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.english_unaccent
    ADD MAPPING FOR "float" WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.english_unaccent
    ADD MAPPING FOR "int" WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.english_unaccent
    ADD MAPPING FOR uint WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.english_unaccent OWNER TO hp_owner;

--
-- Name: journal_entries; Type: TABLE; Schema: app_public; Owner: hp_owner
--

CREATE TABLE app_public.journal_entries (
    id uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    user_id uuid DEFAULT app_public.current_user_id() NOT NULL,
    title text,
    content text NOT NULL,
    mood_before app_public.mood_scale_domain,
    mood_after app_public.mood_scale_domain,
    cbt_technique app_public.cbt_technique_enum,
    privacy_level app_public.privacy_level_enum DEFAULT 'private'::app_public.privacy_level_enum NOT NULL,
    prompt_id uuid,
    tags text[] DEFAULT '{}'::text[] NOT NULL,
    search_config regconfig DEFAULT 'app_private.english_unaccent'::regconfig NOT NULL,
    search_vector tsvector GENERATED ALWAYS AS ((setweight(to_tsvector(search_config, COALESCE(title, ''::text)), 'A'::"char") || setweight(to_tsvector(search_config, content), 'B'::"char"))) STORED,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT content_length CHECK ((length(content) <= 20000)),
    CONSTRAINT tags_are_short CHECK (((cardinality(tags) <= 20) AND app_private.are_tags(tags))),
    CONSTRAINT title_length CHECK ((length(title) <= 255))
);

ALTER TABLE ONLY app_public.journal_entries FORCE ROW LEVEL SECURITY;

ALTER TABLE app_public.journal_entries OWNER TO hp_owner;

--
-- Name: TABLE journal_entries; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TABLE app_public.journal_entries IS 'Journal entries. The privacy level decides who else may read them; the database enforces it.';

--
-- Name: COLUMN journal_entries.search_config; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON COLUMN app_public.journal_entries.search_config IS '@behavior -*
The author''s language''s accent-blind search configuration (set by the database).';

--
-- Name: COLUMN journal_entries.search_vector; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON COLUMN app_public.journal_entries.search_vector IS '@behavior -*
The full-text index of title and content.';

--
-- Name: journal_entries_crisis_support(app_public.journal_entries); Type: FUNCTION; Schema: app_public; Owner: hp_owner
--

CREATE FUNCTION app_public.journal_entries_crisis_support(entry app_public.journal_entries) RETURNS app_public.crisis_support
    LANGUAGE sql STABLE
    AS $$ select app_private.crisis_support_for(entry.id) $$;

ALTER FUNCTION app_public.journal_entries_crisis_support(entry app_public.journal_entries) OWNER TO hp_owner;

--
-- Name: journal_research_statistics(integer); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public.journal_research_statistics(weeks integer DEFAULT 12) RETURNS SETOF app_public.journal_research_cell
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select date_trunc('week', e.created_at)::date, e.cbt_technique, count(distinct e.user_id)::integer, count(*)::integer,
         round(avg(e.mood_after - e.mood_before), 2)
  from app_public.journal_entries e
  where e.privacy_level = 'anonymous_research'
    and e.created_at > now() - make_interval(weeks => least(greatest(weeks, 1), 104))
  group by 1, 2
  having count(distinct e.user_id) >= coalesce(app_private.setting_int('analytics.min_cell_size'), 10)
  order by 1, 2
$$;

ALTER FUNCTION app_public.journal_research_statistics(weeks integer) OWNER TO hp_definer;

--
-- Name: FUNCTION journal_research_statistics(weeks integer); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public.journal_research_statistics(weeks integer) IS 'Counts from research-shared entries per week and technique; cells under the k-anonymity size are left out. No text.';

--
-- Name: logout(); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public.logout() RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
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

ALTER FUNCTION app_public.logout() OWNER TO hp_definer;

--
-- Name: FUNCTION logout(); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public.logout() IS 'Ends the caller''s session at once.';

--
-- Name: logout_everywhere(); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public.logout_everywhere() RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
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

ALTER FUNCTION app_public.logout_everywhere() OWNER TO hp_definer;

--
-- Name: FUNCTION logout_everywhere(); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public.logout_everywhere() IS 'Ends every session of the signed-in user, this one included. Returns how many were ended.';

--
-- Name: mark_crisis_case_false_positive(uuid, text); Type: FUNCTION; Schema: app_public; Owner: hp_owner
--

CREATE FUNCTION app_public.mark_crisis_case_false_positive(escalation_id uuid, outcome_notes text) RETURNS app_public.crisis_escalations
    LANGUAGE sql
    AS $$ select app_private.move_case(escalation_id, 'false_positive', outcome_notes) $$;

ALTER FUNCTION app_public.mark_crisis_case_false_positive(escalation_id uuid, outcome_notes text) OWNER TO hp_owner;

--
-- Name: mood_correlations(uuid, integer); Type: FUNCTION; Schema: app_public; Owner: hp_owner
--

CREATE FUNCTION app_public.mood_correlations(patient_id uuid DEFAULT NULL::uuid, window_days integer DEFAULT 90) RETURNS SETOF app_public.mood_correlation
    LANGUAGE sql STABLE
    AS $$
  with recent as (
    select e.* from app_public.mood_entries e
    where e.user_id = (select app_private.subject(patient_id))
      and e.entry_date > (select app_private.local_today(app_private.subject(patient_id))) - least(greatest(window_days, 7), 366)
  ), pairs as (
    select d.dimension, count(app_private.dimension_value(r, d.dimension))::integer as n,
           corr(app_private.dimension_value(r, d.dimension), r.overall_mood) as r
    from recent r
    cross join (values ('sleep_hours'::app_public.mood_dimension_enum), ('energy_level'), ('anxiety_level'), ('stress_level')) d (dimension)
    group by d.dimension
  )
  select p.dimension, 'overall_mood'::app_public.mood_dimension_enum, p.n, round(p.r::numeric, 3),
         case when p.n < 7 then 'not enough data'
              when p.r is null then 'none'
              when abs(p.r) >= 0.7 then 'strong'
              when abs(p.r) >= 0.4 then 'moderate'
              when abs(p.r) >= 0.2 then 'weak'
              else 'none' end
  from pairs p
  order by p.dimension
$$;

ALTER FUNCTION app_public.mood_correlations(patient_id uuid, window_days integer) OWNER TO hp_owner;

--
-- Name: FUNCTION mood_correlations(patient_id uuid, window_days integer); Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON FUNCTION app_public.mood_correlations(patient_id uuid, window_days integer) IS 'Pearson correlation of sleep, energy, anxiety and stress with overall mood over the last window_days (at least 7 pairs to say anything).';

--
-- Name: mood_entries_crisis_support(app_public.mood_entries); Type: FUNCTION; Schema: app_public; Owner: hp_owner
--

CREATE FUNCTION app_public.mood_entries_crisis_support(entry app_public.mood_entries) RETURNS app_public.crisis_support
    LANGUAGE sql STABLE
    AS $$ select app_private.crisis_support_for(entry.id) $$;

ALTER FUNCTION app_public.mood_entries_crisis_support(entry app_public.mood_entries) OWNER TO hp_owner;

--
-- Name: mood_goals_progress(app_public.mood_goals); Type: FUNCTION; Schema: app_public; Owner: hp_owner
--

CREATE FUNCTION app_public.mood_goals_progress(goal app_public.mood_goals) RETURNS app_public.mood_goal_progress
    LANGUAGE sql STABLE
    AS $$
  select app_private.goal_progress(goal, app_private.local_today(goal.user_id))
$$;

ALTER FUNCTION app_public.mood_goals_progress(goal app_public.mood_goals) OWNER TO hp_owner;

--
-- Name: FUNCTION mood_goals_progress(goal app_public.mood_goals); Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON FUNCTION app_public.mood_goals_progress(goal app_public.mood_goals) IS 'Progress over the window that ends today (the patient''s local day).';

--
-- Name: mood_goals_suggestion(app_public.mood_goals); Type: FUNCTION; Schema: app_public; Owner: hp_owner
--

CREATE FUNCTION app_public.mood_goals_suggestion(goal app_public.mood_goals) RETURNS app_public.mood_goal_suggestion
    LANGUAGE sql STABLE
    AS $$
  -- The last four whole windows (not the current one), where the patient logged at all.
  with windows as (
    select (app_private.goal_progress(goal, app_private.local_today(goal.user_id) - goal.window_days * k)).*
    from generate_series(1, 4) k
  ), judged as (
    select * from windows where days_logged > 0
  ), verdict as (
    select count(*) as windows, count(*) filter (where not met) as missed,
           min(current_value) as lowest, max(current_value) as highest, avg(current_value) as typical,
           min(days_meeting) as fewest_days, round(avg(days_meeting)) as typical_days
    from judged
  )
  select
    case when v.windows >= 3 and v.missed >= 3 then 'lower_target'
         when v.windows >= 3 and v.missed = 0 and (
           (goal.kind = 'days' and v.fewest_days >= least(goal.required_days + 1, goal.window_days) and goal.required_days < goal.window_days)
           or (goal.kind = 'average' and goal.comparison = 'at_least' and v.lowest >= goal.target + 1)
           or (goal.kind = 'average' and goal.comparison = 'at_most' and v.highest <= goal.target - 1)) then 'raise_target'
    end,
    case when goal.kind = 'average' then
      case when v.windows >= 3 and v.missed >= 3 then
             round(least(greatest(v.typical * 2, 2), 48) / 2 + case goal.comparison when 'at_least' then 0.5 else -0.5 end, 1)
           when v.windows >= 3 and v.missed = 0 then
             goal.target + case goal.comparison when 'at_least' then 0.5 else -0.5 end
      end
    end,
    case when goal.kind = 'days' then
      case when v.windows >= 3 and v.missed >= 3 then greatest(1, least(goal.required_days - 1, v.typical_days::integer + 1))
           when v.windows >= 3 and v.missed = 0 then least(goal.window_days, goal.required_days + 1)
      end
    end,
    case when v.windows >= 3 and v.missed >= 3 then
           format('Missed in %s of the last %s periods: a smaller step may be easier to keep.', v.missed, v.windows)
         when v.windows >= 3 and v.missed = 0 then
           format('Met comfortably in each of the last %s periods: ready for a little more?', v.windows)
    end
  from verdict v
$$;

ALTER FUNCTION app_public.mood_goals_suggestion(goal app_public.mood_goals) OWNER TO hp_owner;

--
-- Name: FUNCTION mood_goals_suggestion(goal app_public.mood_goals); Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON FUNCTION app_public.mood_goals_suggestion(goal app_public.mood_goals) IS 'An adjustment when the goal was missed in 3 of the last 4 windows (lower) or met with room to spare in all of them (raise); null otherwise.';

--
-- Name: mood_rolling_averages(uuid); Type: FUNCTION; Schema: app_public; Owner: hp_owner
--

CREATE FUNCTION app_public.mood_rolling_averages(patient_id uuid DEFAULT NULL::uuid) RETURNS SETOF app_public.mood_average
    LANGUAGE sql STABLE
    AS $$
  select w.days, count(e.id)::integer,
         round(avg(e.overall_mood), 2), round(avg(e.energy_level), 2), round(avg(e.anxiety_level), 2),
         round(avg(e.stress_level), 2), round(avg(e.sleep_hours), 2)
  from (values (7), (30)) as w (days)
  left join app_public.mood_entries e
    on e.user_id = (select app_private.subject(patient_id))
   and e.entry_date > (select app_private.local_today(app_private.subject(patient_id))) - w.days
  group by w.days
  order by w.days
$$;

ALTER FUNCTION app_public.mood_rolling_averages(patient_id uuid) OWNER TO hp_owner;

--
-- Name: FUNCTION mood_rolling_averages(patient_id uuid); Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON FUNCTION app_public.mood_rolling_averages(patient_id uuid) IS 'Averages of each dimension over the last 7 and 30 local days (today included).';

--
-- Name: mood_streak(uuid); Type: FUNCTION; Schema: app_public; Owner: hp_owner
--

CREATE FUNCTION app_public.mood_streak(patient_id uuid DEFAULT NULL::uuid) RETURNS app_public.mood_streak
    LANGUAGE sql STABLE
    AS $$
  select s.current_streak, s.longest_streak, s.last_date, s.total_days
  from app_private.day_streak(
         array(select e.entry_date from app_public.mood_entries e where e.user_id = (select app_private.subject(patient_id))),
         (select app_private.local_today(app_private.subject(patient_id)))) s
$$;

ALTER FUNCTION app_public.mood_streak(patient_id uuid) OWNER TO hp_owner;

--
-- Name: FUNCTION mood_streak(patient_id uuid); Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON FUNCTION app_public.mood_streak(patient_id uuid) IS 'Consecutive days with a check-in (app_private.day_streak): the current run (alive until a whole local day is missed) and the longest ever.';

--
-- Name: mood_trend(uuid, integer, app_public.mood_dimension_enum); Type: FUNCTION; Schema: app_public; Owner: hp_owner
--

CREATE FUNCTION app_public.mood_trend(patient_id uuid DEFAULT NULL::uuid, window_days integer DEFAULT 30, dimension app_public.mood_dimension_enum DEFAULT 'overall_mood'::app_public.mood_dimension_enum) RETURNS app_public.mood_trend
    LANGUAGE sql STABLE
    AS $$
  with points as (
    select (e.entry_date - (select app_private.local_today(app_private.subject(patient_id))))::numeric as x,
           app_private.dimension_value(e, dimension) as y
    from app_public.mood_entries e
    where e.user_id = (select app_private.subject(patient_id))
      and e.entry_date > (select app_private.local_today(app_private.subject(patient_id))) - least(greatest(window_days, 2), 366)
  ), fit as (
    select count(y)::integer as n, regr_slope(y, x) as slope, regr_r2(y, x) as r2 from points
  )
  select dimension, least(greatest(window_days, 2), 366), fit.n,
         round(fit.slope::numeric, 4), round((fit.slope * least(greatest(window_days, 2), 366))::numeric, 2),
         round(fit.r2::numeric, 3),
         case when fit.n < 3 or fit.slope is null then 'not enough data'
              when abs(fit.slope * least(greatest(window_days, 2), 366)) < 0.5 then 'steady'
              when fit.slope > 0 then 'rising' else 'falling' end
  from fit
$$;

ALTER FUNCTION app_public.mood_trend(patient_id uuid, window_days integer, dimension app_public.mood_dimension_enum) OWNER TO hp_owner;

--
-- Name: FUNCTION mood_trend(patient_id uuid, window_days integer, dimension app_public.mood_dimension_enum); Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON FUNCTION app_public.mood_trend(patient_id uuid, window_days integer, dimension app_public.mood_dimension_enum) IS 'Least-squares slope of a dimension over the last window_days (2 to 366): per day, over the window, its r², and a word for it.';

--
-- Name: mood_weekday_profile(uuid, integer); Type: FUNCTION; Schema: app_public; Owner: hp_owner
--

CREATE FUNCTION app_public.mood_weekday_profile(patient_id uuid DEFAULT NULL::uuid, window_days integer DEFAULT 90) RETURNS SETOF app_public.mood_weekday
    LANGUAGE sql STABLE
    AS $$
  with recent as (
    select e.entry_date, e.overall_mood from app_public.mood_entries e
    where e.user_id = (select app_private.subject(patient_id))
      and e.entry_date > (select app_private.local_today(app_private.subject(patient_id))) - least(greatest(window_days, 7), 366)
  )
  select d.dow, to_char(date '2024-01-01' + (d.dow - 1), 'FMDay'), count(r.entry_date)::integer,
         round(avg(r.overall_mood), 2), round(avg(r.overall_mood) - (select avg(overall_mood) from recent), 2)
  from generate_series(1, 7) d (dow)
  left join recent r on extract(isodow from r.entry_date) = d.dow
  group by d.dow
  order by d.dow
$$;

ALTER FUNCTION app_public.mood_weekday_profile(patient_id uuid, window_days integer) OWNER TO hp_owner;

--
-- Name: FUNCTION mood_weekday_profile(patient_id uuid, window_days integer); Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON FUNCTION app_public.mood_weekday_profile(patient_id uuid, window_days integer) IS 'Average mood per weekday (Monday = 1) and its difference from the overall average.';

--
-- Name: mood_weekly_trend(uuid, integer); Type: FUNCTION; Schema: app_public; Owner: hp_owner
--

CREATE FUNCTION app_public.mood_weekly_trend(patient_id uuid DEFAULT NULL::uuid, weeks integer DEFAULT 13) RETURNS SETOF app_public.mood_week
    LANGUAGE sql STABLE
    AS $$
  select date_trunc('week', e.entry_date)::date, count(*)::integer,
         round(avg(e.overall_mood), 2), round(avg(e.energy_level), 2), round(avg(e.anxiety_level), 2),
         round(avg(e.stress_level), 2), round(avg(e.sleep_hours), 2)
  from app_public.mood_entries e
  where e.user_id = (select app_private.subject(patient_id))
    and e.entry_date >= date_trunc('week', (select app_private.local_today(app_private.subject(patient_id))))::date - 7 * (least(greatest(weeks, 1), 104) - 1)
  group by 1
  order by 1
$$;

ALTER FUNCTION app_public.mood_weekly_trend(patient_id uuid, weeks integer) OWNER TO hp_owner;

--
-- Name: FUNCTION mood_weekly_trend(patient_id uuid, weeks integer); Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON FUNCTION app_public.mood_weekly_trend(patient_id uuid, weeks integer) IS 'Week-by-week averages (weeks start on Monday) over the last `weeks` weeks; 13 weeks is a quarter.';

--
-- Name: my_patient_ids(); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public.my_patient_ids() RETURNS uuid[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select coalesce(array_agg(p), '{}') from app_private.reachable_patients((select app_public.current_user_id())) p
$$;

ALTER FUNCTION app_public.my_patient_ids() OWNER TO hp_definer;

--
-- Name: FUNCTION my_patient_ids(); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public.my_patient_ids() IS 'The patients whose shared data the calling therapist may see now: active relationship and current therapist_sharing consent. Empty for everyone else.';

--
-- Name: my_patients(); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public.my_patients() RETURNS SETOF app_public.patient_summary
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select r.patient_id, r.id, r.relationship_type, r.start_date,
         p.first_name, p.last_name, p.preferred_name, p.pronouns,
         extract(year from age(current_date, p.date_of_birth))::integer,
         p.timezone, p.language, p.country
  from app_public.therapeutic_relationships r
  join app_public.user_profiles p on p.user_id = r.patient_id
  where r.therapist_id = app_public.current_user_id()
    and r.status = 'active'
    and r.patient_id = any (app_public.my_patient_ids())
    and app_private.log_clinical_read(r.patient_id, 'user_profiles')
  order by p.last_name, p.first_name
$$;

ALTER FUNCTION app_public.my_patients() OWNER TO hp_definer;

--
-- Name: FUNCTION my_patients(); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public.my_patients() IS 'The calling therapist''s reachable patients with the part of their profile a therapist may see. Each read is access-logged.';

--
-- Name: my_therapists(); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public.my_therapists() RETURNS SETOF app_public.clinician_summary
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  select r.therapist_id, r.id, r.relationship_type, r.status, p.first_name, p.last_name, p.pronouns
  from app_public.therapeutic_relationships r
  join app_public.user_profiles p on p.user_id = r.therapist_id
  where r.patient_id = app_public.current_user_id()
    and r.status in ('pending', 'active')
$$;

ALTER FUNCTION app_public.my_therapists() OWNER TO hp_definer;

--
-- Name: FUNCTION my_therapists(); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public.my_therapists() IS 'The calling patient''s therapists (pending and active) with their names, so the patient knows who is asking.';

--
-- Name: prompt_of_the_day(); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public.prompt_of_the_day() RETURNS app_public.journal_prompts
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
  -- One prompt per patient per local day, the same all day: a hash of (patient,
  -- day, prompt) orders the candidates. Prompts answered on the 30 days before
  -- today come last (an answer today does not change today's prompt); the
  -- patient's language first, English when there is none in it.
  select p.*
  from app_public.journal_prompts p,
       (select u.id as me, app_private.local_today(u.id) as today,
               coalesce(nullif(split_part(pr.language, '-', 1), ''), 'en') as lang, coalesce(pr.timezone, 'UTC') as tz
        from (select app_public.current_user_id() as id) u
        left join app_public.user_profiles pr on pr.user_id = u.id) who
  where p.is_active and not p.is_crisis and p.locale in (who.lang, 'en')
  order by (p.locale = who.lang) desc,
           exists (select 1 from app_public.journal_entries e
                   where e.user_id = who.me and e.prompt_id = p.id
                     and (e.created_at at time zone who.tz)::date between who.today - 30 and who.today - 1),
           md5(who.me::text || who.today::text || p.id::text)
  limit 1
$$;

ALTER FUNCTION app_public.prompt_of_the_day() OWNER TO hp_definer;

--
-- Name: FUNCTION prompt_of_the_day(); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public.prompt_of_the_day() IS 'Today''s prompt for the signed-in patient: deterministic for the day, in their language, avoiding prompts answered in the last 30 days.';

--
-- Name: record_mood(integer, integer, integer, integer, double precision, text, text[], date); Type: FUNCTION; Schema: app_public; Owner: hp_owner
--

CREATE FUNCTION app_public.record_mood(overall_mood integer, energy_level integer DEFAULT NULL::integer, anxiety_level integer DEFAULT NULL::integer, stress_level integer DEFAULT NULL::integer, sleep_hours double precision DEFAULT NULL::double precision, notes text DEFAULT NULL::text, activities text[] DEFAULT '{}'::text[], entry_date date DEFAULT NULL::date) RETURNS app_public.mood_entries
    LANGUAGE plpgsql
    AS $$
declare
  me uuid := app_public.current_user_id();
  saved app_public.mood_entries;
begin
  if me is null then
    raise exception 'You must be signed in' using errcode = 'LOGIN';
  end if;
  insert into app_public.mood_entries as e
    (user_id, entry_date, overall_mood, energy_level, anxiety_level, stress_level, sleep_hours, notes, activities)
  values
    (me, coalesce(record_mood.entry_date, app_private.local_today(me)), record_mood.overall_mood,
     record_mood.energy_level, record_mood.anxiety_level, record_mood.stress_level, record_mood.sleep_hours,
     record_mood.notes, coalesce(record_mood.activities, '{}'))
  on conflict on constraint one_entry_per_day do update
    set overall_mood = excluded.overall_mood,
        energy_level = excluded.energy_level,
        anxiety_level = excluded.anxiety_level,
        stress_level = excluded.stress_level,
        sleep_hours = excluded.sleep_hours,
        notes = excluded.notes,
        activities = excluded.activities,
        checked_in_at = now()
  returning * into saved;
  return saved;
end;
$$;

ALTER FUNCTION app_public.record_mood(overall_mood integer, energy_level integer, anxiety_level integer, stress_level integer, sleep_hours double precision, notes text, activities text[], entry_date date) OWNER TO hp_owner;

--
-- Name: FUNCTION record_mood(overall_mood integer, energy_level integer, anxiety_level integer, stress_level integer, sleep_hours double precision, notes text, activities text[], entry_date date); Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON FUNCTION app_public.record_mood(overall_mood integer, energy_level integer, anxiety_level integer, stress_level integer, sleep_hours double precision, notes text, activities text[], entry_date date) IS 'Today''s check-in (or the given day''s): creates it, or replaces the same day''s check-in. Runs as the caller, so every policy applies.';

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
-- Name: resolve_crisis_case(uuid, text); Type: FUNCTION; Schema: app_public; Owner: hp_owner
--

CREATE FUNCTION app_public.resolve_crisis_case(escalation_id uuid, outcome_notes text) RETURNS app_public.crisis_escalations
    LANGUAGE sql
    AS $$ select app_private.move_case(escalation_id, 'resolved', outcome_notes) $$;

ALTER FUNCTION app_public.resolve_crisis_case(escalation_id uuid, outcome_notes text) OWNER TO hp_owner;

--
-- Name: respond_to_invitation(uuid, boolean); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public.respond_to_invitation(relationship_id uuid, accept boolean) RETURNS app_public.therapeutic_relationships
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
declare
  updated app_public.therapeutic_relationships;
begin
  update app_public.therapeutic_relationships r
    set status = case when accept then 'active'::app_public.relationship_status_enum else 'declined' end,
        start_date = current_date,
        responded_at = now()
    where r.id = relationship_id
      and r.patient_id = app_public.current_user_id()
      and r.status = 'pending'
    returning * into updated;
  if updated.id is null then
    raise exception 'No pending invitation with that id' using errcode = 'NTFND';
  end if;
  return updated;
end;
$$;

ALTER FUNCTION app_public.respond_to_invitation(relationship_id uuid, accept boolean) OWNER TO hp_definer;

--
-- Name: FUNCTION respond_to_invitation(relationship_id uuid, accept boolean); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public.respond_to_invitation(relationship_id uuid, accept boolean) IS 'The patient accepts or declines a pending invitation. Accepting does not share anything by itself: sharing needs the therapist_sharing consent.';

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
  perform app_private.audit_event('session_revoked', null, jsonb_build_object('session_id', session_id));
  return true;
end;
$$;

ALTER FUNCTION app_public.revoke_session(session_id uuid) OWNER TO hp_definer;

--
-- Name: FUNCTION revoke_session(session_id uuid); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public.revoke_session(session_id uuid) IS 'Signs out one of your own devices.';

--
-- Name: save_safety_plan(uuid, text[], text[], text[], text[], text[], text[], text[]); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public.save_safety_plan(patient_id uuid DEFAULT NULL::uuid, warning_signs text[] DEFAULT '{}'::text[], internal_coping_strategies text[] DEFAULT '{}'::text[], distracting_people_and_places text[] DEFAULT '{}'::text[], people_to_ask_for_help text[] DEFAULT '{}'::text[], professionals_and_agencies text[] DEFAULT '{}'::text[], making_the_environment_safe text[] DEFAULT '{}'::text[], reasons_for_living text[] DEFAULT '{}'::text[]) RETURNS app_public.safety_plans
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
declare
  me uuid := app_public.current_user_id();
  owner uuid := coalesce(save_safety_plan.patient_id, me);
  saved app_public.safety_plans;
begin
  if me is null then
    raise exception 'You must be signed in' using errcode = 'LOGIN';
  end if;
  -- The patient, or a therapist the access rule lets in (co-authoring).
  if owner <> me and not owner = any (app_public.my_patient_ids()) then
    raise exception 'No such patient' using errcode = 'NTFND';
  end if;
  if (select role from app_public.users where id = owner) <> 'patient' then
    raise exception 'Safety plans belong to patients' using errcode = 'NOTPT';
  end if;
  perform pg_advisory_xact_lock(hashtext('safety_plan:' || owner::text));
  insert into app_public.safety_plans
    (user_id, version, warning_signs, internal_coping_strategies, distracting_people_and_places, people_to_ask_for_help,
     professionals_and_agencies, making_the_environment_safe, reasons_for_living, authored_by)
  values
    (owner, coalesce((select max(version) from app_public.safety_plans p where p.user_id = owner), 0) + 1,
     coalesce(warning_signs, '{}'), coalesce(internal_coping_strategies, '{}'), coalesce(distracting_people_and_places, '{}'),
     coalesce(people_to_ask_for_help, '{}'), coalesce(professionals_and_agencies, '{}'),
     coalesce(making_the_environment_safe, '{}'), coalesce(reasons_for_living, '{}'), me)
  returning * into saved;
  return saved;
end;
$$;

ALTER FUNCTION app_public.save_safety_plan(patient_id uuid, warning_signs text[], internal_coping_strategies text[], distracting_people_and_places text[], people_to_ask_for_help text[], professionals_and_agencies text[], making_the_environment_safe text[], reasons_for_living text[]) OWNER TO hp_definer;

--
-- Name: FUNCTION save_safety_plan(patient_id uuid, warning_signs text[], internal_coping_strategies text[], distracting_people_and_places text[], people_to_ask_for_help text[], professionals_and_agencies text[], making_the_environment_safe text[], reasons_for_living text[]); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public.save_safety_plan(patient_id uuid, warning_signs text[], internal_coping_strategies text[], distracting_people_and_places text[], people_to_ask_for_help text[], professionals_and_agencies text[], making_the_environment_safe text[], reasons_for_living text[]) IS 'Saves a new version of a safety plan: the patient''s own, or (patient_id) a reachable patient''s, as their therapist.';

--
-- Name: search_journal(text, uuid); Type: FUNCTION; Schema: app_public; Owner: hp_owner
--

CREATE FUNCTION app_public.search_journal(query text, patient_id uuid DEFAULT NULL::uuid) RETURNS SETOF app_public.journal_search_result
    LANGUAGE sql STABLE
    SET "pg_trgm.word_similarity_threshold" TO '0.3'
    AS $$
  with q as (
    select websearch_to_tsquery(app_private.search_config(app_private.subject(patient_id)), left(query, 200)) as ts,
           app_private.search_fold(left(query, 200)) as folded
  )
  select e.id, e.title,
         ts_headline(e.search_config, e.content, q.ts,
                     'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=20, MinWords=8, FragmentDelimiter=" … "'),
         (ts_rank_cd(e.search_vector, q.ts)
          + public.word_similarity(q.folded, app_private.search_fold(coalesce(e.title, '') || ' ' || e.content)) / 10)::real,
         e.privacy_level, e.created_at
  from app_public.journal_entries e, q
  where e.user_id = (select app_private.subject(patient_id))
    and length(btrim(query)) > 0
    and (e.search_vector @@ q.ts
         or q.folded operator(public.<%) app_private.search_fold(coalesce(e.title, '') || ' ' || e.content))
  order by 4 desc, e.created_at desc
  limit 50
$$;

ALTER FUNCTION app_public.search_journal(query text, patient_id uuid) OWNER TO hp_owner;

--
-- Name: FUNCTION search_journal(query text, patient_id uuid); Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON FUNCTION app_public.search_journal(query text, patient_id uuid) IS 'Searches the caller''s journal (or a reachable patient''s shared entries): ranked, accent-blind, typo-tolerant, with <mark> snippets.';

--
-- Name: start_crisis_case(uuid); Type: FUNCTION; Schema: app_public; Owner: hp_owner
--

CREATE FUNCTION app_public.start_crisis_case(escalation_id uuid) RETURNS app_public.crisis_escalations
    LANGUAGE sql
    AS $$ select app_private.move_case(escalation_id, 'in_progress', null) $$;

ALTER FUNCTION app_public.start_crisis_case(escalation_id uuid) OWNER TO hp_owner;

--
-- Name: thought_records_crisis_support(app_public.thought_records); Type: FUNCTION; Schema: app_public; Owner: hp_owner
--

CREATE FUNCTION app_public.thought_records_crisis_support(record app_public.thought_records) RETURNS app_public.crisis_support
    LANGUAGE sql STABLE
    AS $$ select app_private.crisis_support_for(record.id) $$;

ALTER FUNCTION app_public.thought_records_crisis_support(record app_public.thought_records) OWNER TO hp_owner;

--
-- Name: thought_records_emotion_changes(app_public.thought_records); Type: FUNCTION; Schema: app_public; Owner: hp_owner
--

CREATE FUNCTION app_public.thought_records_emotion_changes(record app_public.thought_records) RETURNS SETOF app_public.emotion_change
    LANGUAGE sql STABLE
    AS $$
  select lower(btrim(b ->> 'emotion')), (b ->> 'intensity')::numeric::integer, (a ->> 'intensity')::numeric::integer,
         ((a ->> 'intensity')::numeric - (b ->> 'intensity')::numeric)::integer
  from jsonb_array_elements(record.emotions) b
  left join jsonb_array_elements(record.emotions_after) a on lower(btrim(a ->> 'emotion')) = lower(btrim(b ->> 'emotion'))
$$;

ALTER FUNCTION app_public.thought_records_emotion_changes(record app_public.thought_records) OWNER TO hp_owner;

--
-- Name: FUNCTION thought_records_emotion_changes(record app_public.thought_records); Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON FUNCTION app_public.thought_records_emotion_changes(record app_public.thought_records) IS 'Each emotion''s intensity before and after the record, and the change (negative: it eased).';

--
-- Name: thought_records_missing_parts(app_public.thought_records); Type: FUNCTION; Schema: app_public; Owner: hp_owner
--

CREATE FUNCTION app_public.thought_records_missing_parts(record app_public.thought_records) RETURNS text[]
    LANGUAGE sql STABLE
    AS $$
  select app_private.thought_record_missing(record)
$$;

ALTER FUNCTION app_public.thought_records_missing_parts(record app_public.thought_records) OWNER TO hp_owner;

--
-- Name: FUNCTION thought_records_missing_parts(record app_public.thought_records); Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON FUNCTION app_public.thought_records_missing_parts(record app_public.thought_records) IS 'What the record still needs before it can be marked complete.';

--
-- Name: verify_audit_chain(); Type: FUNCTION; Schema: app_public; Owner: hp_definer
--

CREATE FUNCTION app_public.verify_audit_chain() RETURNS TABLE(intact boolean, rows_checked bigint, first_broken_seq bigint, problem text)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
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

ALTER FUNCTION app_public.verify_audit_chain() OWNER TO hp_definer;

--
-- Name: FUNCTION verify_audit_chain(); Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON FUNCTION app_public.verify_audit_chain() IS 'Recomputes the audit chain. intact is false when any row was changed, removed or inserted out of order; first_broken_seq and problem say where.';

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
-- Name: french_unaccent; Type: TEXT SEARCH CONFIGURATION; Schema: app_private; Owner: hp_owner
--

CREATE TEXT SEARCH CONFIGURATION app_private.french_unaccent (
    PARSER = pg_catalog."default" );

ALTER TEXT SEARCH CONFIGURATION app_private.french_unaccent
    ADD MAPPING FOR asciiword WITH french_stem;

ALTER TEXT SEARCH CONFIGURATION app_private.french_unaccent
    ADD MAPPING FOR word WITH public.unaccent, french_stem;

ALTER TEXT SEARCH CONFIGURATION app_private.french_unaccent
    ADD MAPPING FOR numword WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.french_unaccent
    ADD MAPPING FOR email WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.french_unaccent
    ADD MAPPING FOR url WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.french_unaccent
    ADD MAPPING FOR host WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.french_unaccent
    ADD MAPPING FOR sfloat WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.french_unaccent
    ADD MAPPING FOR version WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.french_unaccent
    ADD MAPPING FOR hword_numpart WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.french_unaccent
    ADD MAPPING FOR hword_part WITH public.unaccent, french_stem;

ALTER TEXT SEARCH CONFIGURATION app_private.french_unaccent
    ADD MAPPING FOR hword_asciipart WITH french_stem;

ALTER TEXT SEARCH CONFIGURATION app_private.french_unaccent
    ADD MAPPING FOR numhword WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.french_unaccent
    ADD MAPPING FOR asciihword WITH french_stem;

ALTER TEXT SEARCH CONFIGURATION app_private.french_unaccent
    ADD MAPPING FOR hword WITH public.unaccent, french_stem;

ALTER TEXT SEARCH CONFIGURATION app_private.french_unaccent
    ADD MAPPING FOR url_path WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.french_unaccent
    ADD MAPPING FOR file WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.french_unaccent
    ADD MAPPING FOR "float" WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.french_unaccent
    ADD MAPPING FOR "int" WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.french_unaccent
    ADD MAPPING FOR uint WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.french_unaccent OWNER TO hp_owner;

--
-- Name: simple_unaccent; Type: TEXT SEARCH CONFIGURATION; Schema: app_private; Owner: hp_owner
--

CREATE TEXT SEARCH CONFIGURATION app_private.simple_unaccent (
    PARSER = pg_catalog."default" );

ALTER TEXT SEARCH CONFIGURATION app_private.simple_unaccent
    ADD MAPPING FOR asciiword WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.simple_unaccent
    ADD MAPPING FOR word WITH public.unaccent, simple;

ALTER TEXT SEARCH CONFIGURATION app_private.simple_unaccent
    ADD MAPPING FOR numword WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.simple_unaccent
    ADD MAPPING FOR email WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.simple_unaccent
    ADD MAPPING FOR url WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.simple_unaccent
    ADD MAPPING FOR host WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.simple_unaccent
    ADD MAPPING FOR sfloat WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.simple_unaccent
    ADD MAPPING FOR version WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.simple_unaccent
    ADD MAPPING FOR hword_numpart WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.simple_unaccent
    ADD MAPPING FOR hword_part WITH public.unaccent, simple;

ALTER TEXT SEARCH CONFIGURATION app_private.simple_unaccent
    ADD MAPPING FOR hword_asciipart WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.simple_unaccent
    ADD MAPPING FOR numhword WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.simple_unaccent
    ADD MAPPING FOR asciihword WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.simple_unaccent
    ADD MAPPING FOR hword WITH public.unaccent, simple;

ALTER TEXT SEARCH CONFIGURATION app_private.simple_unaccent
    ADD MAPPING FOR url_path WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.simple_unaccent
    ADD MAPPING FOR file WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.simple_unaccent
    ADD MAPPING FOR "float" WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.simple_unaccent
    ADD MAPPING FOR "int" WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.simple_unaccent
    ADD MAPPING FOR uint WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.simple_unaccent OWNER TO hp_owner;

--
-- Name: spanish_unaccent; Type: TEXT SEARCH CONFIGURATION; Schema: app_private; Owner: hp_owner
--

CREATE TEXT SEARCH CONFIGURATION app_private.spanish_unaccent (
    PARSER = pg_catalog."default" );

ALTER TEXT SEARCH CONFIGURATION app_private.spanish_unaccent
    ADD MAPPING FOR asciiword WITH spanish_stem;

ALTER TEXT SEARCH CONFIGURATION app_private.spanish_unaccent
    ADD MAPPING FOR word WITH public.unaccent, spanish_stem;

ALTER TEXT SEARCH CONFIGURATION app_private.spanish_unaccent
    ADD MAPPING FOR numword WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.spanish_unaccent
    ADD MAPPING FOR email WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.spanish_unaccent
    ADD MAPPING FOR url WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.spanish_unaccent
    ADD MAPPING FOR host WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.spanish_unaccent
    ADD MAPPING FOR sfloat WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.spanish_unaccent
    ADD MAPPING FOR version WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.spanish_unaccent
    ADD MAPPING FOR hword_numpart WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.spanish_unaccent
    ADD MAPPING FOR hword_part WITH public.unaccent, spanish_stem;

ALTER TEXT SEARCH CONFIGURATION app_private.spanish_unaccent
    ADD MAPPING FOR hword_asciipart WITH spanish_stem;

ALTER TEXT SEARCH CONFIGURATION app_private.spanish_unaccent
    ADD MAPPING FOR numhword WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.spanish_unaccent
    ADD MAPPING FOR asciihword WITH spanish_stem;

ALTER TEXT SEARCH CONFIGURATION app_private.spanish_unaccent
    ADD MAPPING FOR hword WITH public.unaccent, spanish_stem;

ALTER TEXT SEARCH CONFIGURATION app_private.spanish_unaccent
    ADD MAPPING FOR url_path WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.spanish_unaccent
    ADD MAPPING FOR file WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.spanish_unaccent
    ADD MAPPING FOR "float" WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.spanish_unaccent
    ADD MAPPING FOR "int" WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.spanish_unaccent
    ADD MAPPING FOR uint WITH simple;

ALTER TEXT SEARCH CONFIGURATION app_private.spanish_unaccent OWNER TO hp_owner;

--
-- Name: audit_chain_head; Type: TABLE; Schema: app_private; Owner: hp_owner
--

CREATE TABLE app_private.audit_chain_head (
    singleton boolean DEFAULT true NOT NULL,
    seq bigint NOT NULL,
    row_hash bytea NOT NULL,
    CONSTRAINT audit_chain_head_singleton_check CHECK (singleton)
);

ALTER TABLE ONLY app_private.audit_chain_head FORCE ROW LEVEL SECURITY;

ALTER TABLE app_private.audit_chain_head OWNER TO hp_owner;

--
-- Name: TABLE audit_chain_head; Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON TABLE app_private.audit_chain_head IS 'The last link of the audit chain. Appending locks this row, which is what serialises concurrent writers.';

--
-- Name: audit_logs; Type: TABLE; Schema: app_public; Owner: hp_definer
--

CREATE TABLE app_public.audit_logs (
    id uuid DEFAULT public.gen_random_uuid() NOT NULL,
    seq bigint NOT NULL,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    user_id uuid,
    session_id uuid,
    actor_role text NOT NULL,
    action text NOT NULL,
    table_name text,
    record_id uuid,
    old_values jsonb,
    new_values jsonb,
    ip_address inet,
    user_agent text,
    request_id text,
    prev_hash bytea NOT NULL,
    row_hash bytea NOT NULL,
    CONSTRAINT audit_logs_action_check CHECK ((length(action) <= 100)),
    CONSTRAINT audit_logs_table_name_check CHECK ((length(table_name) <= 100))
)
PARTITION BY RANGE (occurred_at);

ALTER TABLE ONLY app_public.audit_logs FORCE ROW LEVEL SECURITY;

ALTER TABLE app_public.audit_logs OWNER TO hp_definer;

--
-- Name: TABLE audit_logs; Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON TABLE app_public.audit_logs IS 'Append-only, hash-chained record of every change to personal data and every security event. Only admins (auditors) read it.';

--
-- Name: COLUMN audit_logs.user_id; Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON COLUMN app_public.audit_logs.user_id IS 'The acting user (from the session), not necessarily the owner of the row.';

--
-- Name: COLUMN audit_logs.actor_role; Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON COLUMN app_public.audit_logs.actor_role IS 'The database role that acted: hp_patient, hp_therapist, hp_admin, hp_worker, hp_authenticator, or the owner during migrations.';

--
-- Name: COLUMN audit_logs.row_hash; Type: COMMENT; Schema: app_public; Owner: hp_definer
--

COMMENT ON COLUMN app_public.audit_logs.row_hash IS 'sha256(prev_hash || the row''s content); see app_private.audit_row_hash().';

--
-- Name: audit_logs_default; Type: TABLE; Schema: app_private; Owner: hp_definer
--

CREATE TABLE app_private.audit_logs_default (
    id uuid DEFAULT public.gen_random_uuid() NOT NULL,
    seq bigint NOT NULL,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    user_id uuid,
    session_id uuid,
    actor_role text NOT NULL,
    action text NOT NULL,
    table_name text,
    record_id uuid,
    old_values jsonb,
    new_values jsonb,
    ip_address inet,
    user_agent text,
    request_id text,
    prev_hash bytea NOT NULL,
    row_hash bytea NOT NULL,
    CONSTRAINT audit_logs_action_check CHECK ((length(action) <= 100)),
    CONSTRAINT audit_logs_table_name_check CHECK ((length(table_name) <= 100))
);

ALTER TABLE ONLY app_private.audit_logs_default FORCE ROW LEVEL SECURITY;

ALTER TABLE app_private.audit_logs_default OWNER TO hp_definer;

--
-- Name: audit_logs_y2026m11; Type: TABLE; Schema: app_private; Owner: hp_definer
--

CREATE TABLE app_private.audit_logs_y2026m11 (
    id uuid DEFAULT public.gen_random_uuid() NOT NULL,
    seq bigint NOT NULL,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    user_id uuid,
    session_id uuid,
    actor_role text NOT NULL,
    action text NOT NULL,
    table_name text,
    record_id uuid,
    old_values jsonb,
    new_values jsonb,
    ip_address inet,
    user_agent text,
    request_id text,
    prev_hash bytea NOT NULL,
    row_hash bytea NOT NULL,
    CONSTRAINT audit_logs_action_check CHECK ((length(action) <= 100)),
    CONSTRAINT audit_logs_table_name_check CHECK ((length(table_name) <= 100))
);

ALTER TABLE ONLY app_private.audit_logs_y2026m11 FORCE ROW LEVEL SECURITY;

ALTER TABLE app_private.audit_logs_y2026m11 OWNER TO hp_definer;

--
-- Name: audit_logs_y2026m12; Type: TABLE; Schema: app_private; Owner: hp_definer
--

CREATE TABLE app_private.audit_logs_y2026m12 (
    id uuid DEFAULT public.gen_random_uuid() NOT NULL,
    seq bigint NOT NULL,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    user_id uuid,
    session_id uuid,
    actor_role text NOT NULL,
    action text NOT NULL,
    table_name text,
    record_id uuid,
    old_values jsonb,
    new_values jsonb,
    ip_address inet,
    user_agent text,
    request_id text,
    prev_hash bytea NOT NULL,
    row_hash bytea NOT NULL,
    CONSTRAINT audit_logs_action_check CHECK ((length(action) <= 100)),
    CONSTRAINT audit_logs_table_name_check CHECK ((length(table_name) <= 100))
);

ALTER TABLE ONLY app_private.audit_logs_y2026m12 FORCE ROW LEVEL SECURITY;

ALTER TABLE app_private.audit_logs_y2026m12 OWNER TO hp_definer;

--
-- Name: audit_logs_y2027m01; Type: TABLE; Schema: app_private; Owner: hp_definer
--

CREATE TABLE app_private.audit_logs_y2027m01 (
    id uuid DEFAULT public.gen_random_uuid() NOT NULL,
    seq bigint NOT NULL,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    user_id uuid,
    session_id uuid,
    actor_role text NOT NULL,
    action text NOT NULL,
    table_name text,
    record_id uuid,
    old_values jsonb,
    new_values jsonb,
    ip_address inet,
    user_agent text,
    request_id text,
    prev_hash bytea NOT NULL,
    row_hash bytea NOT NULL,
    CONSTRAINT audit_logs_action_check CHECK ((length(action) <= 100)),
    CONSTRAINT audit_logs_table_name_check CHECK ((length(table_name) <= 100))
);

ALTER TABLE ONLY app_private.audit_logs_y2027m01 FORCE ROW LEVEL SECURITY;

ALTER TABLE app_private.audit_logs_y2027m01 OWNER TO hp_definer;

--
-- Name: audit_logs_y2027m02; Type: TABLE; Schema: app_private; Owner: hp_definer
--

CREATE TABLE app_private.audit_logs_y2027m02 (
    id uuid DEFAULT public.gen_random_uuid() NOT NULL,
    seq bigint NOT NULL,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    user_id uuid,
    session_id uuid,
    actor_role text NOT NULL,
    action text NOT NULL,
    table_name text,
    record_id uuid,
    old_values jsonb,
    new_values jsonb,
    ip_address inet,
    user_agent text,
    request_id text,
    prev_hash bytea NOT NULL,
    row_hash bytea NOT NULL,
    CONSTRAINT audit_logs_action_check CHECK ((length(action) <= 100)),
    CONSTRAINT audit_logs_table_name_check CHECK ((length(table_name) <= 100))
);

ALTER TABLE ONLY app_private.audit_logs_y2027m02 FORCE ROW LEVEL SECURITY;

ALTER TABLE app_private.audit_logs_y2027m02 OWNER TO hp_definer;

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
-- Name: crisis_notifications; Type: TABLE; Schema: app_private; Owner: hp_owner
--

CREATE TABLE app_private.crisis_notifications (
    id uuid DEFAULT public.gen_random_uuid() NOT NULL,
    escalation_id uuid NOT NULL,
    tier integer NOT NULL,
    channel text NOT NULL,
    recipient_id uuid,
    status app_private.outbox_status DEFAULT 'pending'::app_private.outbox_status NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    last_error text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    delivered_at timestamp with time zone,
    CONSTRAINT crisis_notifications_channel_check CHECK ((channel = ANY (ARRAY['email'::text, 'webhook'::text])))
);

ALTER TABLE ONLY app_private.crisis_notifications FORCE ROW LEVEL SECURITY;

ALTER TABLE app_private.crisis_notifications OWNER TO hp_owner;

--
-- Name: TABLE crisis_notifications; Type: COMMENT; Schema: app_private; Owner: hp_owner
--

COMMENT ON TABLE app_private.crisis_notifications IS 'Every notification of a crisis case, by channel, with its delivery state.';

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
-- Name: crisis_combinations; Type: TABLE; Schema: app_public; Owner: hp_owner
--

CREATE TABLE app_public.crisis_combinations (
    id uuid DEFAULT public.gen_random_uuid() NOT NULL,
    slug text NOT NULL,
    categories app_public.crisis_category_enum[] NOT NULL,
    min_weight numeric(3,2) DEFAULT 0 NOT NULL,
    floor_score numeric(3,2) NOT NULL,
    description text NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT description_length CHECK (((length(description) >= 1) AND (length(description) <= 500))),
    CONSTRAINT floor_range CHECK (((floor_score >= (0)::numeric) AND (floor_score <= (1)::numeric))),
    CONSTRAINT min_weight_range CHECK (((min_weight >= (0)::numeric) AND (min_weight <= (1)::numeric))),
    CONSTRAINT slug_format CHECK (((slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'::text) AND (length(slug) <= 80))),
    CONSTRAINT two_to_four_categories CHECK ((((cardinality(categories) >= 2) AND (cardinality(categories) <= 4)) AND (array_position(categories, NULL::app_public.crisis_category_enum) IS NULL)))
);

ALTER TABLE ONLY app_public.crisis_combinations FORCE ROW LEVEL SECURITY;

ALTER TABLE app_public.crisis_combinations OWNER TO hp_owner;

--
-- Name: TABLE crisis_combinations; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TABLE app_public.crisis_combinations IS 'When a text holds a signal of each listed category (a category listed twice needs two different keywords), and the strongest of them weighs at least min_weight, the text scores at least floor_score. Only signals no modifier changed take part.';

--
-- Name: crisis_detections; Type: TABLE; Schema: app_public; Owner: hp_owner
--

CREATE TABLE app_public.crisis_detections (
    id uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    user_id uuid NOT NULL,
    content_source app_public.crisis_source_enum NOT NULL,
    source_id uuid,
    content_text text NOT NULL,
    crisis_score app_public.normalized_score_domain NOT NULL,
    detected_keywords jsonb DEFAULT '[]'::jsonb NOT NULL,
    risk_level app_public.crisis_level_enum NOT NULL,
    detected_at timestamp with time zone DEFAULT now() NOT NULL,
    reviewed_at timestamp with time zone,
    reviewed_by uuid,
    false_positive boolean,
    CONSTRAINT excerpt_length CHECK ((length(content_text) <= 2000))
);

ALTER TABLE ONLY app_public.crisis_detections FORCE ROW LEVEL SECURITY;

ALTER TABLE app_public.crisis_detections OWNER TO hp_owner;

--
-- Name: TABLE crisis_detections; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TABLE app_public.crisis_detections IS 'Patient texts (and mood signals) the detector rated moderate or above, with the signals found and an excerpt.';

--
-- Name: COLUMN crisis_detections.content_text; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON COLUMN app_public.crisis_detections.content_text IS 'The first 2,000 characters of the text, for the people reviewing.';

--
-- Name: crisis_keywords; Type: TABLE; Schema: app_public; Owner: hp_owner
--

CREATE TABLE app_public.crisis_keywords (
    id uuid DEFAULT public.gen_random_uuid() NOT NULL,
    slug text NOT NULL,
    language text NOT NULL,
    category app_public.crisis_category_enum NOT NULL,
    pattern text NOT NULL,
    requires_any text[] NOT NULL,
    weight numeric(3,2) NOT NULL,
    negatable boolean DEFAULT true NOT NULL,
    first_person boolean DEFAULT false NOT NULL,
    unless_pattern text,
    description text NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT description_length CHECK (((length(description) >= 1) AND (length(description) <= 500))),
    CONSTRAINT language_code CHECK ((language = ANY (ARRAY['en'::text, 'es'::text, 'fr'::text, 'any'::text]))),
    CONSTRAINT pattern_compiles CHECK (app_private.is_valid_regex(pattern)),
    CONSTRAINT pattern_is_folded CHECK (((pattern !~ '(^|[^\\])[A-Z]'::text) AND (pattern = app_private.immutable_unaccent(pattern)))),
    CONSTRAINT pattern_never_matches_nothing CHECK ((''::text !~ pattern)),
    CONSTRAINT requires_fragments CHECK ((((cardinality(requires_any) >= 1) AND (cardinality(requires_any) <= 60)) AND (''::text <> ALL (requires_any)) AND (lower(app_private.immutable_unaccent(array_to_string(requires_any, '|'::text))) = array_to_string(requires_any, '|'::text)))),
    CONSTRAINT slug_format CHECK (((slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'::text) AND (length(slug) <= 80))),
    CONSTRAINT unless_compiles CHECK (((unless_pattern IS NULL) OR app_private.is_valid_regex(unless_pattern))),
    CONSTRAINT weight_range CHECK (((weight >= (0)::numeric) AND (weight <= (1)::numeric)))
);

ALTER TABLE ONLY app_public.crisis_keywords FORCE ROW LEVEL SECURITY;

ALTER TABLE app_public.crisis_keywords OWNER TO hp_owner;

--
-- Name: TABLE crisis_keywords; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TABLE app_public.crisis_keywords IS 'Phrases that signal crisis risk (reference data, db/reference/040-crisis-keywords.sql). Read only by the detector and by admins, who curate it.';

--
-- Name: COLUMN crisis_keywords.language; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON COLUMN app_public.crisis_keywords.language IS 'en, es, fr, or any. With no language given, the detector tries every language (mixed-language texts).';

--
-- Name: COLUMN crisis_keywords.pattern; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON COLUMN app_public.crisis_keywords.pattern IS 'A PostgreSQL regular expression over the folded text (app_private.crisis_fold: lower case, no accents, single spaces, straight quotes). \m and \M are word boundaries.';

--
-- Name: COLUMN crisis_keywords.requires_any; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON COLUMN app_public.crisis_keywords.requires_any IS 'Fast pre-check: the pattern is only tried when the folded text contains one of these fragments (the text is padded with a space at each end, so '' he '' means the word "he"). Every text the pattern matches must contain one.';

--
-- Name: COLUMN crisis_keywords.weight; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON COLUMN app_public.crisis_keywords.weight IS 'How alarming the phrase is on its own, 0 to 1: about 0.2-0.35 distress (low), 0.45-0.6 moderate, 0.65-0.8 high, 0.85+ critical.';

--
-- Name: COLUMN crisis_keywords.negatable; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON COLUMN app_public.crisis_keywords.negatable IS 'True: a negation in the 6 words before the phrase ("not", "never", "no tengo", "pas") cancels it. False for phrases that carry their own negation ("no quiero vivir", "I don''t want to be alive").';

--
-- Name: COLUMN crisis_keywords.first_person; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON COLUMN app_public.crisis_keywords.first_person IS 'True: the phrase itself names the writer ("kill myself", "without me", "me quiero matar"), so "my friend says..." before it does not make it someone else''s risk.';

--
-- Name: COLUMN crisis_keywords.unless_pattern; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON COLUMN app_public.crisis_keywords.unless_pattern IS 'A false friend of this phrase: when it matches the sentence around the phrase, the phrase is ignored there (e.g. "kms" unless "ran 5 kms", "goodbye everyone" unless "see you Monday").';

--
-- Name: crisis_modifiers; Type: TABLE; Schema: app_public; Owner: hp_owner
--

CREATE TABLE app_public.crisis_modifiers (
    id uuid DEFAULT public.gen_random_uuid() NOT NULL,
    slug text NOT NULL,
    language text NOT NULL,
    kind app_public.crisis_modifier_kind_enum NOT NULL,
    pattern text NOT NULL,
    requires_any text[] NOT NULL,
    factor numeric(3,2),
    description text NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT description_length CHECK (((length(description) >= 1) AND (length(description) <= 500))),
    CONSTRAINT factor_by_kind CHECK (
CASE
    WHEN (kind = ANY (ARRAY['negation'::app_public.crisis_modifier_kind_enum, 'idiom'::app_public.crisis_modifier_kind_enum, 'question'::app_public.crisis_modifier_kind_enum])) THEN (factor = (0)::numeric)
    WHEN (kind = 'present'::app_public.crisis_modifier_kind_enum) THEN (factor IS NULL)
    ELSE ((factor > (0)::numeric) AND (factor < (1)::numeric))
END),
    CONSTRAINT language_code CHECK ((language = ANY (ARRAY['en'::text, 'es'::text, 'fr'::text, 'any'::text]))),
    CONSTRAINT pattern_compiles CHECK (app_private.is_valid_regex(pattern)),
    CONSTRAINT pattern_is_folded CHECK (((pattern !~ '(^|[^\\])[A-Z]'::text) AND (pattern = app_private.immutable_unaccent(pattern)))),
    CONSTRAINT pattern_never_matches_nothing CHECK ((''::text !~ pattern)),
    CONSTRAINT requires_fragments CHECK ((((cardinality(requires_any) >= 1) AND (cardinality(requires_any) <= 60)) AND (''::text <> ALL (requires_any)) AND (lower(app_private.immutable_unaccent(array_to_string(requires_any, '|'::text))) = array_to_string(requires_any, '|'::text)))),
    CONSTRAINT slug_format CHECK (((slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'::text) AND (length(slug) <= 80)))
);

ALTER TABLE ONLY app_public.crisis_modifiers FORCE ROW LEVEL SECURITY;

ALTER TABLE app_public.crisis_modifiers OWNER TO hp_owner;

--
-- Name: TABLE crisis_modifiers; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TABLE app_public.crisis_modifiers IS 'Context that changes what a crisis keyword means (reference data). Where each kind is looked for and what it does: see crisis_modifier_kind_enum. A modifier applies to keywords of its own language (or any).';

--
-- Name: COLUMN crisis_modifiers.factor; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON COLUMN app_public.crisis_modifiers.factor IS 'negation, idiom, question: 0 (the match is cancelled, still listed). past, recovery, academic: the weight is multiplied by it. third_party: the weight is capped at it. present: none (it undoes past and recovery).';

--
-- Name: crisis_team_members; Type: TABLE; Schema: app_public; Owner: hp_owner
--

CREATE TABLE app_public.crisis_team_members (
    user_id uuid NOT NULL,
    tier integer DEFAULT 1 NOT NULL,
    on_call boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT tier_1_to_3 CHECK (((tier >= 1) AND (tier <= 3)))
);

ALTER TABLE ONLY app_public.crisis_team_members FORCE ROW LEVEL SECURITY;

ALTER TABLE app_public.crisis_team_members OWNER TO hp_owner;

--
-- Name: TABLE crisis_team_members; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TABLE app_public.crisis_team_members IS 'The crisis rota: therapists by escalation tier, and whether they are on call.';

--
-- Name: data_access_logs; Type: TABLE; Schema: app_public; Owner: hp_owner
--

CREATE TABLE app_public.data_access_logs (
    id uuid DEFAULT public.gen_random_uuid() NOT NULL,
    accessor_id uuid NOT NULL,
    accessor_role text NOT NULL,
    patient_id uuid NOT NULL,
    data_kind text NOT NULL,
    request_id text NOT NULL,
    ip_address inet,
    user_agent text,
    accessed_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT data_access_logs_data_kind_check CHECK ((length(data_kind) <= 100))
);

ALTER TABLE ONLY app_public.data_access_logs FORCE ROW LEVEL SECURITY;

ALTER TABLE app_public.data_access_logs OWNER TO hp_owner;

--
-- Name: TABLE data_access_logs; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TABLE app_public.data_access_logs IS 'Who read which kind of a patient''s clinical data, and when. The patient reads their own; nobody changes it.';

--
-- Name: mood_analytics; Type: TABLE; Schema: app_public; Owner: hp_owner
--

CREATE TABLE app_public.mood_analytics (
    id uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    period_type text NOT NULL,
    period_start date NOT NULL,
    dimension app_public.mood_dimension_enum NOT NULL,
    suppressed boolean NOT NULL,
    patients integer,
    entries integer,
    mean numeric,
    stddev numeric,
    distribution jsonb,
    min_cell_size integer NOT NULL,
    computed_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT day_or_week CHECK ((period_type = ANY (ARRAY['day'::text, 'week'::text]))),
    CONSTRAINT suppressed_cells_are_empty CHECK (((NOT suppressed) OR ((patients IS NULL) AND (entries IS NULL) AND (mean IS NULL) AND (stddev IS NULL) AND (distribution IS NULL))))
);

ALTER TABLE ONLY app_public.mood_analytics FORCE ROW LEVEL SECURITY;

ALTER TABLE app_public.mood_analytics OWNER TO hp_owner;

--
-- Name: TABLE mood_analytics; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TABLE app_public.mood_analytics IS 'Anonymized population statistics per day and week: no user ids; cells with fewer than min_cell_size patients are suppressed.';

--
-- Name: COLUMN mood_analytics.distribution; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON COLUMN app_public.mood_analytics.distribution IS 'Patients per value bucket (1-10; for sleep: <5, 5-6, 6-7, 7-8, 8-9, 9+ hours); a bucket below the cell size is null.';

--
-- Name: mood_insights; Type: TABLE; Schema: app_public; Owner: hp_owner
--

CREATE TABLE app_public.mood_insights (
    id uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    user_id uuid NOT NULL,
    period_type app_public.insight_period_enum NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    statistics jsonb NOT NULL,
    summary text NOT NULL,
    provider text NOT NULL,
    generated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT period_in_order CHECK ((period_end >= period_start)),
    CONSTRAINT provider_name CHECK ((provider ~ '^[a-z0-9._-]{1,64}$'::text)),
    CONSTRAINT summary_length CHECK (((length(summary) >= 1) AND (length(summary) <= 4000)))
);

ALTER TABLE ONLY app_public.mood_insights FORCE ROW LEVEL SECURITY;

ALTER TABLE app_public.mood_insights OWNER TO hp_owner;

--
-- Name: TABLE mood_insights; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TABLE app_public.mood_insights IS 'Weekly and monthly summaries of a patient''s check-ins: statistics and a short text.';

--
-- Name: mood_patterns; Type: TABLE; Schema: app_public; Owner: hp_owner
--

CREATE TABLE app_public.mood_patterns (
    id uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    user_id uuid NOT NULL,
    pattern_type app_public.mood_pattern_enum NOT NULL,
    confidence app_public.normalized_score_domain NOT NULL,
    evidence_start date NOT NULL,
    evidence_end date NOT NULL,
    details jsonb DEFAULT '{}'::jsonb NOT NULL,
    concerning boolean DEFAULT false NOT NULL,
    first_detected_at timestamp with time zone DEFAULT now() NOT NULL,
    last_detected_at timestamp with time zone DEFAULT now() NOT NULL,
    resolved_at timestamp with time zone,
    CONSTRAINT evidence_in_order CHECK ((evidence_end >= evidence_start))
);

ALTER TABLE ONLY app_public.mood_patterns FORCE ROW LEVEL SECURITY;

ALTER TABLE app_public.mood_patterns OWNER TO hp_owner;

--
-- Name: TABLE mood_patterns; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON TABLE app_public.mood_patterns IS 'Patterns found in a patient''s check-ins, with confidence and evidence window. Written only by the detector.';

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
-- Name: audit_logs_default; Type: TABLE ATTACH; Schema: app_private; Owner: hp_definer
--

ALTER TABLE ONLY app_public.audit_logs ATTACH PARTITION app_private.audit_logs_default DEFAULT;

--
-- Name: audit_logs_y2026m11; Type: TABLE ATTACH; Schema: app_private; Owner: hp_definer
--

ALTER TABLE ONLY app_public.audit_logs ATTACH PARTITION app_private.audit_logs_y2026m11 FOR VALUES FROM ('2026-11-01 00:00:00+00') TO ('2026-12-01 00:00:00+00');

--
-- Name: audit_logs_y2026m12; Type: TABLE ATTACH; Schema: app_private; Owner: hp_definer
--

ALTER TABLE ONLY app_public.audit_logs ATTACH PARTITION app_private.audit_logs_y2026m12 FOR VALUES FROM ('2026-12-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');

--
-- Name: audit_logs_y2027m01; Type: TABLE ATTACH; Schema: app_private; Owner: hp_definer
--

ALTER TABLE ONLY app_public.audit_logs ATTACH PARTITION app_private.audit_logs_y2027m01 FOR VALUES FROM ('2027-01-01 00:00:00+00') TO ('2027-02-01 00:00:00+00');

--
-- Name: audit_logs_y2027m02; Type: TABLE ATTACH; Schema: app_private; Owner: hp_definer
--

ALTER TABLE ONLY app_public.audit_logs ATTACH PARTITION app_private.audit_logs_y2027m02 FOR VALUES FROM ('2027-02-01 00:00:00+00') TO ('2027-03-01 00:00:00+00');

--
-- Name: audit_chain_head audit_chain_head_pkey; Type: CONSTRAINT; Schema: app_private; Owner: hp_owner
--

ALTER TABLE ONLY app_private.audit_chain_head
    ADD CONSTRAINT audit_chain_head_pkey PRIMARY KEY (singleton);

--
-- Name: audit_logs audit_logs_pkey; Type: CONSTRAINT; Schema: app_public; Owner: hp_definer
--

ALTER TABLE ONLY app_public.audit_logs
    ADD CONSTRAINT audit_logs_pkey PRIMARY KEY (occurred_at, seq);

--
-- Name: audit_logs_default audit_logs_default_pkey; Type: CONSTRAINT; Schema: app_private; Owner: hp_definer
--

ALTER TABLE ONLY app_private.audit_logs_default
    ADD CONSTRAINT audit_logs_default_pkey PRIMARY KEY (occurred_at, seq);

--
-- Name: audit_logs_y2026m11 audit_logs_y2026m11_pkey; Type: CONSTRAINT; Schema: app_private; Owner: hp_definer
--

ALTER TABLE ONLY app_private.audit_logs_y2026m11
    ADD CONSTRAINT audit_logs_y2026m11_pkey PRIMARY KEY (occurred_at, seq);

--
-- Name: audit_logs_y2026m12 audit_logs_y2026m12_pkey; Type: CONSTRAINT; Schema: app_private; Owner: hp_definer
--

ALTER TABLE ONLY app_private.audit_logs_y2026m12
    ADD CONSTRAINT audit_logs_y2026m12_pkey PRIMARY KEY (occurred_at, seq);

--
-- Name: audit_logs_y2027m01 audit_logs_y2027m01_pkey; Type: CONSTRAINT; Schema: app_private; Owner: hp_definer
--

ALTER TABLE ONLY app_private.audit_logs_y2027m01
    ADD CONSTRAINT audit_logs_y2027m01_pkey PRIMARY KEY (occurred_at, seq);

--
-- Name: audit_logs_y2027m02 audit_logs_y2027m02_pkey; Type: CONSTRAINT; Schema: app_private; Owner: hp_definer
--

ALTER TABLE ONLY app_private.audit_logs_y2027m02
    ADD CONSTRAINT audit_logs_y2027m02_pkey PRIMARY KEY (occurred_at, seq);

--
-- Name: connect_sessions connect_sessions_pkey; Type: CONSTRAINT; Schema: app_private; Owner: hp_owner
--

ALTER TABLE ONLY app_private.connect_sessions
    ADD CONSTRAINT connect_sessions_pkey PRIMARY KEY (sid);

--
-- Name: crisis_notifications crisis_notifications_pkey; Type: CONSTRAINT; Schema: app_private; Owner: hp_owner
--

ALTER TABLE ONLY app_private.crisis_notifications
    ADD CONSTRAINT crisis_notifications_pkey PRIMARY KEY (id);

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
-- Name: crisis_combinations crisis_combinations_pkey; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.crisis_combinations
    ADD CONSTRAINT crisis_combinations_pkey PRIMARY KEY (id);

--
-- Name: crisis_combinations crisis_combinations_slug_key; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.crisis_combinations
    ADD CONSTRAINT crisis_combinations_slug_key UNIQUE (slug);

--
-- Name: crisis_detections crisis_detections_pkey; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.crisis_detections
    ADD CONSTRAINT crisis_detections_pkey PRIMARY KEY (id);

--
-- Name: crisis_escalations crisis_escalations_detection_id_key; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.crisis_escalations
    ADD CONSTRAINT crisis_escalations_detection_id_key UNIQUE (detection_id);

--
-- Name: crisis_escalations crisis_escalations_pkey; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.crisis_escalations
    ADD CONSTRAINT crisis_escalations_pkey PRIMARY KEY (id);

--
-- Name: crisis_keywords crisis_keywords_pkey; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.crisis_keywords
    ADD CONSTRAINT crisis_keywords_pkey PRIMARY KEY (id);

--
-- Name: crisis_keywords crisis_keywords_slug_key; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.crisis_keywords
    ADD CONSTRAINT crisis_keywords_slug_key UNIQUE (slug);

--
-- Name: crisis_modifiers crisis_modifiers_pkey; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.crisis_modifiers
    ADD CONSTRAINT crisis_modifiers_pkey PRIMARY KEY (id);

--
-- Name: crisis_modifiers crisis_modifiers_slug_key; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.crisis_modifiers
    ADD CONSTRAINT crisis_modifiers_slug_key UNIQUE (slug);

--
-- Name: crisis_resources crisis_resources_pkey; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.crisis_resources
    ADD CONSTRAINT crisis_resources_pkey PRIMARY KEY (id);

--
-- Name: crisis_resources crisis_resources_slug_key; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.crisis_resources
    ADD CONSTRAINT crisis_resources_slug_key UNIQUE (slug);

--
-- Name: crisis_team_members crisis_team_members_pkey; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.crisis_team_members
    ADD CONSTRAINT crisis_team_members_pkey PRIMARY KEY (user_id);

--
-- Name: data_access_logs data_access_logs_pkey; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.data_access_logs
    ADD CONSTRAINT data_access_logs_pkey PRIMARY KEY (id);

--
-- Name: gratitude_entries gratitude_entries_pkey; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.gratitude_entries
    ADD CONSTRAINT gratitude_entries_pkey PRIMARY KEY (id);

--
-- Name: journal_entries journal_entries_pkey; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.journal_entries
    ADD CONSTRAINT journal_entries_pkey PRIMARY KEY (id);

--
-- Name: journal_prompts journal_prompts_pkey; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.journal_prompts
    ADD CONSTRAINT journal_prompts_pkey PRIMARY KEY (id);

--
-- Name: journal_prompts journal_prompts_slug_key; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.journal_prompts
    ADD CONSTRAINT journal_prompts_slug_key UNIQUE (slug);

--
-- Name: mood_analytics mood_analytics_pkey; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.mood_analytics
    ADD CONSTRAINT mood_analytics_pkey PRIMARY KEY (id);

--
-- Name: mood_entries mood_entries_pkey; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.mood_entries
    ADD CONSTRAINT mood_entries_pkey PRIMARY KEY (id);

--
-- Name: mood_goal_achievements mood_goal_achievements_pkey; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.mood_goal_achievements
    ADD CONSTRAINT mood_goal_achievements_pkey PRIMARY KEY (id);

--
-- Name: mood_goals mood_goals_pkey; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.mood_goals
    ADD CONSTRAINT mood_goals_pkey PRIMARY KEY (id);

--
-- Name: mood_insights mood_insights_pkey; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.mood_insights
    ADD CONSTRAINT mood_insights_pkey PRIMARY KEY (id);

--
-- Name: mood_patterns mood_patterns_pkey; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.mood_patterns
    ADD CONSTRAINT mood_patterns_pkey PRIMARY KEY (id);

--
-- Name: mood_goal_achievements one_achievement_per_window_end; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.mood_goal_achievements
    ADD CONSTRAINT one_achievement_per_window_end UNIQUE (goal_id, window_end);

--
-- Name: mood_entries one_entry_per_day; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.mood_entries
    ADD CONSTRAINT one_entry_per_day UNIQUE (user_id, entry_date);

--
-- Name: mood_insights one_insight_per_period; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.mood_insights
    ADD CONSTRAINT one_insight_per_period UNIQUE (user_id, period_type, period_start);

--
-- Name: mood_analytics one_row_per_cell; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.mood_analytics
    ADD CONSTRAINT one_row_per_cell UNIQUE (period_type, period_start, dimension);

--
-- Name: safety_plans one_row_per_version; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.safety_plans
    ADD CONSTRAINT one_row_per_version UNIQUE (user_id, version);

--
-- Name: safety_plans safety_plans_pkey; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.safety_plans
    ADD CONSTRAINT safety_plans_pkey PRIMARY KEY (id);

--
-- Name: system_configurations system_configurations_pkey; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.system_configurations
    ADD CONSTRAINT system_configurations_pkey PRIMARY KEY (key);

--
-- Name: therapeutic_relationships therapeutic_relationships_pkey; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.therapeutic_relationships
    ADD CONSTRAINT therapeutic_relationships_pkey PRIMARY KEY (id);

--
-- Name: thought_records thought_records_pkey; Type: CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.thought_records
    ADD CONSTRAINT thought_records_pkey PRIMARY KEY (id);

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
-- Name: audit_logs_seq_idx; Type: INDEX; Schema: app_public; Owner: hp_definer
--

CREATE INDEX audit_logs_seq_idx ON ONLY app_public.audit_logs USING btree (seq);

--
-- Name: audit_logs_default_seq_idx; Type: INDEX; Schema: app_private; Owner: hp_definer
--

CREATE INDEX audit_logs_default_seq_idx ON app_private.audit_logs_default USING btree (seq);

--
-- Name: audit_logs_record_idx; Type: INDEX; Schema: app_public; Owner: hp_definer
--

CREATE INDEX audit_logs_record_idx ON ONLY app_public.audit_logs USING btree (table_name, record_id);

--
-- Name: audit_logs_default_table_name_record_id_idx; Type: INDEX; Schema: app_private; Owner: hp_definer
--

CREATE INDEX audit_logs_default_table_name_record_id_idx ON app_private.audit_logs_default USING btree (table_name, record_id);

--
-- Name: audit_logs_user_idx; Type: INDEX; Schema: app_public; Owner: hp_definer
--

CREATE INDEX audit_logs_user_idx ON ONLY app_public.audit_logs USING btree (user_id, occurred_at DESC);

--
-- Name: audit_logs_default_user_id_occurred_at_idx; Type: INDEX; Schema: app_private; Owner: hp_definer
--

CREATE INDEX audit_logs_default_user_id_occurred_at_idx ON app_private.audit_logs_default USING btree (user_id, occurred_at DESC);

--
-- Name: audit_logs_y2026m11_seq_idx; Type: INDEX; Schema: app_private; Owner: hp_definer
--

CREATE INDEX audit_logs_y2026m11_seq_idx ON app_private.audit_logs_y2026m11 USING btree (seq);

--
-- Name: audit_logs_y2026m11_table_name_record_id_idx; Type: INDEX; Schema: app_private; Owner: hp_definer
--

CREATE INDEX audit_logs_y2026m11_table_name_record_id_idx ON app_private.audit_logs_y2026m11 USING btree (table_name, record_id);

--
-- Name: audit_logs_y2026m11_user_id_occurred_at_idx; Type: INDEX; Schema: app_private; Owner: hp_definer
--

CREATE INDEX audit_logs_y2026m11_user_id_occurred_at_idx ON app_private.audit_logs_y2026m11 USING btree (user_id, occurred_at DESC);

--
-- Name: audit_logs_y2026m12_seq_idx; Type: INDEX; Schema: app_private; Owner: hp_definer
--

CREATE INDEX audit_logs_y2026m12_seq_idx ON app_private.audit_logs_y2026m12 USING btree (seq);

--
-- Name: audit_logs_y2026m12_table_name_record_id_idx; Type: INDEX; Schema: app_private; Owner: hp_definer
--

CREATE INDEX audit_logs_y2026m12_table_name_record_id_idx ON app_private.audit_logs_y2026m12 USING btree (table_name, record_id);

--
-- Name: audit_logs_y2026m12_user_id_occurred_at_idx; Type: INDEX; Schema: app_private; Owner: hp_definer
--

CREATE INDEX audit_logs_y2026m12_user_id_occurred_at_idx ON app_private.audit_logs_y2026m12 USING btree (user_id, occurred_at DESC);

--
-- Name: audit_logs_y2027m01_seq_idx; Type: INDEX; Schema: app_private; Owner: hp_definer
--

CREATE INDEX audit_logs_y2027m01_seq_idx ON app_private.audit_logs_y2027m01 USING btree (seq);

--
-- Name: audit_logs_y2027m01_table_name_record_id_idx; Type: INDEX; Schema: app_private; Owner: hp_definer
--

CREATE INDEX audit_logs_y2027m01_table_name_record_id_idx ON app_private.audit_logs_y2027m01 USING btree (table_name, record_id);

--
-- Name: audit_logs_y2027m01_user_id_occurred_at_idx; Type: INDEX; Schema: app_private; Owner: hp_definer
--

CREATE INDEX audit_logs_y2027m01_user_id_occurred_at_idx ON app_private.audit_logs_y2027m01 USING btree (user_id, occurred_at DESC);

--
-- Name: audit_logs_y2027m02_seq_idx; Type: INDEX; Schema: app_private; Owner: hp_definer
--

CREATE INDEX audit_logs_y2027m02_seq_idx ON app_private.audit_logs_y2027m02 USING btree (seq);

--
-- Name: audit_logs_y2027m02_table_name_record_id_idx; Type: INDEX; Schema: app_private; Owner: hp_definer
--

CREATE INDEX audit_logs_y2027m02_table_name_record_id_idx ON app_private.audit_logs_y2027m02 USING btree (table_name, record_id);

--
-- Name: audit_logs_y2027m02_user_id_occurred_at_idx; Type: INDEX; Schema: app_private; Owner: hp_definer
--

CREATE INDEX audit_logs_y2027m02_user_id_occurred_at_idx ON app_private.audit_logs_y2027m02 USING btree (user_id, occurred_at DESC);

--
-- Name: connect_sessions_expire_idx; Type: INDEX; Schema: app_private; Owner: hp_owner
--

CREATE INDEX connect_sessions_expire_idx ON app_private.connect_sessions USING btree (expire);

--
-- Name: crisis_notifications_escalation_idx; Type: INDEX; Schema: app_private; Owner: hp_owner
--

CREATE INDEX crisis_notifications_escalation_idx ON app_private.crisis_notifications USING btree (escalation_id);

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
-- Name: crisis_detections_score_idx; Type: INDEX; Schema: app_public; Owner: hp_owner
--

CREATE INDEX crisis_detections_score_idx ON app_public.crisis_detections USING btree (crisis_score DESC);

--
-- Name: crisis_detections_source_idx; Type: INDEX; Schema: app_public; Owner: hp_owner
--

CREATE INDEX crisis_detections_source_idx ON app_public.crisis_detections USING btree (source_id) WHERE (source_id IS NOT NULL);

--
-- Name: crisis_detections_user_idx; Type: INDEX; Schema: app_public; Owner: hp_owner
--

CREATE INDEX crisis_detections_user_idx ON app_public.crisis_detections USING btree (user_id, detected_at DESC);

--
-- Name: crisis_escalations_open_due_idx; Type: INDEX; Schema: app_public; Owner: hp_owner
--

CREATE INDEX crisis_escalations_open_due_idx ON app_public.crisis_escalations USING btree (response_due_at) WHERE (status = 'open'::app_public.escalation_status_enum);

--
-- Name: crisis_escalations_status_idx; Type: INDEX; Schema: app_public; Owner: hp_owner
--

CREATE INDEX crisis_escalations_status_idx ON app_public.crisis_escalations USING btree (status);

--
-- Name: crisis_escalations_user_idx; Type: INDEX; Schema: app_public; Owner: hp_owner
--

CREATE INDEX crisis_escalations_user_idx ON app_public.crisis_escalations USING btree (user_id, created_at DESC);

--
-- Name: crisis_resources_country_idx; Type: INDEX; Schema: app_public; Owner: hp_owner
--

CREATE INDEX crisis_resources_country_idx ON app_public.crisis_resources USING btree (country, priority) WHERE is_active;

--
-- Name: data_access_logs_once_per_request; Type: INDEX; Schema: app_public; Owner: hp_owner
--

CREATE UNIQUE INDEX data_access_logs_once_per_request ON app_public.data_access_logs USING btree (request_id, accessor_id, patient_id, data_kind);

--
-- Name: data_access_logs_patient_idx; Type: INDEX; Schema: app_public; Owner: hp_owner
--

CREATE INDEX data_access_logs_patient_idx ON app_public.data_access_logs USING btree (patient_id, accessed_at DESC);

--
-- Name: gratitude_entries_user_date_idx; Type: INDEX; Schema: app_public; Owner: hp_owner
--

CREATE INDEX gratitude_entries_user_date_idx ON app_public.gratitude_entries USING btree (user_id, entry_date DESC);

--
-- Name: journal_entries_search_idx; Type: INDEX; Schema: app_public; Owner: hp_owner
--

CREATE INDEX journal_entries_search_idx ON app_public.journal_entries USING gin (search_vector);

--
-- Name: journal_entries_shared_idx; Type: INDEX; Schema: app_public; Owner: hp_owner
--

CREATE INDEX journal_entries_shared_idx ON app_public.journal_entries USING btree (user_id, created_at DESC) WHERE (privacy_level = 'shared_with_therapist'::app_public.privacy_level_enum);

--
-- Name: journal_entries_trigram_idx; Type: INDEX; Schema: app_public; Owner: hp_owner
--

CREATE INDEX journal_entries_trigram_idx ON app_public.journal_entries USING gin (app_private.search_fold(((COALESCE(title, ''::text) || ' '::text) || content)) public.gin_trgm_ops);

--
-- Name: journal_entries_user_date_idx; Type: INDEX; Schema: app_public; Owner: hp_owner
--

CREATE INDEX journal_entries_user_date_idx ON app_public.journal_entries USING btree (user_id, created_at DESC);

--
-- Name: mood_entries_recent_idx; Type: INDEX; Schema: app_public; Owner: hp_owner
--

CREATE INDEX mood_entries_recent_idx ON app_public.mood_entries USING btree (entry_date, user_id);

--
-- Name: mood_goal_achievements_user_idx; Type: INDEX; Schema: app_public; Owner: hp_owner
--

CREATE INDEX mood_goal_achievements_user_idx ON app_public.mood_goal_achievements USING btree (user_id, achieved_at DESC);

--
-- Name: mood_goals_user_idx; Type: INDEX; Schema: app_public; Owner: hp_owner
--

CREATE INDEX mood_goals_user_idx ON app_public.mood_goals USING btree (user_id) WHERE (status = 'active'::app_public.goal_status_enum);

--
-- Name: mood_patterns_one_open_per_type; Type: INDEX; Schema: app_public; Owner: hp_owner
--

CREATE UNIQUE INDEX mood_patterns_one_open_per_type ON app_public.mood_patterns USING btree (user_id, pattern_type) WHERE (resolved_at IS NULL);

--
-- Name: mood_patterns_user_idx; Type: INDEX; Schema: app_public; Owner: hp_owner
--

CREATE INDEX mood_patterns_user_idx ON app_public.mood_patterns USING btree (user_id, last_detected_at DESC);

--
-- Name: therapeutic_relationships_one_open_per_pair; Type: INDEX; Schema: app_public; Owner: hp_owner
--

CREATE UNIQUE INDEX therapeutic_relationships_one_open_per_pair ON app_public.therapeutic_relationships USING btree (therapist_id, patient_id) WHERE (status = ANY (ARRAY['pending'::app_public.relationship_status_enum, 'active'::app_public.relationship_status_enum]));

--
-- Name: therapeutic_relationships_patient_idx; Type: INDEX; Schema: app_public; Owner: hp_owner
--

CREATE INDEX therapeutic_relationships_patient_idx ON app_public.therapeutic_relationships USING btree (patient_id);

--
-- Name: therapeutic_relationships_therapist_idx; Type: INDEX; Schema: app_public; Owner: hp_owner
--

CREATE INDEX therapeutic_relationships_therapist_idx ON app_public.therapeutic_relationships USING btree (therapist_id) WHERE (status = 'active'::app_public.relationship_status_enum);

--
-- Name: thought_records_user_idx; Type: INDEX; Schema: app_public; Owner: hp_owner
--

CREATE INDEX thought_records_user_idx ON app_public.thought_records USING btree (user_id, created_at DESC);

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
-- Name: audit_logs_default_pkey; Type: INDEX ATTACH; Schema: app_private; Owner: hp_definer
--

ALTER INDEX app_public.audit_logs_pkey ATTACH PARTITION app_private.audit_logs_default_pkey;

--
-- Name: audit_logs_default_seq_idx; Type: INDEX ATTACH; Schema: app_private; Owner: hp_definer
--

ALTER INDEX app_public.audit_logs_seq_idx ATTACH PARTITION app_private.audit_logs_default_seq_idx;

--
-- Name: audit_logs_default_table_name_record_id_idx; Type: INDEX ATTACH; Schema: app_private; Owner: hp_definer
--

ALTER INDEX app_public.audit_logs_record_idx ATTACH PARTITION app_private.audit_logs_default_table_name_record_id_idx;

--
-- Name: audit_logs_default_user_id_occurred_at_idx; Type: INDEX ATTACH; Schema: app_private; Owner: hp_definer
--

ALTER INDEX app_public.audit_logs_user_idx ATTACH PARTITION app_private.audit_logs_default_user_id_occurred_at_idx;

--
-- Name: audit_logs_y2026m11_pkey; Type: INDEX ATTACH; Schema: app_private; Owner: hp_definer
--

ALTER INDEX app_public.audit_logs_pkey ATTACH PARTITION app_private.audit_logs_y2026m11_pkey;

--
-- Name: audit_logs_y2026m11_seq_idx; Type: INDEX ATTACH; Schema: app_private; Owner: hp_definer
--

ALTER INDEX app_public.audit_logs_seq_idx ATTACH PARTITION app_private.audit_logs_y2026m11_seq_idx;

--
-- Name: audit_logs_y2026m11_table_name_record_id_idx; Type: INDEX ATTACH; Schema: app_private; Owner: hp_definer
--

ALTER INDEX app_public.audit_logs_record_idx ATTACH PARTITION app_private.audit_logs_y2026m11_table_name_record_id_idx;

--
-- Name: audit_logs_y2026m11_user_id_occurred_at_idx; Type: INDEX ATTACH; Schema: app_private; Owner: hp_definer
--

ALTER INDEX app_public.audit_logs_user_idx ATTACH PARTITION app_private.audit_logs_y2026m11_user_id_occurred_at_idx;

--
-- Name: audit_logs_y2026m12_pkey; Type: INDEX ATTACH; Schema: app_private; Owner: hp_definer
--

ALTER INDEX app_public.audit_logs_pkey ATTACH PARTITION app_private.audit_logs_y2026m12_pkey;

--
-- Name: audit_logs_y2026m12_seq_idx; Type: INDEX ATTACH; Schema: app_private; Owner: hp_definer
--

ALTER INDEX app_public.audit_logs_seq_idx ATTACH PARTITION app_private.audit_logs_y2026m12_seq_idx;

--
-- Name: audit_logs_y2026m12_table_name_record_id_idx; Type: INDEX ATTACH; Schema: app_private; Owner: hp_definer
--

ALTER INDEX app_public.audit_logs_record_idx ATTACH PARTITION app_private.audit_logs_y2026m12_table_name_record_id_idx;

--
-- Name: audit_logs_y2026m12_user_id_occurred_at_idx; Type: INDEX ATTACH; Schema: app_private; Owner: hp_definer
--

ALTER INDEX app_public.audit_logs_user_idx ATTACH PARTITION app_private.audit_logs_y2026m12_user_id_occurred_at_idx;

--
-- Name: audit_logs_y2027m01_pkey; Type: INDEX ATTACH; Schema: app_private; Owner: hp_definer
--

ALTER INDEX app_public.audit_logs_pkey ATTACH PARTITION app_private.audit_logs_y2027m01_pkey;

--
-- Name: audit_logs_y2027m01_seq_idx; Type: INDEX ATTACH; Schema: app_private; Owner: hp_definer
--

ALTER INDEX app_public.audit_logs_seq_idx ATTACH PARTITION app_private.audit_logs_y2027m01_seq_idx;

--
-- Name: audit_logs_y2027m01_table_name_record_id_idx; Type: INDEX ATTACH; Schema: app_private; Owner: hp_definer
--

ALTER INDEX app_public.audit_logs_record_idx ATTACH PARTITION app_private.audit_logs_y2027m01_table_name_record_id_idx;

--
-- Name: audit_logs_y2027m01_user_id_occurred_at_idx; Type: INDEX ATTACH; Schema: app_private; Owner: hp_definer
--

ALTER INDEX app_public.audit_logs_user_idx ATTACH PARTITION app_private.audit_logs_y2027m01_user_id_occurred_at_idx;

--
-- Name: audit_logs_y2027m02_pkey; Type: INDEX ATTACH; Schema: app_private; Owner: hp_definer
--

ALTER INDEX app_public.audit_logs_pkey ATTACH PARTITION app_private.audit_logs_y2027m02_pkey;

--
-- Name: audit_logs_y2027m02_seq_idx; Type: INDEX ATTACH; Schema: app_private; Owner: hp_definer
--

ALTER INDEX app_public.audit_logs_seq_idx ATTACH PARTITION app_private.audit_logs_y2027m02_seq_idx;

--
-- Name: audit_logs_y2027m02_table_name_record_id_idx; Type: INDEX ATTACH; Schema: app_private; Owner: hp_definer
--

ALTER INDEX app_public.audit_logs_record_idx ATTACH PARTITION app_private.audit_logs_y2027m02_table_name_record_id_idx;

--
-- Name: audit_logs_y2027m02_user_id_occurred_at_idx; Type: INDEX ATTACH; Schema: app_private; Owner: hp_definer
--

ALTER INDEX app_public.audit_logs_user_idx ATTACH PARTITION app_private.audit_logs_y2027m02_user_id_occurred_at_idx;

--
-- Name: audit_logs _100_append_only; Type: TRIGGER; Schema: app_public; Owner: hp_definer
--

CREATE TRIGGER _100_append_only BEFORE DELETE OR UPDATE ON app_public.audit_logs FOR EACH ROW EXECUTE FUNCTION app_private.tg_audit_logs__refuse_change();

--
-- Name: data_access_logs _100_append_only; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _100_append_only BEFORE DELETE OR UPDATE ON app_public.data_access_logs FOR EACH ROW EXECUTE FUNCTION app_private.tg_audit_logs__refuse_change();

--
-- Name: audit_logs _100_append_only_truncate; Type: TRIGGER; Schema: app_public; Owner: hp_definer
--

CREATE TRIGGER _100_append_only_truncate BEFORE TRUNCATE ON app_public.audit_logs FOR EACH STATEMENT EXECUTE FUNCTION app_private.tg_audit_logs__refuse_change();

--
-- Name: data_access_logs _100_append_only_truncate; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _100_append_only_truncate BEFORE TRUNCATE ON app_public.data_access_logs FOR EACH STATEMENT EXECUTE FUNCTION app_private.tg_audit_logs__refuse_change();

--
-- Name: crisis_combinations _100_set_updated_at; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _100_set_updated_at BEFORE UPDATE ON app_public.crisis_combinations FOR EACH ROW EXECUTE FUNCTION app_private.tg__set_updated_at();

--
-- Name: crisis_escalations _100_set_updated_at; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _100_set_updated_at BEFORE UPDATE ON app_public.crisis_escalations FOR EACH ROW EXECUTE FUNCTION app_private.tg__set_updated_at();

--
-- Name: crisis_keywords _100_set_updated_at; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _100_set_updated_at BEFORE UPDATE ON app_public.crisis_keywords FOR EACH ROW EXECUTE FUNCTION app_private.tg__set_updated_at();

--
-- Name: crisis_modifiers _100_set_updated_at; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _100_set_updated_at BEFORE UPDATE ON app_public.crisis_modifiers FOR EACH ROW EXECUTE FUNCTION app_private.tg__set_updated_at();

--
-- Name: crisis_resources _100_set_updated_at; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _100_set_updated_at BEFORE UPDATE ON app_public.crisis_resources FOR EACH ROW EXECUTE FUNCTION app_private.tg__set_updated_at();

--
-- Name: crisis_team_members _100_set_updated_at; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _100_set_updated_at BEFORE UPDATE ON app_public.crisis_team_members FOR EACH ROW EXECUTE FUNCTION app_private.tg__set_updated_at();

--
-- Name: gratitude_entries _100_set_updated_at; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _100_set_updated_at BEFORE UPDATE ON app_public.gratitude_entries FOR EACH ROW EXECUTE FUNCTION app_private.tg__set_updated_at();

--
-- Name: journal_entries _100_set_updated_at; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _100_set_updated_at BEFORE UPDATE ON app_public.journal_entries FOR EACH ROW EXECUTE FUNCTION app_private.tg__set_updated_at();

--
-- Name: journal_prompts _100_set_updated_at; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _100_set_updated_at BEFORE UPDATE ON app_public.journal_prompts FOR EACH ROW EXECUTE FUNCTION app_private.tg__set_updated_at();

--
-- Name: mood_entries _100_set_updated_at; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _100_set_updated_at BEFORE UPDATE ON app_public.mood_entries FOR EACH ROW EXECUTE FUNCTION app_private.tg__set_updated_at();

--
-- Name: mood_goals _100_set_updated_at; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _100_set_updated_at BEFORE UPDATE ON app_public.mood_goals FOR EACH ROW EXECUTE FUNCTION app_private.tg__set_updated_at();

--
-- Name: system_configurations _100_set_updated_at; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _100_set_updated_at BEFORE UPDATE ON app_public.system_configurations FOR EACH ROW EXECUTE FUNCTION app_private.tg__set_updated_at();

--
-- Name: therapeutic_relationships _100_set_updated_at; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _100_set_updated_at BEFORE UPDATE ON app_public.therapeutic_relationships FOR EACH ROW EXECUTE FUNCTION app_private.tg__set_updated_at();

--
-- Name: thought_records _100_set_updated_at; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _100_set_updated_at BEFORE UPDATE ON app_public.thought_records FOR EACH ROW EXECUTE FUNCTION app_private.tg__set_updated_at();

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
-- Name: gratitude_entries _110_keep_owner; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _110_keep_owner BEFORE UPDATE ON app_public.gratitude_entries FOR EACH ROW EXECUTE FUNCTION app_private.tg__keep_owner();

--
-- Name: journal_entries _110_keep_owner; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _110_keep_owner BEFORE UPDATE ON app_public.journal_entries FOR EACH ROW EXECUTE FUNCTION app_private.tg__keep_owner();

--
-- Name: mood_entries _110_keep_owner; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _110_keep_owner BEFORE UPDATE ON app_public.mood_entries FOR EACH ROW EXECUTE FUNCTION app_private.tg__keep_owner();

--
-- Name: mood_goals _110_keep_owner; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _110_keep_owner BEFORE UPDATE ON app_public.mood_goals FOR EACH ROW EXECUTE FUNCTION app_private.tg__keep_owner();

--
-- Name: thought_records _110_keep_owner; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _110_keep_owner BEFORE UPDATE ON app_public.thought_records FOR EACH ROW EXECUTE FUNCTION app_private.tg__keep_owner();

--
-- Name: gratitude_entries _200_accept_text; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _200_accept_text BEFORE INSERT OR UPDATE OF item, entry_date ON app_public.gratitude_entries FOR EACH ROW EXECUTE FUNCTION app_private.tg_gratitude_entries__accept();

--
-- Name: journal_entries _200_accept_text; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _200_accept_text BEFORE INSERT OR UPDATE OF title, content ON app_public.journal_entries FOR EACH ROW EXECUTE FUNCTION app_private.tg_journal_entries__accept();

--
-- Name: thought_records _200_accept_text; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _200_accept_text BEFORE INSERT OR UPDATE ON app_public.thought_records FOR EACH ROW EXECUTE FUNCTION app_private.tg_thought_records__accept();

--
-- Name: therapeutic_relationships _200_check_roles; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _200_check_roles BEFORE INSERT OR UPDATE OF therapist_id, patient_id ON app_public.therapeutic_relationships FOR EACH ROW EXECUTE FUNCTION app_private.tg_therapeutic_relationships__check_roles();

--
-- Name: mood_entries _200_local_date; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _200_local_date BEFORE INSERT OR UPDATE OF entry_date ON app_public.mood_entries FOR EACH ROW EXECUTE FUNCTION app_private.tg_mood_entries__local_date();

--
-- Name: crisis_team_members _200_therapists_only; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _200_therapists_only BEFORE INSERT OR UPDATE OF user_id ON app_public.crisis_team_members FOR EACH ROW EXECUTE FUNCTION app_private.tg_crisis_team_members__therapists_only();

--
-- Name: mood_entries _210_accept_notes; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _210_accept_notes BEFORE INSERT OR UPDATE OF notes ON app_public.mood_entries FOR EACH ROW EXECUTE FUNCTION app_private.tg_mood_entries__accept_notes();

--
-- Name: mood_entries _500_after_check_in; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _500_after_check_in AFTER INSERT OR UPDATE ON app_public.mood_entries FOR EACH ROW EXECUTE FUNCTION app_private.tg_mood_entries__after_check_in();

--
-- Name: consent_tracking _900_audit; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _900_audit AFTER INSERT OR DELETE OR UPDATE ON app_public.consent_tracking FOR EACH ROW EXECUTE FUNCTION app_private.tg__audit();

--
-- Name: crisis_detections _900_audit; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _900_audit AFTER INSERT OR DELETE OR UPDATE ON app_public.crisis_detections FOR EACH ROW EXECUTE FUNCTION app_private.tg__audit();

--
-- Name: crisis_escalations _900_audit; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _900_audit AFTER INSERT OR DELETE OR UPDATE ON app_public.crisis_escalations FOR EACH ROW EXECUTE FUNCTION app_private.tg__audit();

--
-- Name: crisis_resources _900_audit; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _900_audit AFTER INSERT OR DELETE OR UPDATE ON app_public.crisis_resources FOR EACH ROW EXECUTE FUNCTION app_private.tg__audit();

--
-- Name: crisis_team_members _900_audit; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _900_audit AFTER INSERT OR DELETE OR UPDATE ON app_public.crisis_team_members FOR EACH ROW EXECUTE FUNCTION app_private.tg__audit('user_id');

--
-- Name: gratitude_entries _900_audit; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _900_audit AFTER INSERT OR DELETE OR UPDATE ON app_public.gratitude_entries FOR EACH ROW EXECUTE FUNCTION app_private.tg__audit();

--
-- Name: journal_entries _900_audit; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _900_audit AFTER INSERT OR DELETE OR UPDATE ON app_public.journal_entries FOR EACH ROW EXECUTE FUNCTION app_private.tg__audit();

--
-- Name: mood_entries _900_audit; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _900_audit AFTER INSERT OR DELETE OR UPDATE ON app_public.mood_entries FOR EACH ROW EXECUTE FUNCTION app_private.tg__audit();

--
-- Name: mood_goals _900_audit; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _900_audit AFTER INSERT OR DELETE OR UPDATE ON app_public.mood_goals FOR EACH ROW EXECUTE FUNCTION app_private.tg__audit();

--
-- Name: safety_plans _900_audit; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _900_audit AFTER INSERT OR DELETE OR UPDATE ON app_public.safety_plans FOR EACH ROW EXECUTE FUNCTION app_private.tg__audit();

--
-- Name: therapeutic_relationships _900_audit; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _900_audit AFTER INSERT OR DELETE OR UPDATE ON app_public.therapeutic_relationships FOR EACH ROW EXECUTE FUNCTION app_private.tg__audit();

--
-- Name: thought_records _900_audit; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _900_audit AFTER INSERT OR DELETE OR UPDATE ON app_public.thought_records FOR EACH ROW EXECUTE FUNCTION app_private.tg__audit();

--
-- Name: user_preferences _900_audit; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _900_audit AFTER INSERT OR DELETE OR UPDATE ON app_public.user_preferences FOR EACH ROW EXECUTE FUNCTION app_private.tg__audit('user_id');

--
-- Name: user_profiles _900_audit; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _900_audit AFTER INSERT OR DELETE OR UPDATE ON app_public.user_profiles FOR EACH ROW EXECUTE FUNCTION app_private.tg__audit('user_id');

--
-- Name: users _900_audit; Type: TRIGGER; Schema: app_public; Owner: hp_owner
--

CREATE TRIGGER _900_audit AFTER INSERT OR DELETE OR UPDATE ON app_public.users FOR EACH ROW EXECUTE FUNCTION app_private.tg__audit();

--
-- Name: crisis_notifications crisis_notifications_escalation_id_fkey; Type: FK CONSTRAINT; Schema: app_private; Owner: hp_owner
--

ALTER TABLE ONLY app_private.crisis_notifications
    ADD CONSTRAINT crisis_notifications_escalation_id_fkey FOREIGN KEY (escalation_id) REFERENCES app_public.crisis_escalations(id) ON DELETE CASCADE;

--
-- Name: crisis_notifications crisis_notifications_recipient_id_fkey; Type: FK CONSTRAINT; Schema: app_private; Owner: hp_owner
--

ALTER TABLE ONLY app_private.crisis_notifications
    ADD CONSTRAINT crisis_notifications_recipient_id_fkey FOREIGN KEY (recipient_id) REFERENCES app_public.users(id) ON DELETE CASCADE;

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
-- Name: crisis_detections crisis_detections_reviewed_by_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.crisis_detections
    ADD CONSTRAINT crisis_detections_reviewed_by_fkey FOREIGN KEY (reviewed_by) REFERENCES app_public.users(id) ON DELETE SET NULL;

--
-- Name: crisis_detections crisis_detections_user_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.crisis_detections
    ADD CONSTRAINT crisis_detections_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_public.users(id) ON DELETE CASCADE;

--
-- Name: crisis_escalations crisis_escalations_assignee_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.crisis_escalations
    ADD CONSTRAINT crisis_escalations_assignee_id_fkey FOREIGN KEY (assignee_id) REFERENCES app_public.users(id) ON DELETE SET NULL;

--
-- Name: crisis_escalations crisis_escalations_detection_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.crisis_escalations
    ADD CONSTRAINT crisis_escalations_detection_id_fkey FOREIGN KEY (detection_id) REFERENCES app_public.crisis_detections(id) ON DELETE CASCADE;

--
-- Name: crisis_escalations crisis_escalations_user_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.crisis_escalations
    ADD CONSTRAINT crisis_escalations_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_public.users(id) ON DELETE CASCADE;

--
-- Name: crisis_team_members crisis_team_members_user_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.crisis_team_members
    ADD CONSTRAINT crisis_team_members_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_public.users(id) ON DELETE CASCADE;

--
-- Name: gratitude_entries gratitude_entries_user_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.gratitude_entries
    ADD CONSTRAINT gratitude_entries_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_public.users(id) ON DELETE CASCADE;

--
-- Name: journal_entries journal_entries_prompt_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.journal_entries
    ADD CONSTRAINT journal_entries_prompt_id_fkey FOREIGN KEY (prompt_id) REFERENCES app_public.journal_prompts(id) ON DELETE SET NULL;

--
-- Name: journal_entries journal_entries_user_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.journal_entries
    ADD CONSTRAINT journal_entries_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_public.users(id) ON DELETE CASCADE;

--
-- Name: mood_entries mood_entries_user_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.mood_entries
    ADD CONSTRAINT mood_entries_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_public.users(id) ON DELETE CASCADE;

--
-- Name: mood_goal_achievements mood_goal_achievements_goal_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.mood_goal_achievements
    ADD CONSTRAINT mood_goal_achievements_goal_id_fkey FOREIGN KEY (goal_id) REFERENCES app_public.mood_goals(id) ON DELETE CASCADE;

--
-- Name: mood_goal_achievements mood_goal_achievements_user_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.mood_goal_achievements
    ADD CONSTRAINT mood_goal_achievements_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_public.users(id) ON DELETE CASCADE;

--
-- Name: mood_goals mood_goals_user_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.mood_goals
    ADD CONSTRAINT mood_goals_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_public.users(id) ON DELETE CASCADE;

--
-- Name: mood_insights mood_insights_user_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.mood_insights
    ADD CONSTRAINT mood_insights_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_public.users(id) ON DELETE CASCADE;

--
-- Name: mood_patterns mood_patterns_user_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.mood_patterns
    ADD CONSTRAINT mood_patterns_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_public.users(id) ON DELETE CASCADE;

--
-- Name: safety_plans safety_plans_authored_by_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.safety_plans
    ADD CONSTRAINT safety_plans_authored_by_fkey FOREIGN KEY (authored_by) REFERENCES app_public.users(id) ON DELETE SET NULL;

--
-- Name: safety_plans safety_plans_user_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.safety_plans
    ADD CONSTRAINT safety_plans_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_public.users(id) ON DELETE CASCADE;

--
-- Name: therapeutic_relationships therapeutic_relationships_ended_by_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.therapeutic_relationships
    ADD CONSTRAINT therapeutic_relationships_ended_by_fkey FOREIGN KEY (ended_by) REFERENCES app_public.users(id) ON DELETE SET NULL;

--
-- Name: therapeutic_relationships therapeutic_relationships_patient_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.therapeutic_relationships
    ADD CONSTRAINT therapeutic_relationships_patient_id_fkey FOREIGN KEY (patient_id) REFERENCES app_public.users(id) ON DELETE CASCADE;

--
-- Name: therapeutic_relationships therapeutic_relationships_therapist_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.therapeutic_relationships
    ADD CONSTRAINT therapeutic_relationships_therapist_id_fkey FOREIGN KEY (therapist_id) REFERENCES app_public.users(id) ON DELETE CASCADE;

--
-- Name: thought_records thought_records_user_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: hp_owner
--

ALTER TABLE ONLY app_public.thought_records
    ADD CONSTRAINT thought_records_user_id_fkey FOREIGN KEY (user_id) REFERENCES app_public.users(id) ON DELETE CASCADE;

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
-- Name: user_tokens No role reads or writes email and reset tokens; Type: POLICY; Schema: app_private; Owner: hp_owner
--

CREATE POLICY "No role reads or writes email and reset tokens" ON app_private.user_tokens AS RESTRICTIVE USING (false) WITH CHECK (false);

--
-- Name: user_secrets No role reads or writes password hashes or TOTP secrets; Type: POLICY; Schema: app_private; Owner: hp_owner
--

CREATE POLICY "No role reads or writes password hashes or TOTP secrets" ON app_private.user_secrets AS RESTRICTIVE USING (false) WITH CHECK (false);

--
-- Name: user_recovery_codes No role reads or writes recovery codes; Type: POLICY; Schema: app_private; Owner: hp_owner
--

CREATE POLICY "No role reads or writes recovery codes" ON app_private.user_recovery_codes AS RESTRICTIVE USING (false) WITH CHECK (false);

--
-- Name: session_tokens No role reads or writes session token hashes; Type: POLICY; Schema: app_private; Owner: hp_owner
--

CREATE POLICY "No role reads or writes session token hashes" ON app_private.session_tokens AS RESTRICTIVE USING (false) WITH CHECK (false);

--
-- Name: audit_chain_head No role touches the chain head directly; Type: POLICY; Schema: app_private; Owner: hp_owner
--

CREATE POLICY "No role touches the chain head directly" ON app_private.audit_chain_head AS RESTRICTIVE USING (false) WITH CHECK (false);

--
-- Name: audit_logs_default Partitions are read through audit_logs only; Type: POLICY; Schema: app_private; Owner: hp_definer
--

CREATE POLICY "Partitions are read through audit_logs only" ON app_private.audit_logs_default AS RESTRICTIVE USING (false) WITH CHECK (false);

--
-- Name: audit_logs_y2026m11 Partitions are read through audit_logs only; Type: POLICY; Schema: app_private; Owner: hp_definer
--

CREATE POLICY "Partitions are read through audit_logs only" ON app_private.audit_logs_y2026m11 AS RESTRICTIVE USING (false) WITH CHECK (false);

--
-- Name: audit_logs_y2026m12 Partitions are read through audit_logs only; Type: POLICY; Schema: app_private; Owner: hp_definer
--

CREATE POLICY "Partitions are read through audit_logs only" ON app_private.audit_logs_y2026m12 AS RESTRICTIVE USING (false) WITH CHECK (false);

--
-- Name: audit_logs_y2027m01 Partitions are read through audit_logs only; Type: POLICY; Schema: app_private; Owner: hp_definer
--

CREATE POLICY "Partitions are read through audit_logs only" ON app_private.audit_logs_y2027m01 AS RESTRICTIVE USING (false) WITH CHECK (false);

--
-- Name: audit_logs_y2027m02 Partitions are read through audit_logs only; Type: POLICY; Schema: app_private; Owner: hp_definer
--

CREATE POLICY "Partitions are read through audit_logs only" ON app_private.audit_logs_y2027m02 AS RESTRICTIVE USING (false) WITH CHECK (false);

--
-- Name: connect_sessions The server's session store manages cookie sessions; Type: POLICY; Schema: app_private; Owner: hp_owner
--

CREATE POLICY "The server's session store manages cookie sessions" ON app_private.connect_sessions TO hp_authenticator USING (true) WITH CHECK (true);

--
-- Name: notification_outbox The worker can read messages to deliver; Type: POLICY; Schema: app_private; Owner: hp_owner
--

CREATE POLICY "The worker can read messages to deliver" ON app_private.notification_outbox FOR SELECT TO hp_worker USING (true);

--
-- Name: crisis_notifications The worker reads crisis notifications to deliver; Type: POLICY; Schema: app_private; Owner: hp_owner
--

CREATE POLICY "The worker reads crisis notifications to deliver" ON app_private.crisis_notifications FOR SELECT TO hp_worker USING (true);

--
-- Name: audit_chain_head; Type: ROW SECURITY; Schema: app_private; Owner: hp_owner
--

ALTER TABLE app_private.audit_chain_head ENABLE ROW LEVEL SECURITY;

--
-- Name: audit_logs_default; Type: ROW SECURITY; Schema: app_private; Owner: hp_definer
--

ALTER TABLE app_private.audit_logs_default ENABLE ROW LEVEL SECURITY;

--
-- Name: audit_logs_y2026m11; Type: ROW SECURITY; Schema: app_private; Owner: hp_definer
--

ALTER TABLE app_private.audit_logs_y2026m11 ENABLE ROW LEVEL SECURITY;

--
-- Name: audit_logs_y2026m12; Type: ROW SECURITY; Schema: app_private; Owner: hp_definer
--

ALTER TABLE app_private.audit_logs_y2026m12 ENABLE ROW LEVEL SECURITY;

--
-- Name: audit_logs_y2027m01; Type: ROW SECURITY; Schema: app_private; Owner: hp_definer
--

ALTER TABLE app_private.audit_logs_y2027m01 ENABLE ROW LEVEL SECURITY;

--
-- Name: audit_logs_y2027m02; Type: ROW SECURITY; Schema: app_private; Owner: hp_definer
--

ALTER TABLE app_private.audit_logs_y2027m02 ENABLE ROW LEVEL SECURITY;

--
-- Name: connect_sessions; Type: ROW SECURITY; Schema: app_private; Owner: hp_owner
--

ALTER TABLE app_private.connect_sessions ENABLE ROW LEVEL SECURITY;

--
-- Name: crisis_notifications; Type: ROW SECURITY; Schema: app_private; Owner: hp_owner
--

ALTER TABLE app_private.crisis_notifications ENABLE ROW LEVEL SECURITY;

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
-- Name: data_access_logs Admins (auditors) can read the access log; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Admins (auditors) can read the access log" ON app_public.data_access_logs FOR SELECT TO hp_admin USING (true);

--
-- Name: audit_logs Admins (auditors) can read the audit trail; Type: POLICY; Schema: app_public; Owner: hp_definer
--

CREATE POLICY "Admins (auditors) can read the audit trail" ON app_public.audit_logs FOR SELECT TO hp_admin USING (true);

--
-- Name: crisis_combinations Admins can add combinations; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Admins can add combinations" ON app_public.crisis_combinations FOR INSERT TO hp_admin WITH CHECK (true);

--
-- Name: crisis_resources Admins can add crisis resources; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Admins can add crisis resources" ON app_public.crisis_resources FOR INSERT TO hp_admin WITH CHECK (true);

--
-- Name: crisis_keywords Admins can add keywords; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Admins can add keywords" ON app_public.crisis_keywords FOR INSERT TO hp_admin WITH CHECK (true);

--
-- Name: crisis_modifiers Admins can add modifiers; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Admins can add modifiers" ON app_public.crisis_modifiers FOR INSERT TO hp_admin WITH CHECK (true);

--
-- Name: journal_prompts Admins can add prompts; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Admins can add prompts" ON app_public.journal_prompts FOR INSERT TO hp_admin WITH CHECK (true);

--
-- Name: system_configurations Admins can change setting values; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Admins can change setting values" ON app_public.system_configurations FOR UPDATE TO hp_admin USING (true);

--
-- Name: crisis_combinations Admins can edit combinations; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Admins can edit combinations" ON app_public.crisis_combinations FOR UPDATE TO hp_admin USING (true);

--
-- Name: crisis_resources Admins can edit crisis resources; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Admins can edit crisis resources" ON app_public.crisis_resources FOR UPDATE TO hp_admin USING (true);

--
-- Name: crisis_keywords Admins can edit keywords; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Admins can edit keywords" ON app_public.crisis_keywords FOR UPDATE TO hp_admin USING (true);

--
-- Name: crisis_modifiers Admins can edit modifiers; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Admins can edit modifiers" ON app_public.crisis_modifiers FOR UPDATE TO hp_admin USING (true);

--
-- Name: journal_prompts Admins can edit prompts; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Admins can edit prompts" ON app_public.journal_prompts FOR UPDATE TO hp_admin USING (true);

--
-- Name: users Admins can read every account; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Admins can read every account" ON app_public.users FOR SELECT TO hp_admin USING (true);

--
-- Name: POLICY "Admins can read every account" ON users; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON POLICY "Admins can read every account" ON app_public.users IS 'Accounts hold no clinical data (email, role, status); admins manage them. Profiles and clinical data are not covered by this.';

--
-- Name: crisis_resources Admins can read every crisis resource; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Admins can read every crisis resource" ON app_public.crisis_resources FOR SELECT TO hp_admin USING (true);

--
-- Name: journal_prompts Admins can read every prompt; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Admins can read every prompt" ON app_public.journal_prompts FOR SELECT TO hp_admin USING (true);

--
-- Name: therapeutic_relationships Admins can read every relationship; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Admins can read every relationship" ON app_public.therapeutic_relationships FOR SELECT TO hp_admin USING (true);

--
-- Name: POLICY "Admins can read every relationship" ON therapeutic_relationships; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON POLICY "Admins can read every relationship" ON app_public.therapeutic_relationships IS 'Who treats whom is needed to administer the service; it opens none of the clinical data.';

--
-- Name: system_configurations Admins can read every setting; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Admins can read every setting" ON app_public.system_configurations FOR SELECT TO hp_admin USING (true);

--
-- Name: mood_analytics Admins can read population analytics; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Admins can read population analytics" ON app_public.mood_analytics FOR SELECT TO hp_admin USING (true);

--
-- Name: crisis_combinations Admins can read the combinations; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Admins can read the combinations" ON app_public.crisis_combinations FOR SELECT TO hp_admin USING (true);

--
-- Name: crisis_keywords Admins can read the keyword library; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Admins can read the keyword library" ON app_public.crisis_keywords FOR SELECT TO hp_admin USING (true);

--
-- Name: POLICY "Admins can read the keyword library" ON crisis_keywords; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON POLICY "Admins can read the keyword library" ON app_public.crisis_keywords IS 'Nobody else reads it: a patient who could read the library could learn to write around it. The detector reads it as hp_definer.';

--
-- Name: crisis_modifiers Admins can read the modifiers; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Admins can read the modifiers" ON app_public.crisis_modifiers FOR SELECT TO hp_admin USING (true);

--
-- Name: crisis_team_members Admins keep the crisis rota; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Admins keep the crisis rota" ON app_public.crisis_team_members TO hp_admin USING (true) WITH CHECK (true);

--
-- Name: system_configurations Everyone can read public settings; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Everyone can read public settings" ON app_public.system_configurations FOR SELECT TO hp_anonymous, hp_patient, hp_therapist USING (is_public);

--
-- Name: crisis_resources Everyone can read the active crisis resources; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Everyone can read the active crisis resources" ON app_public.crisis_resources FOR SELECT TO hp_anonymous, hp_patient, hp_therapist, hp_worker USING (is_active);

--
-- Name: journal_prompts Everyone can read the active everyday prompts; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Everyone can read the active everyday prompts" ON app_public.journal_prompts FOR SELECT TO hp_anonymous, hp_patient, hp_therapist USING ((is_active AND (NOT is_crisis)));

--
-- Name: POLICY "Everyone can read the active everyday prompts" ON journal_prompts; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON POLICY "Everyone can read the active everyday prompts" ON app_public.journal_prompts IS 'Crisis grounding prompts are handed out by the crisis module with its resources, not browsed.';

--
-- Name: mood_entries Patients can add their own mood entries; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Patients can add their own mood entries" ON app_public.mood_entries FOR INSERT TO hp_patient WITH CHECK ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: mood_entries Patients can change their own mood entries; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Patients can change their own mood entries" ON app_public.mood_entries FOR UPDATE TO hp_patient USING ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: mood_goals Patients can change their own mood goals; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Patients can change their own mood goals" ON app_public.mood_goals FOR UPDATE TO hp_patient USING ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: gratitude_entries Patients can delete their own gratitude; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Patients can delete their own gratitude" ON app_public.gratitude_entries FOR DELETE TO hp_patient USING ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: journal_entries Patients can delete their own journal entries; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Patients can delete their own journal entries" ON app_public.journal_entries FOR DELETE TO hp_patient USING ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: mood_entries Patients can delete their own mood entries; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Patients can delete their own mood entries" ON app_public.mood_entries FOR DELETE TO hp_patient USING ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: mood_goals Patients can delete their own mood goals; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Patients can delete their own mood goals" ON app_public.mood_goals FOR DELETE TO hp_patient USING ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: thought_records Patients can delete their own thought records; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Patients can delete their own thought records" ON app_public.thought_records FOR DELETE TO hp_patient USING ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: gratitude_entries Patients can edit their own gratitude; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Patients can edit their own gratitude" ON app_public.gratitude_entries FOR UPDATE TO hp_patient USING ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: journal_entries Patients can edit their own journal entries; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Patients can edit their own journal entries" ON app_public.journal_entries FOR UPDATE TO hp_patient USING ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: thought_records Patients can edit their own thought records; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Patients can edit their own thought records" ON app_public.thought_records FOR UPDATE TO hp_patient USING ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: mood_goal_achievements Patients can read their own achievements; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Patients can read their own achievements" ON app_public.mood_goal_achievements FOR SELECT TO hp_patient USING ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: gratitude_entries Patients can read their own gratitude; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Patients can read their own gratitude" ON app_public.gratitude_entries FOR SELECT TO hp_patient USING ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: mood_insights Patients can read their own insights; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Patients can read their own insights" ON app_public.mood_insights FOR SELECT TO hp_patient USING ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: journal_entries Patients can read their own journal entries; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Patients can read their own journal entries" ON app_public.journal_entries FOR SELECT TO hp_patient USING ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: mood_entries Patients can read their own mood entries; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Patients can read their own mood entries" ON app_public.mood_entries FOR SELECT TO hp_patient USING ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: mood_goals Patients can read their own mood goals; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Patients can read their own mood goals" ON app_public.mood_goals FOR SELECT TO hp_patient USING ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: mood_patterns Patients can read their own mood patterns; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Patients can read their own mood patterns" ON app_public.mood_patterns FOR SELECT TO hp_patient USING ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: therapeutic_relationships Patients can read their own relationships; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Patients can read their own relationships" ON app_public.therapeutic_relationships FOR SELECT TO hp_patient USING ((patient_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: safety_plans Patients can read their own safety plan; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Patients can read their own safety plan" ON app_public.safety_plans FOR SELECT TO hp_patient USING ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: thought_records Patients can read their own thought records; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Patients can read their own thought records" ON app_public.thought_records FOR SELECT TO hp_patient USING ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: crisis_escalations Patients can see their own cases; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Patients can see their own cases" ON app_public.crisis_escalations FOR SELECT TO hp_patient USING ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: crisis_detections Patients can see their own detections; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Patients can see their own detections" ON app_public.crisis_detections FOR SELECT TO hp_patient USING ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: data_access_logs Patients can see who read their data; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Patients can see who read their data" ON app_public.data_access_logs FOR SELECT TO hp_patient USING ((patient_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: mood_goals Patients can set their own mood goals; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Patients can set their own mood goals" ON app_public.mood_goals FOR INSERT TO hp_patient WITH CHECK ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: gratitude_entries Patients can write their own gratitude; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Patients can write their own gratitude" ON app_public.gratitude_entries FOR INSERT TO hp_patient WITH CHECK ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: journal_entries Patients can write their own journal entries; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Patients can write their own journal entries" ON app_public.journal_entries FOR INSERT TO hp_patient WITH CHECK ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: thought_records Patients can write their own thought records; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Patients can write their own thought records" ON app_public.thought_records FOR INSERT TO hp_patient WITH CHECK ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: crisis_escalations The crisis team can see open cases; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "The crisis team can see open cases" ON app_public.crisis_escalations FOR SELECT TO hp_therapist USING (((user_id = ANY (( SELECT app_private.crisis_case_patients() AS crisis_case_patients)::uuid[])) AND app_private.log_clinical_read(user_id, 'crisis_escalations'::text)));

--
-- Name: crisis_detections The crisis team can see the detections behind open cases; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "The crisis team can see the detections behind open cases" ON app_public.crisis_detections FOR SELECT TO hp_therapist USING (((user_id = ANY (( SELECT app_private.crisis_case_patients() AS crisis_case_patients)::uuid[])) AND app_private.log_clinical_read(user_id, 'crisis_detections'::text)));

--
-- Name: journal_entries Therapists can read entries their patients share with them; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Therapists can read entries their patients share with them" ON app_public.journal_entries FOR SELECT TO hp_therapist USING (((privacy_level = 'shared_with_therapist'::app_public.privacy_level_enum) AND (user_id = ANY (( SELECT app_public.my_patient_ids() AS my_patient_ids)::uuid[])) AND app_private.log_clinical_read(user_id, 'journal_entries'::text)));

--
-- Name: POLICY "Therapists can read entries their patients share with them" ON journal_entries; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON POLICY "Therapists can read entries their patients share with them" ON app_public.journal_entries IS 'Never a private or research entry, whatever the relationship. Turning an entry back to private ends access at once.';

--
-- Name: therapeutic_relationships Therapists can read their own relationships; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Therapists can read their own relationships" ON app_public.therapeutic_relationships FOR SELECT TO hp_therapist USING ((therapist_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: mood_goal_achievements Therapists can read their reachable patients' achievements; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Therapists can read their reachable patients' achievements" ON app_public.mood_goal_achievements FOR SELECT TO hp_therapist USING (((user_id = ANY (( SELECT app_public.my_patient_ids() AS my_patient_ids)::uuid[])) AND app_private.log_clinical_read(user_id, 'mood_goal_achievements'::text)));

--
-- Name: mood_insights Therapists can read their reachable patients' insights; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Therapists can read their reachable patients' insights" ON app_public.mood_insights FOR SELECT TO hp_therapist USING (((user_id = ANY (( SELECT app_public.my_patient_ids() AS my_patient_ids)::uuid[])) AND app_private.log_clinical_read(user_id, 'mood_insights'::text)));

--
-- Name: mood_entries Therapists can read their reachable patients' mood entries; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Therapists can read their reachable patients' mood entries" ON app_public.mood_entries FOR SELECT TO hp_therapist USING (((user_id = ANY (( SELECT app_public.my_patient_ids() AS my_patient_ids)::uuid[])) AND app_private.log_clinical_read(user_id, 'mood_entries'::text)));

--
-- Name: POLICY "Therapists can read their reachable patients' mood entries" ON mood_entries; Type: COMMENT; Schema: app_public; Owner: hp_owner
--

COMMENT ON POLICY "Therapists can read their reachable patients' mood entries" ON app_public.mood_entries IS 'Active relationship and current therapist_sharing consent (my_patient_ids); each read is recorded in data_access_logs.';

--
-- Name: mood_goals Therapists can read their reachable patients' mood goals; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Therapists can read their reachable patients' mood goals" ON app_public.mood_goals FOR SELECT TO hp_therapist USING (((user_id = ANY (( SELECT app_public.my_patient_ids() AS my_patient_ids)::uuid[])) AND app_private.log_clinical_read(user_id, 'mood_goals'::text)));

--
-- Name: mood_patterns Therapists can read their reachable patients' mood patterns; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Therapists can read their reachable patients' mood patterns" ON app_public.mood_patterns FOR SELECT TO hp_therapist USING (((user_id = ANY (( SELECT app_public.my_patient_ids() AS my_patient_ids)::uuid[])) AND app_private.log_clinical_read(user_id, 'mood_patterns'::text)));

--
-- Name: safety_plans Therapists can read their reachable patients' safety plans; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Therapists can read their reachable patients' safety plans" ON app_public.safety_plans FOR SELECT TO hp_therapist USING (((user_id = ANY (( SELECT app_public.my_patient_ids() AS my_patient_ids)::uuid[])) AND app_private.log_clinical_read(user_id, 'safety_plans'::text)));

--
-- Name: thought_records Therapists can read thought records their patients share with t; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Therapists can read thought records their patients share with t" ON app_public.thought_records FOR SELECT TO hp_therapist USING (((privacy_level = 'shared_with_therapist'::app_public.privacy_level_enum) AND (user_id = ANY (( SELECT app_public.my_patient_ids() AS my_patient_ids)::uuid[])) AND app_private.log_clinical_read(user_id, 'thought_records'::text)));

--
-- Name: crisis_team_members Therapists can see their own place on the rota; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Therapists can see their own place on the rota" ON app_public.crisis_team_members FOR SELECT TO hp_therapist USING ((user_id = ( SELECT app_public.current_user_id() AS current_user_id)));

--
-- Name: crisis_escalations Therapists can see their reachable patients' cases; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Therapists can see their reachable patients' cases" ON app_public.crisis_escalations FOR SELECT TO hp_therapist USING (((user_id = ANY (( SELECT app_public.my_patient_ids() AS my_patient_ids)::uuid[])) AND app_private.log_clinical_read(user_id, 'crisis_escalations'::text)));

--
-- Name: crisis_detections Therapists can see their reachable patients' detections; Type: POLICY; Schema: app_public; Owner: hp_owner
--

CREATE POLICY "Therapists can see their reachable patients' detections" ON app_public.crisis_detections FOR SELECT TO hp_therapist USING (((user_id = ANY (( SELECT app_public.my_patient_ids() AS my_patient_ids)::uuid[])) AND app_private.log_clinical_read(user_id, 'crisis_detections'::text)));

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
-- Name: audit_logs; Type: ROW SECURITY; Schema: app_public; Owner: hp_definer
--

ALTER TABLE app_public.audit_logs ENABLE ROW LEVEL SECURITY;

--
-- Name: consent_tracking; Type: ROW SECURITY; Schema: app_public; Owner: hp_owner
--

ALTER TABLE app_public.consent_tracking ENABLE ROW LEVEL SECURITY;

--
-- Name: crisis_combinations; Type: ROW SECURITY; Schema: app_public; Owner: hp_owner
--

ALTER TABLE app_public.crisis_combinations ENABLE ROW LEVEL SECURITY;

--
-- Name: crisis_detections; Type: ROW SECURITY; Schema: app_public; Owner: hp_owner
--

ALTER TABLE app_public.crisis_detections ENABLE ROW LEVEL SECURITY;

--
-- Name: crisis_escalations; Type: ROW SECURITY; Schema: app_public; Owner: hp_owner
--

ALTER TABLE app_public.crisis_escalations ENABLE ROW LEVEL SECURITY;

--
-- Name: crisis_keywords; Type: ROW SECURITY; Schema: app_public; Owner: hp_owner
--

ALTER TABLE app_public.crisis_keywords ENABLE ROW LEVEL SECURITY;

--
-- Name: crisis_modifiers; Type: ROW SECURITY; Schema: app_public; Owner: hp_owner
--

ALTER TABLE app_public.crisis_modifiers ENABLE ROW LEVEL SECURITY;

--
-- Name: crisis_resources; Type: ROW SECURITY; Schema: app_public; Owner: hp_owner
--

ALTER TABLE app_public.crisis_resources ENABLE ROW LEVEL SECURITY;

--
-- Name: crisis_team_members; Type: ROW SECURITY; Schema: app_public; Owner: hp_owner
--

ALTER TABLE app_public.crisis_team_members ENABLE ROW LEVEL SECURITY;

--
-- Name: data_access_logs; Type: ROW SECURITY; Schema: app_public; Owner: hp_owner
--

ALTER TABLE app_public.data_access_logs ENABLE ROW LEVEL SECURITY;

--
-- Name: gratitude_entries; Type: ROW SECURITY; Schema: app_public; Owner: hp_owner
--

ALTER TABLE app_public.gratitude_entries ENABLE ROW LEVEL SECURITY;

--
-- Name: journal_entries; Type: ROW SECURITY; Schema: app_public; Owner: hp_owner
--

ALTER TABLE app_public.journal_entries ENABLE ROW LEVEL SECURITY;

--
-- Name: journal_prompts; Type: ROW SECURITY; Schema: app_public; Owner: hp_owner
--

ALTER TABLE app_public.journal_prompts ENABLE ROW LEVEL SECURITY;

--
-- Name: mood_analytics; Type: ROW SECURITY; Schema: app_public; Owner: hp_owner
--

ALTER TABLE app_public.mood_analytics ENABLE ROW LEVEL SECURITY;

--
-- Name: mood_entries; Type: ROW SECURITY; Schema: app_public; Owner: hp_owner
--

ALTER TABLE app_public.mood_entries ENABLE ROW LEVEL SECURITY;

--
-- Name: mood_goal_achievements; Type: ROW SECURITY; Schema: app_public; Owner: hp_owner
--

ALTER TABLE app_public.mood_goal_achievements ENABLE ROW LEVEL SECURITY;

--
-- Name: mood_goals; Type: ROW SECURITY; Schema: app_public; Owner: hp_owner
--

ALTER TABLE app_public.mood_goals ENABLE ROW LEVEL SECURITY;

--
-- Name: mood_insights; Type: ROW SECURITY; Schema: app_public; Owner: hp_owner
--

ALTER TABLE app_public.mood_insights ENABLE ROW LEVEL SECURITY;

--
-- Name: mood_patterns; Type: ROW SECURITY; Schema: app_public; Owner: hp_owner
--

ALTER TABLE app_public.mood_patterns ENABLE ROW LEVEL SECURITY;

--
-- Name: safety_plans; Type: ROW SECURITY; Schema: app_public; Owner: hp_owner
--

ALTER TABLE app_public.safety_plans ENABLE ROW LEVEL SECURITY;

--
-- Name: system_configurations; Type: ROW SECURITY; Schema: app_public; Owner: hp_owner
--

ALTER TABLE app_public.system_configurations ENABLE ROW LEVEL SECURITY;

--
-- Name: therapeutic_relationships; Type: ROW SECURITY; Schema: app_public; Owner: hp_owner
--

ALTER TABLE app_public.therapeutic_relationships ENABLE ROW LEVEL SECURITY;

--
-- Name: thought_records; Type: ROW SECURITY; Schema: app_public; Owner: hp_owner
--

ALTER TABLE app_public.thought_records ENABLE ROW LEVEL SECURITY;

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
-- Name: FUNCTION accept_patient_text(source app_public.crisis_source_enum, user_id uuid, source_id uuid, content text, also_screen text); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.accept_patient_text(source app_public.crisis_source_enum, user_id uuid, source_id uuid, content text, also_screen text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.accept_patient_text(source app_public.crisis_source_enum, user_id uuid, source_id uuid, content text, also_screen text) TO hp_definer;
GRANT ALL ON FUNCTION app_private.accept_patient_text(source app_public.crisis_source_enum, user_id uuid, source_id uuid, content text, also_screen text) TO hp_patient;
GRANT ALL ON FUNCTION app_private.accept_patient_text(source app_public.crisis_source_enum, user_id uuid, source_id uuid, content text, also_screen text) TO hp_therapist;

--
-- Name: TABLE user_sessions; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_public.user_sessions TO hp_definer;
GRANT SELECT ON TABLE app_public.user_sessions TO hp_patient;
GRANT SELECT ON TABLE app_public.user_sessions TO hp_therapist;
GRANT SELECT ON TABLE app_public.user_sessions TO hp_admin;

--
-- Name: FUNCTION active_session(); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.active_session() FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.active_session() TO hp_definer;

--
-- Name: FUNCTION append_audit(action text, table_name text, record_id uuid, old_values jsonb, new_values jsonb, acting_user uuid); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.append_audit(action text, table_name text, record_id uuid, old_values jsonb, new_values jsonb, acting_user uuid) FROM PUBLIC;

--
-- Name: FUNCTION are_tags(tags text[]); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.are_tags(tags text[]) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.are_tags(tags text[]) TO hp_definer;
GRANT ALL ON FUNCTION app_private.are_tags(tags text[]) TO hp_patient;
GRANT ALL ON FUNCTION app_private.are_tags(tags text[]) TO hp_therapist;

--
-- Name: FUNCTION assign_definer_functions(); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.assign_definer_functions() FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.assign_definer_functions() TO hp_definer;

--
-- Name: FUNCTION audit_event(action text, acting_user uuid, details jsonb); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.audit_event(action text, acting_user uuid, details jsonb) FROM PUBLIC;

--
-- Name: FUNCTION audit_genesis_hash(); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.audit_genesis_hash() FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.audit_genesis_hash() TO hp_definer;

--
-- Name: FUNCTION audit_redact(row_values jsonb); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.audit_redact(row_values jsonb) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.audit_redact(row_values jsonb) TO hp_definer;

--
-- Name: FUNCTION audit_row_hash(prev_hash bytea, seq bigint, occurred_at timestamp with time zone, user_id uuid, session_id uuid, actor_role text, action text, table_name text, record_id uuid, old_values jsonb, new_values jsonb, ip_address inet, user_agent text, request_id text); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.audit_row_hash(prev_hash bytea, seq bigint, occurred_at timestamp with time zone, user_id uuid, session_id uuid, actor_role text, action text, table_name text, record_id uuid, old_values jsonb, new_values jsonb, ip_address inet, user_agent text, request_id text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.audit_row_hash(prev_hash bytea, seq bigint, occurred_at timestamp with time zone, user_id uuid, session_id uuid, actor_role text, action text, table_name text, record_id uuid, old_values jsonb, new_values jsonb, ip_address inet, user_agent text, request_id text) TO hp_definer;

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
-- Name: FUNCTION compute_mood_analytics(days_back integer); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.compute_mood_analytics(days_back integer) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.compute_mood_analytics(days_back integer) TO hp_worker;

--
-- Name: FUNCTION consent_decision(user_id uuid, consent app_public.consent_type_enum); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.consent_decision(user_id uuid, consent app_public.consent_type_enum) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.consent_decision(user_id uuid, consent app_public.consent_type_enum) TO hp_definer;

--
-- Name: FUNCTION consume_token(token text, purpose app_private.user_token_purpose); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.consume_token(token text, purpose app_private.user_token_purpose) FROM PUBLIC;

--
-- Name: FUNCTION crisis_case_patients(); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.crisis_case_patients() FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.crisis_case_patients() TO hp_patient;
GRANT ALL ON FUNCTION app_private.crisis_case_patients() TO hp_therapist;

--
-- Name: FUNCTION crisis_fold(content text); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.crisis_fold(content text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.crisis_fold(content text) TO hp_definer;

--
-- Name: FUNCTION crisis_job_spec(); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.crisis_job_spec() FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.crisis_job_spec() TO hp_definer;

--
-- Name: FUNCTION crisis_support_for(source_id uuid); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.crisis_support_for(source_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.crisis_support_for(source_id uuid) TO hp_patient;
GRANT ALL ON FUNCTION app_private.crisis_support_for(source_id uuid) TO hp_therapist;

--
-- Name: FUNCTION day_streak(days date[], today date); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.day_streak(days date[], today date) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.day_streak(days date[], today date) TO hp_definer;
GRANT ALL ON FUNCTION app_private.day_streak(days date[], today date) TO hp_patient;
GRANT ALL ON FUNCTION app_private.day_streak(days date[], today date) TO hp_therapist;

--
-- Name: FUNCTION detect_mood_patterns(user_id uuid); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.detect_mood_patterns(user_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.detect_mood_patterns(user_id uuid) TO hp_worker;

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
-- Name: TABLE mood_entries; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_public.mood_entries TO hp_definer;
GRANT SELECT,DELETE ON TABLE app_public.mood_entries TO hp_patient;
GRANT SELECT ON TABLE app_public.mood_entries TO hp_therapist;

--
-- Name: COLUMN mood_entries.user_id; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(user_id) ON TABLE app_public.mood_entries TO hp_patient;

--
-- Name: COLUMN mood_entries.entry_date; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(entry_date),UPDATE(entry_date) ON TABLE app_public.mood_entries TO hp_patient;

--
-- Name: COLUMN mood_entries.overall_mood; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(overall_mood),UPDATE(overall_mood) ON TABLE app_public.mood_entries TO hp_patient;

--
-- Name: COLUMN mood_entries.energy_level; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(energy_level),UPDATE(energy_level) ON TABLE app_public.mood_entries TO hp_patient;

--
-- Name: COLUMN mood_entries.anxiety_level; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(anxiety_level),UPDATE(anxiety_level) ON TABLE app_public.mood_entries TO hp_patient;

--
-- Name: COLUMN mood_entries.stress_level; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(stress_level),UPDATE(stress_level) ON TABLE app_public.mood_entries TO hp_patient;

--
-- Name: COLUMN mood_entries.sleep_hours; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(sleep_hours),UPDATE(sleep_hours) ON TABLE app_public.mood_entries TO hp_patient;

--
-- Name: COLUMN mood_entries.notes; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(notes),UPDATE(notes) ON TABLE app_public.mood_entries TO hp_patient;

--
-- Name: COLUMN mood_entries.activities; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(activities),UPDATE(activities) ON TABLE app_public.mood_entries TO hp_patient;

--
-- Name: COLUMN mood_entries.checked_in_at; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(checked_in_at),UPDATE(checked_in_at) ON TABLE app_public.mood_entries TO hp_patient;

--
-- Name: FUNCTION dimension_value(entry app_public.mood_entries, dimension app_public.mood_dimension_enum); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.dimension_value(entry app_public.mood_entries, dimension app_public.mood_dimension_enum) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.dimension_value(entry app_public.mood_entries, dimension app_public.mood_dimension_enum) TO hp_definer;
GRANT ALL ON FUNCTION app_private.dimension_value(entry app_public.mood_entries, dimension app_public.mood_dimension_enum) TO hp_patient;
GRANT ALL ON FUNCTION app_private.dimension_value(entry app_public.mood_entries, dimension app_public.mood_dimension_enum) TO hp_therapist;

--
-- Name: FUNCTION email_for_reset_token(token text); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.email_for_reset_token(token text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.email_for_reset_token(token text) TO hp_authenticator;

--
-- Name: FUNCTION email_for_session(session_id uuid); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.email_for_session(session_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.email_for_session(session_id uuid) TO hp_authenticator;

--
-- Name: FUNCTION ensure_audit_partitions(months_ahead integer); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.ensure_audit_partitions(months_ahead integer) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.ensure_audit_partitions(months_ahead integer) TO hp_worker;

--
-- Name: FUNCTION escalate_overdue_cases(); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.escalate_overdue_cases() FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.escalate_overdue_cases() TO hp_worker;

--
-- Name: TABLE mood_goals; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_public.mood_goals TO hp_definer;
GRANT SELECT,DELETE ON TABLE app_public.mood_goals TO hp_patient;
GRANT SELECT ON TABLE app_public.mood_goals TO hp_therapist;

--
-- Name: COLUMN mood_goals.user_id; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(user_id) ON TABLE app_public.mood_goals TO hp_patient;

--
-- Name: COLUMN mood_goals.title; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(title),UPDATE(title) ON TABLE app_public.mood_goals TO hp_patient;

--
-- Name: COLUMN mood_goals.dimension; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(dimension) ON TABLE app_public.mood_goals TO hp_patient;

--
-- Name: COLUMN mood_goals.kind; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(kind) ON TABLE app_public.mood_goals TO hp_patient;

--
-- Name: COLUMN mood_goals.comparison; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(comparison),UPDATE(comparison) ON TABLE app_public.mood_goals TO hp_patient;

--
-- Name: COLUMN mood_goals.target; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(target),UPDATE(target) ON TABLE app_public.mood_goals TO hp_patient;

--
-- Name: COLUMN mood_goals.window_days; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(window_days),UPDATE(window_days) ON TABLE app_public.mood_goals TO hp_patient;

--
-- Name: COLUMN mood_goals.required_days; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(required_days),UPDATE(required_days) ON TABLE app_public.mood_goals TO hp_patient;

--
-- Name: COLUMN mood_goals.status; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(status),UPDATE(status) ON TABLE app_public.mood_goals TO hp_patient;

--
-- Name: FUNCTION goal_progress(goal app_public.mood_goals, window_end date); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.goal_progress(goal app_public.mood_goals, window_end date) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.goal_progress(goal app_public.mood_goals, window_end date) TO hp_definer;
GRANT ALL ON FUNCTION app_private.goal_progress(goal app_public.mood_goals, window_end date) TO hp_patient;
GRANT ALL ON FUNCTION app_private.goal_progress(goal app_public.mood_goals, window_end date) TO hp_therapist;

--
-- Name: TABLE journal_prompts; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_public.journal_prompts TO hp_definer;
GRANT SELECT ON TABLE app_public.journal_prompts TO hp_anonymous;
GRANT SELECT ON TABLE app_public.journal_prompts TO hp_patient;
GRANT SELECT ON TABLE app_public.journal_prompts TO hp_therapist;
GRANT SELECT ON TABLE app_public.journal_prompts TO hp_admin;

--
-- Name: COLUMN journal_prompts.slug; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(slug) ON TABLE app_public.journal_prompts TO hp_admin;

--
-- Name: COLUMN journal_prompts.category; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(category),UPDATE(category) ON TABLE app_public.journal_prompts TO hp_admin;

--
-- Name: COLUMN journal_prompts.cbt_technique; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(cbt_technique),UPDATE(cbt_technique) ON TABLE app_public.journal_prompts TO hp_admin;

--
-- Name: COLUMN journal_prompts.difficulty; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(difficulty),UPDATE(difficulty) ON TABLE app_public.journal_prompts TO hp_admin;

--
-- Name: COLUMN journal_prompts.locale; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(locale),UPDATE(locale) ON TABLE app_public.journal_prompts TO hp_admin;

--
-- Name: COLUMN journal_prompts.is_crisis; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(is_crisis) ON TABLE app_public.journal_prompts TO hp_admin;

--
-- Name: COLUMN journal_prompts.prompt; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(prompt),UPDATE(prompt) ON TABLE app_public.journal_prompts TO hp_admin;

--
-- Name: COLUMN journal_prompts.guidance; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(guidance),UPDATE(guidance) ON TABLE app_public.journal_prompts TO hp_admin;

--
-- Name: COLUMN journal_prompts.is_active; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(is_active),UPDATE(is_active) ON TABLE app_public.journal_prompts TO hp_admin;

--
-- Name: FUNCTION grounding_prompt(user_id uuid); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.grounding_prompt(user_id uuid) FROM PUBLIC;

--
-- Name: FUNCTION has_consent(user_id uuid, consent app_public.consent_type_enum); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.has_consent(user_id uuid, consent app_public.consent_type_enum) FROM PUBLIC;

--
-- Name: FUNCTION immutable_unaccent(value text); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.immutable_unaccent(value text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.immutable_unaccent(value text) TO hp_definer;
GRANT ALL ON FUNCTION app_private.immutable_unaccent(value text) TO hp_patient;
GRANT ALL ON FUNCTION app_private.immutable_unaccent(value text) TO hp_therapist;

--
-- Name: FUNCTION is_crisis_team_member(); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.is_crisis_team_member() FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.is_crisis_team_member() TO hp_therapist;

--
-- Name: FUNCTION is_valid_regex(pattern text); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.is_valid_regex(pattern text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.is_valid_regex(pattern text) TO hp_definer;

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
-- Name: FUNCTION local_today(user_id uuid); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.local_today(user_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.local_today(user_id uuid) TO hp_patient;
GRANT ALL ON FUNCTION app_private.local_today(user_id uuid) TO hp_therapist;

--
-- Name: FUNCTION log_clinical_read(patient_id uuid, data_kind text); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.log_clinical_read(patient_id uuid, data_kind text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.log_clinical_read(patient_id uuid, data_kind text) TO hp_therapist;

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
-- Name: TABLE crisis_escalations; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_public.crisis_escalations TO hp_definer;
GRANT SELECT ON TABLE app_public.crisis_escalations TO hp_patient;
GRANT SELECT ON TABLE app_public.crisis_escalations TO hp_therapist;

--
-- Name: FUNCTION may_work_case(e app_public.crisis_escalations); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.may_work_case(e app_public.crisis_escalations) FROM PUBLIC;

--
-- Name: FUNCTION mood_bucket(dimension app_public.mood_dimension_enum, value numeric); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.mood_bucket(dimension app_public.mood_dimension_enum, value numeric) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.mood_bucket(dimension app_public.mood_dimension_enum, value numeric) TO hp_definer;

--
-- Name: FUNCTION mood_period_statistics(user_id uuid, period_start date, period_end date); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.mood_period_statistics(user_id uuid, period_start date, period_end date) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.mood_period_statistics(user_id uuid, period_start date, period_end date) TO hp_worker;

--
-- Name: FUNCTION move_case(escalation_id uuid, next_status app_public.escalation_status_enum, notes text); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.move_case(escalation_id uuid, next_status app_public.escalation_status_enum, notes text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.move_case(escalation_id uuid, next_status app_public.escalation_status_enum, notes text) TO hp_therapist;

--
-- Name: FUNCTION new_recovery_codes(user_id uuid); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.new_recovery_codes(user_id uuid) FROM PUBLIC;

--
-- Name: FUNCTION notify_escalation(escalation_id uuid); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.notify_escalation(escalation_id uuid) FROM PUBLIC;

--
-- Name: FUNCTION on_concerning_mood_pattern(pattern_id uuid); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.on_concerning_mood_pattern(pattern_id uuid) FROM PUBLIC;

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
-- Name: FUNCTION previous_period(user_id uuid, period_type app_public.insight_period_enum); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.previous_period(user_id uuid, period_type app_public.insight_period_enum) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.previous_period(user_id uuid, period_type app_public.insight_period_enum) TO hp_definer;

--
-- Name: FUNCTION queue_all_mood_pattern_detection(); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.queue_all_mood_pattern_detection() FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.queue_all_mood_pattern_detection() TO hp_worker;

--
-- Name: FUNCTION queue_email(user_id uuid, template text, subject text, body text, priority integer); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.queue_email(user_id uuid, template text, subject text, body text, priority integer) FROM PUBLIC;

--
-- Name: FUNCTION queue_mood_insights(period_type app_public.insight_period_enum); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.queue_mood_insights(period_type app_public.insight_period_enum) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.queue_mood_insights(period_type app_public.insight_period_enum) TO hp_worker;

--
-- Name: FUNCTION queue_mood_pattern_detection(user_id uuid, delay interval); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.queue_mood_pattern_detection(user_id uuid, delay interval) FROM PUBLIC;

--
-- Name: FUNCTION random_token(); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.random_token() FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.random_token() TO hp_definer;

--
-- Name: FUNCTION reachable_patients(therapist_id uuid); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.reachable_patients(therapist_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.reachable_patients(therapist_id uuid) TO hp_definer;

--
-- Name: FUNCTION record_clinical_read(patient_id uuid, data_kind text); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.record_clinical_read(patient_id uuid, data_kind text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.record_clinical_read(patient_id uuid, data_kind text) TO hp_therapist;

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
-- Name: FUNCTION record_goal_achievements(user_id uuid); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.record_goal_achievements(user_id uuid) FROM PUBLIC;

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
-- Name: FUNCTION response_window(level app_public.crisis_level_enum); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.response_window(level app_public.crisis_level_enum) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.response_window(level app_public.crisis_level_enum) TO hp_definer;

--
-- Name: FUNCTION revoke_sessions(user_id uuid, reason text, except_session uuid); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.revoke_sessions(user_id uuid, reason text, except_session uuid) FROM PUBLIC;

--
-- Name: FUNCTION save_mood_insight(user_id uuid, period_type app_public.insight_period_enum, period_start date, period_end date, statistics jsonb, summary text, provider text); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.save_mood_insight(user_id uuid, period_type app_public.insight_period_enum, period_start date, period_end date, statistics jsonb, summary text, provider text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.save_mood_insight(user_id uuid, period_type app_public.insight_period_enum, period_start date, period_end date, statistics jsonb, summary text, provider text) TO hp_worker;

--
-- Name: FUNCTION screen_patient_text(source app_public.crisis_source_enum, user_id uuid, source_id uuid, content text); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.screen_patient_text(source app_public.crisis_source_enum, user_id uuid, source_id uuid, content text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.screen_patient_text(source app_public.crisis_source_enum, user_id uuid, source_id uuid, content text) TO hp_patient;
GRANT ALL ON FUNCTION app_private.screen_patient_text(source app_public.crisis_source_enum, user_id uuid, source_id uuid, content text) TO hp_therapist;

--
-- Name: FUNCTION search_config(user_id uuid); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.search_config(user_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.search_config(user_id uuid) TO hp_patient;
GRANT ALL ON FUNCTION app_private.search_config(user_id uuid) TO hp_therapist;

--
-- Name: FUNCTION search_fold(value text); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.search_fold(value text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.search_fold(value text) TO hp_definer;
GRANT ALL ON FUNCTION app_private.search_fold(value text) TO hp_patient;
GRANT ALL ON FUNCTION app_private.search_fold(value text) TO hp_therapist;

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
-- Name: FUNCTION subject(patient_id uuid); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.subject(patient_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.subject(patient_id uuid) TO hp_definer;
GRANT ALL ON FUNCTION app_private.subject(patient_id uuid) TO hp_patient;
GRANT ALL ON FUNCTION app_private.subject(patient_id uuid) TO hp_therapist;

--
-- Name: FUNCTION tg__audit(); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.tg__audit() FROM PUBLIC;

--
-- Name: FUNCTION tg__keep_owner(); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.tg__keep_owner() FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.tg__keep_owner() TO hp_definer;

--
-- Name: FUNCTION tg__set_updated_at(); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.tg__set_updated_at() FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.tg__set_updated_at() TO hp_definer;

--
-- Name: FUNCTION tg_audit_logs__refuse_change(); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.tg_audit_logs__refuse_change() FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.tg_audit_logs__refuse_change() TO hp_definer;

--
-- Name: FUNCTION tg_crisis_team_members__therapists_only(); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.tg_crisis_team_members__therapists_only() FROM PUBLIC;

--
-- Name: FUNCTION tg_gratitude_entries__accept(); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.tg_gratitude_entries__accept() FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.tg_gratitude_entries__accept() TO hp_definer;

--
-- Name: FUNCTION tg_journal_entries__accept(); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.tg_journal_entries__accept() FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.tg_journal_entries__accept() TO hp_definer;

--
-- Name: FUNCTION tg_mood_entries__accept_notes(); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.tg_mood_entries__accept_notes() FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.tg_mood_entries__accept_notes() TO hp_definer;

--
-- Name: FUNCTION tg_mood_entries__after_check_in(); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.tg_mood_entries__after_check_in() FROM PUBLIC;

--
-- Name: FUNCTION tg_mood_entries__local_date(); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.tg_mood_entries__local_date() FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.tg_mood_entries__local_date() TO hp_definer;

--
-- Name: FUNCTION tg_therapeutic_relationships__check_roles(); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.tg_therapeutic_relationships__check_roles() FROM PUBLIC;

--
-- Name: FUNCTION tg_thought_records__accept(); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.tg_thought_records__accept() FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.tg_thought_records__accept() TO hp_definer;

--
-- Name: FUNCTION valid_emotions(emotions jsonb); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.valid_emotions(emotions jsonb) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.valid_emotions(emotions jsonb) TO hp_definer;
GRANT ALL ON FUNCTION app_private.valid_emotions(emotions jsonb) TO hp_patient;
GRANT ALL ON FUNCTION app_private.valid_emotions(emotions jsonb) TO hp_therapist;

--
-- Name: FUNCTION valid_thoughts(thoughts jsonb); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.valid_thoughts(thoughts jsonb) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.valid_thoughts(thoughts jsonb) TO hp_definer;
GRANT ALL ON FUNCTION app_private.valid_thoughts(thoughts jsonb) TO hp_patient;
GRANT ALL ON FUNCTION app_private.valid_thoughts(thoughts jsonb) TO hp_therapist;

--
-- Name: TABLE thought_records; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_public.thought_records TO hp_definer;
GRANT SELECT,DELETE ON TABLE app_public.thought_records TO hp_patient;
GRANT SELECT ON TABLE app_public.thought_records TO hp_therapist;

--
-- Name: COLUMN thought_records.user_id; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(user_id) ON TABLE app_public.thought_records TO hp_patient;

--
-- Name: COLUMN thought_records.situation; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(situation),UPDATE(situation) ON TABLE app_public.thought_records TO hp_patient;

--
-- Name: COLUMN thought_records.emotions; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(emotions),UPDATE(emotions) ON TABLE app_public.thought_records TO hp_patient;

--
-- Name: COLUMN thought_records.automatic_thoughts; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(automatic_thoughts),UPDATE(automatic_thoughts) ON TABLE app_public.thought_records TO hp_patient;

--
-- Name: COLUMN thought_records.distortions; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(distortions),UPDATE(distortions) ON TABLE app_public.thought_records TO hp_patient;

--
-- Name: COLUMN thought_records.evidence_for; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(evidence_for),UPDATE(evidence_for) ON TABLE app_public.thought_records TO hp_patient;

--
-- Name: COLUMN thought_records.evidence_against; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(evidence_against),UPDATE(evidence_against) ON TABLE app_public.thought_records TO hp_patient;

--
-- Name: COLUMN thought_records.balanced_thought; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(balanced_thought),UPDATE(balanced_thought) ON TABLE app_public.thought_records TO hp_patient;

--
-- Name: COLUMN thought_records.balanced_belief; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(balanced_belief),UPDATE(balanced_belief) ON TABLE app_public.thought_records TO hp_patient;

--
-- Name: COLUMN thought_records.emotions_after; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(emotions_after),UPDATE(emotions_after) ON TABLE app_public.thought_records TO hp_patient;

--
-- Name: COLUMN thought_records.privacy_level; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(privacy_level),UPDATE(privacy_level) ON TABLE app_public.thought_records TO hp_patient;

--
-- Name: COLUMN thought_records.is_complete; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(is_complete),UPDATE(is_complete) ON TABLE app_public.thought_records TO hp_patient;

--
-- Name: FUNCTION thought_record_missing(record app_public.thought_records); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.thought_record_missing(record app_public.thought_records) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.thought_record_missing(record app_public.thought_records) TO hp_definer;
GRANT ALL ON FUNCTION app_private.thought_record_missing(record app_public.thought_records) TO hp_patient;
GRANT ALL ON FUNCTION app_private.thought_record_missing(record app_public.thought_records) TO hp_therapist;

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
-- Name: FUNCTION valid_plan_items(items text[]); Type: ACL; Schema: app_private; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_private.valid_plan_items(items text[]) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.valid_plan_items(items text[]) TO hp_definer;
GRANT ALL ON FUNCTION app_private.valid_plan_items(items text[]) TO hp_patient;
GRANT ALL ON FUNCTION app_private.valid_plan_items(items text[]) TO hp_therapist;

--
-- Name: FUNCTION webhook_delivered(notification_id uuid, success boolean, error text); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.webhook_delivered(notification_id uuid, success boolean, error text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.webhook_delivered(notification_id uuid, success boolean, error text) TO hp_worker;

--
-- Name: FUNCTION webhook_payload(notification_id uuid); Type: ACL; Schema: app_private; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_private.webhook_payload(notification_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.webhook_payload(notification_id uuid) TO hp_worker;

--
-- Name: FUNCTION acknowledge_crisis_case(escalation_id uuid); Type: ACL; Schema: app_public; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_public.acknowledge_crisis_case(escalation_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.acknowledge_crisis_case(escalation_id uuid) TO hp_definer;
GRANT ALL ON FUNCTION app_public.acknowledge_crisis_case(escalation_id uuid) TO hp_therapist;

--
-- Name: FUNCTION assess_crisis_text(content text, language text); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.assess_crisis_text(content text, language text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.assess_crisis_text(content text, language text) TO hp_patient;
GRANT ALL ON FUNCTION app_public.assess_crisis_text(content text, language text) TO hp_therapist;
GRANT ALL ON FUNCTION app_public.assess_crisis_text(content text, language text) TO hp_admin;
GRANT ALL ON FUNCTION app_public.assess_crisis_text(content text, language text) TO hp_worker;

--
-- Name: FUNCTION begin_two_factor_enrolment(); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.begin_two_factor_enrolment() FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.begin_two_factor_enrolment() TO hp_patient;
GRANT ALL ON FUNCTION app_public.begin_two_factor_enrolment() TO hp_therapist;
GRANT ALL ON FUNCTION app_public.begin_two_factor_enrolment() TO hp_admin;

--
-- Name: FUNCTION caseload_mood_entries(since_days integer); Type: ACL; Schema: app_public; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_public.caseload_mood_entries(since_days integer) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.caseload_mood_entries(since_days integer) TO hp_definer;
GRANT ALL ON FUNCTION app_public.caseload_mood_entries(since_days integer) TO hp_therapist;

--
-- Name: FUNCTION cbt_technique_effects(patient_id uuid); Type: ACL; Schema: app_public; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_public.cbt_technique_effects(patient_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.cbt_technique_effects(patient_id uuid) TO hp_definer;
GRANT ALL ON FUNCTION app_public.cbt_technique_effects(patient_id uuid) TO hp_patient;
GRANT ALL ON FUNCTION app_public.cbt_technique_effects(patient_id uuid) TO hp_therapist;

--
-- Name: TABLE mood_goal_achievements; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_public.mood_goal_achievements TO hp_definer;
GRANT SELECT ON TABLE app_public.mood_goal_achievements TO hp_patient;
GRANT SELECT ON TABLE app_public.mood_goal_achievements TO hp_therapist;

--
-- Name: FUNCTION celebrate_goal_achievement(achievement_id uuid); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.celebrate_goal_achievement(achievement_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.celebrate_goal_achievement(achievement_id uuid) TO hp_patient;

--
-- Name: FUNCTION confirm_two_factor_enrolment(code text); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.confirm_two_factor_enrolment(code text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.confirm_two_factor_enrolment(code text) TO hp_patient;
GRANT ALL ON FUNCTION app_public.confirm_two_factor_enrolment(code text) TO hp_therapist;
GRANT ALL ON FUNCTION app_public.confirm_two_factor_enrolment(code text) TO hp_admin;

--
-- Name: FUNCTION crisis_keyword_precision(); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.crisis_keyword_precision() FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.crisis_keyword_precision() TO hp_admin;

--
-- Name: TABLE crisis_resources; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_public.crisis_resources TO hp_definer;
GRANT SELECT ON TABLE app_public.crisis_resources TO hp_anonymous;
GRANT SELECT ON TABLE app_public.crisis_resources TO hp_patient;
GRANT SELECT ON TABLE app_public.crisis_resources TO hp_therapist;
GRANT SELECT ON TABLE app_public.crisis_resources TO hp_admin;
GRANT SELECT ON TABLE app_public.crisis_resources TO hp_worker;

--
-- Name: COLUMN crisis_resources.slug; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(slug) ON TABLE app_public.crisis_resources TO hp_admin;

--
-- Name: COLUMN crisis_resources.name; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(name),UPDATE(name) ON TABLE app_public.crisis_resources TO hp_admin;

--
-- Name: COLUMN crisis_resources.description; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(description),UPDATE(description) ON TABLE app_public.crisis_resources TO hp_admin;

--
-- Name: COLUMN crisis_resources.country; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(country),UPDATE(country) ON TABLE app_public.crisis_resources TO hp_admin;

--
-- Name: COLUMN crisis_resources.languages; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(languages),UPDATE(languages) ON TABLE app_public.crisis_resources TO hp_admin;

--
-- Name: COLUMN crisis_resources.channel; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(channel),UPDATE(channel) ON TABLE app_public.crisis_resources TO hp_admin;

--
-- Name: COLUMN crisis_resources.contact; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(contact),UPDATE(contact) ON TABLE app_public.crisis_resources TO hp_admin;

--
-- Name: COLUMN crisis_resources.instructions; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(instructions),UPDATE(instructions) ON TABLE app_public.crisis_resources TO hp_admin;

--
-- Name: COLUMN crisis_resources.hours; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(hours),UPDATE(hours) ON TABLE app_public.crisis_resources TO hp_admin;

--
-- Name: COLUMN crisis_resources.url; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(url),UPDATE(url) ON TABLE app_public.crisis_resources TO hp_admin;

--
-- Name: COLUMN crisis_resources.is_emergency; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(is_emergency),UPDATE(is_emergency) ON TABLE app_public.crisis_resources TO hp_admin;

--
-- Name: COLUMN crisis_resources.priority; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(priority),UPDATE(priority) ON TABLE app_public.crisis_resources TO hp_admin;

--
-- Name: COLUMN crisis_resources.verified_on; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(verified_on),UPDATE(verified_on) ON TABLE app_public.crisis_resources TO hp_admin;

--
-- Name: COLUMN crisis_resources.is_active; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(is_active),UPDATE(is_active) ON TABLE app_public.crisis_resources TO hp_admin;

--
-- Name: FUNCTION crisis_resources_for(country text, language text); Type: ACL; Schema: app_public; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_public.crisis_resources_for(country text, language text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.crisis_resources_for(country text, language text) TO hp_definer;
GRANT ALL ON FUNCTION app_public.crisis_resources_for(country text, language text) TO hp_anonymous;
GRANT ALL ON FUNCTION app_public.crisis_resources_for(country text, language text) TO hp_patient;
GRANT ALL ON FUNCTION app_public.crisis_resources_for(country text, language text) TO hp_therapist;
GRANT ALL ON FUNCTION app_public.crisis_resources_for(country text, language text) TO hp_admin;
GRANT ALL ON FUNCTION app_public.crisis_resources_for(country text, language text) TO hp_worker;

--
-- Name: FUNCTION current_consents(); Type: ACL; Schema: app_public; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_public.current_consents() FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.current_consents() TO hp_definer;
GRANT ALL ON FUNCTION app_public.current_consents() TO hp_patient;
GRANT ALL ON FUNCTION app_public.current_consents() TO hp_therapist;
GRANT ALL ON FUNCTION app_public.current_consents() TO hp_admin;

--
-- Name: TABLE safety_plans; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_public.safety_plans TO hp_definer;
GRANT SELECT ON TABLE app_public.safety_plans TO hp_patient;
GRANT SELECT ON TABLE app_public.safety_plans TO hp_therapist;

--
-- Name: FUNCTION current_safety_plan(patient_id uuid); Type: ACL; Schema: app_public; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_public.current_safety_plan(patient_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.current_safety_plan(patient_id uuid) TO hp_definer;
GRANT ALL ON FUNCTION app_public.current_safety_plan(patient_id uuid) TO hp_patient;
GRANT ALL ON FUNCTION app_public.current_safety_plan(patient_id uuid) TO hp_therapist;

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
-- Name: FUNCTION disable_two_factor(code text); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.disable_two_factor(code text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.disable_two_factor(code text) TO hp_patient;
GRANT ALL ON FUNCTION app_public.disable_two_factor(code text) TO hp_therapist;
GRANT ALL ON FUNCTION app_public.disable_two_factor(code text) TO hp_admin;

--
-- Name: TABLE therapeutic_relationships; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_public.therapeutic_relationships TO hp_definer;
GRANT SELECT ON TABLE app_public.therapeutic_relationships TO hp_patient;
GRANT SELECT ON TABLE app_public.therapeutic_relationships TO hp_therapist;
GRANT SELECT ON TABLE app_public.therapeutic_relationships TO hp_admin;

--
-- Name: FUNCTION end_relationship(relationship_id uuid); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.end_relationship(relationship_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.end_relationship(relationship_id uuid) TO hp_patient;
GRANT ALL ON FUNCTION app_public.end_relationship(relationship_id uuid) TO hp_therapist;

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
-- Name: TABLE gratitude_entries; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_public.gratitude_entries TO hp_definer;
GRANT SELECT,DELETE ON TABLE app_public.gratitude_entries TO hp_patient;

--
-- Name: COLUMN gratitude_entries.user_id; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(user_id) ON TABLE app_public.gratitude_entries TO hp_patient;

--
-- Name: COLUMN gratitude_entries.entry_date; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(entry_date) ON TABLE app_public.gratitude_entries TO hp_patient;

--
-- Name: COLUMN gratitude_entries.item; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(item),UPDATE(item) ON TABLE app_public.gratitude_entries TO hp_patient;

--
-- Name: COLUMN gratitude_entries.category; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(category),UPDATE(category) ON TABLE app_public.gratitude_entries TO hp_patient;

--
-- Name: FUNCTION gratitude_entries_crisis_support(entry app_public.gratitude_entries); Type: ACL; Schema: app_public; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_public.gratitude_entries_crisis_support(entry app_public.gratitude_entries) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.gratitude_entries_crisis_support(entry app_public.gratitude_entries) TO hp_definer;
GRANT ALL ON FUNCTION app_public.gratitude_entries_crisis_support(entry app_public.gratitude_entries) TO hp_patient;
GRANT ALL ON FUNCTION app_public.gratitude_entries_crisis_support(entry app_public.gratitude_entries) TO hp_therapist;

--
-- Name: FUNCTION gratitude_look_back(); Type: ACL; Schema: app_public; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_public.gratitude_look_back() FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.gratitude_look_back() TO hp_definer;
GRANT ALL ON FUNCTION app_public.gratitude_look_back() TO hp_patient;

--
-- Name: FUNCTION gratitude_streak(); Type: ACL; Schema: app_public; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_public.gratitude_streak() FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.gratitude_streak() TO hp_definer;
GRANT ALL ON FUNCTION app_public.gratitude_streak() TO hp_patient;

--
-- Name: FUNCTION has_consented(consent app_public.consent_type_enum); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.has_consented(consent app_public.consent_type_enum) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.has_consented(consent app_public.consent_type_enum) TO hp_patient;
GRANT ALL ON FUNCTION app_public.has_consented(consent app_public.consent_type_enum) TO hp_therapist;
GRANT ALL ON FUNCTION app_public.has_consented(consent app_public.consent_type_enum) TO hp_admin;

--
-- Name: FUNCTION invite_patient(patient_email text, relationship_type app_public.therapy_type_enum, notes text); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.invite_patient(patient_email text, relationship_type app_public.therapy_type_enum, notes text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.invite_patient(patient_email text, relationship_type app_public.therapy_type_enum, notes text) TO hp_therapist;

--
-- Name: TABLE journal_entries; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_public.journal_entries TO hp_definer;
GRANT SELECT,DELETE ON TABLE app_public.journal_entries TO hp_patient;
GRANT SELECT ON TABLE app_public.journal_entries TO hp_therapist;

--
-- Name: COLUMN journal_entries.user_id; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(user_id) ON TABLE app_public.journal_entries TO hp_patient;

--
-- Name: COLUMN journal_entries.title; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(title),UPDATE(title) ON TABLE app_public.journal_entries TO hp_patient;

--
-- Name: COLUMN journal_entries.content; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(content),UPDATE(content) ON TABLE app_public.journal_entries TO hp_patient;

--
-- Name: COLUMN journal_entries.mood_before; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(mood_before),UPDATE(mood_before) ON TABLE app_public.journal_entries TO hp_patient;

--
-- Name: COLUMN journal_entries.mood_after; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(mood_after),UPDATE(mood_after) ON TABLE app_public.journal_entries TO hp_patient;

--
-- Name: COLUMN journal_entries.cbt_technique; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(cbt_technique),UPDATE(cbt_technique) ON TABLE app_public.journal_entries TO hp_patient;

--
-- Name: COLUMN journal_entries.privacy_level; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(privacy_level),UPDATE(privacy_level) ON TABLE app_public.journal_entries TO hp_patient;

--
-- Name: COLUMN journal_entries.prompt_id; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(prompt_id),UPDATE(prompt_id) ON TABLE app_public.journal_entries TO hp_patient;

--
-- Name: COLUMN journal_entries.tags; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(tags),UPDATE(tags) ON TABLE app_public.journal_entries TO hp_patient;

--
-- Name: FUNCTION journal_entries_crisis_support(entry app_public.journal_entries); Type: ACL; Schema: app_public; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_public.journal_entries_crisis_support(entry app_public.journal_entries) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.journal_entries_crisis_support(entry app_public.journal_entries) TO hp_definer;
GRANT ALL ON FUNCTION app_public.journal_entries_crisis_support(entry app_public.journal_entries) TO hp_patient;
GRANT ALL ON FUNCTION app_public.journal_entries_crisis_support(entry app_public.journal_entries) TO hp_therapist;

--
-- Name: FUNCTION journal_research_statistics(weeks integer); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.journal_research_statistics(weeks integer) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.journal_research_statistics(weeks integer) TO hp_admin;

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
-- Name: FUNCTION mark_crisis_case_false_positive(escalation_id uuid, outcome_notes text); Type: ACL; Schema: app_public; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_public.mark_crisis_case_false_positive(escalation_id uuid, outcome_notes text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.mark_crisis_case_false_positive(escalation_id uuid, outcome_notes text) TO hp_definer;
GRANT ALL ON FUNCTION app_public.mark_crisis_case_false_positive(escalation_id uuid, outcome_notes text) TO hp_therapist;

--
-- Name: FUNCTION mood_correlations(patient_id uuid, window_days integer); Type: ACL; Schema: app_public; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_public.mood_correlations(patient_id uuid, window_days integer) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.mood_correlations(patient_id uuid, window_days integer) TO hp_definer;
GRANT ALL ON FUNCTION app_public.mood_correlations(patient_id uuid, window_days integer) TO hp_patient;
GRANT ALL ON FUNCTION app_public.mood_correlations(patient_id uuid, window_days integer) TO hp_therapist;

--
-- Name: FUNCTION mood_entries_crisis_support(entry app_public.mood_entries); Type: ACL; Schema: app_public; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_public.mood_entries_crisis_support(entry app_public.mood_entries) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.mood_entries_crisis_support(entry app_public.mood_entries) TO hp_definer;
GRANT ALL ON FUNCTION app_public.mood_entries_crisis_support(entry app_public.mood_entries) TO hp_patient;
GRANT ALL ON FUNCTION app_public.mood_entries_crisis_support(entry app_public.mood_entries) TO hp_therapist;

--
-- Name: FUNCTION mood_goals_progress(goal app_public.mood_goals); Type: ACL; Schema: app_public; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_public.mood_goals_progress(goal app_public.mood_goals) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.mood_goals_progress(goal app_public.mood_goals) TO hp_definer;
GRANT ALL ON FUNCTION app_public.mood_goals_progress(goal app_public.mood_goals) TO hp_patient;
GRANT ALL ON FUNCTION app_public.mood_goals_progress(goal app_public.mood_goals) TO hp_therapist;

--
-- Name: FUNCTION mood_goals_suggestion(goal app_public.mood_goals); Type: ACL; Schema: app_public; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_public.mood_goals_suggestion(goal app_public.mood_goals) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.mood_goals_suggestion(goal app_public.mood_goals) TO hp_definer;
GRANT ALL ON FUNCTION app_public.mood_goals_suggestion(goal app_public.mood_goals) TO hp_patient;
GRANT ALL ON FUNCTION app_public.mood_goals_suggestion(goal app_public.mood_goals) TO hp_therapist;

--
-- Name: FUNCTION mood_rolling_averages(patient_id uuid); Type: ACL; Schema: app_public; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_public.mood_rolling_averages(patient_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.mood_rolling_averages(patient_id uuid) TO hp_definer;
GRANT ALL ON FUNCTION app_public.mood_rolling_averages(patient_id uuid) TO hp_patient;
GRANT ALL ON FUNCTION app_public.mood_rolling_averages(patient_id uuid) TO hp_therapist;

--
-- Name: FUNCTION mood_streak(patient_id uuid); Type: ACL; Schema: app_public; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_public.mood_streak(patient_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.mood_streak(patient_id uuid) TO hp_definer;
GRANT ALL ON FUNCTION app_public.mood_streak(patient_id uuid) TO hp_patient;
GRANT ALL ON FUNCTION app_public.mood_streak(patient_id uuid) TO hp_therapist;

--
-- Name: FUNCTION mood_trend(patient_id uuid, window_days integer, dimension app_public.mood_dimension_enum); Type: ACL; Schema: app_public; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_public.mood_trend(patient_id uuid, window_days integer, dimension app_public.mood_dimension_enum) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.mood_trend(patient_id uuid, window_days integer, dimension app_public.mood_dimension_enum) TO hp_definer;
GRANT ALL ON FUNCTION app_public.mood_trend(patient_id uuid, window_days integer, dimension app_public.mood_dimension_enum) TO hp_patient;
GRANT ALL ON FUNCTION app_public.mood_trend(patient_id uuid, window_days integer, dimension app_public.mood_dimension_enum) TO hp_therapist;

--
-- Name: FUNCTION mood_weekday_profile(patient_id uuid, window_days integer); Type: ACL; Schema: app_public; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_public.mood_weekday_profile(patient_id uuid, window_days integer) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.mood_weekday_profile(patient_id uuid, window_days integer) TO hp_definer;
GRANT ALL ON FUNCTION app_public.mood_weekday_profile(patient_id uuid, window_days integer) TO hp_patient;
GRANT ALL ON FUNCTION app_public.mood_weekday_profile(patient_id uuid, window_days integer) TO hp_therapist;

--
-- Name: FUNCTION mood_weekly_trend(patient_id uuid, weeks integer); Type: ACL; Schema: app_public; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_public.mood_weekly_trend(patient_id uuid, weeks integer) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.mood_weekly_trend(patient_id uuid, weeks integer) TO hp_definer;
GRANT ALL ON FUNCTION app_public.mood_weekly_trend(patient_id uuid, weeks integer) TO hp_patient;
GRANT ALL ON FUNCTION app_public.mood_weekly_trend(patient_id uuid, weeks integer) TO hp_therapist;

--
-- Name: FUNCTION my_patient_ids(); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.my_patient_ids() FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.my_patient_ids() TO hp_therapist;

--
-- Name: FUNCTION my_patients(); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.my_patients() FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.my_patients() TO hp_therapist;

--
-- Name: FUNCTION my_therapists(); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.my_therapists() FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.my_therapists() TO hp_patient;

--
-- Name: FUNCTION prompt_of_the_day(); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.prompt_of_the_day() FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.prompt_of_the_day() TO hp_patient;

--
-- Name: FUNCTION record_mood(overall_mood integer, energy_level integer, anxiety_level integer, stress_level integer, sleep_hours double precision, notes text, activities text[], entry_date date); Type: ACL; Schema: app_public; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_public.record_mood(overall_mood integer, energy_level integer, anxiety_level integer, stress_level integer, sleep_hours double precision, notes text, activities text[], entry_date date) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.record_mood(overall_mood integer, energy_level integer, anxiety_level integer, stress_level integer, sleep_hours double precision, notes text, activities text[], entry_date date) TO hp_definer;
GRANT ALL ON FUNCTION app_public.record_mood(overall_mood integer, energy_level integer, anxiety_level integer, stress_level integer, sleep_hours double precision, notes text, activities text[], entry_date date) TO hp_patient;

--
-- Name: FUNCTION resend_verification_email(); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.resend_verification_email() FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.resend_verification_email() TO hp_patient;
GRANT ALL ON FUNCTION app_public.resend_verification_email() TO hp_therapist;
GRANT ALL ON FUNCTION app_public.resend_verification_email() TO hp_admin;

--
-- Name: FUNCTION resolve_crisis_case(escalation_id uuid, outcome_notes text); Type: ACL; Schema: app_public; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_public.resolve_crisis_case(escalation_id uuid, outcome_notes text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.resolve_crisis_case(escalation_id uuid, outcome_notes text) TO hp_definer;
GRANT ALL ON FUNCTION app_public.resolve_crisis_case(escalation_id uuid, outcome_notes text) TO hp_therapist;

--
-- Name: FUNCTION respond_to_invitation(relationship_id uuid, accept boolean); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.respond_to_invitation(relationship_id uuid, accept boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.respond_to_invitation(relationship_id uuid, accept boolean) TO hp_patient;

--
-- Name: FUNCTION revoke_session(session_id uuid); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.revoke_session(session_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.revoke_session(session_id uuid) TO hp_patient;
GRANT ALL ON FUNCTION app_public.revoke_session(session_id uuid) TO hp_therapist;
GRANT ALL ON FUNCTION app_public.revoke_session(session_id uuid) TO hp_admin;

--
-- Name: FUNCTION save_safety_plan(patient_id uuid, warning_signs text[], internal_coping_strategies text[], distracting_people_and_places text[], people_to_ask_for_help text[], professionals_and_agencies text[], making_the_environment_safe text[], reasons_for_living text[]); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.save_safety_plan(patient_id uuid, warning_signs text[], internal_coping_strategies text[], distracting_people_and_places text[], people_to_ask_for_help text[], professionals_and_agencies text[], making_the_environment_safe text[], reasons_for_living text[]) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.save_safety_plan(patient_id uuid, warning_signs text[], internal_coping_strategies text[], distracting_people_and_places text[], people_to_ask_for_help text[], professionals_and_agencies text[], making_the_environment_safe text[], reasons_for_living text[]) TO hp_patient;
GRANT ALL ON FUNCTION app_public.save_safety_plan(patient_id uuid, warning_signs text[], internal_coping_strategies text[], distracting_people_and_places text[], people_to_ask_for_help text[], professionals_and_agencies text[], making_the_environment_safe text[], reasons_for_living text[]) TO hp_therapist;

--
-- Name: FUNCTION search_journal(query text, patient_id uuid); Type: ACL; Schema: app_public; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_public.search_journal(query text, patient_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.search_journal(query text, patient_id uuid) TO hp_definer;
GRANT ALL ON FUNCTION app_public.search_journal(query text, patient_id uuid) TO hp_patient;
GRANT ALL ON FUNCTION app_public.search_journal(query text, patient_id uuid) TO hp_therapist;

--
-- Name: FUNCTION start_crisis_case(escalation_id uuid); Type: ACL; Schema: app_public; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_public.start_crisis_case(escalation_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.start_crisis_case(escalation_id uuid) TO hp_definer;
GRANT ALL ON FUNCTION app_public.start_crisis_case(escalation_id uuid) TO hp_therapist;

--
-- Name: FUNCTION thought_records_crisis_support(record app_public.thought_records); Type: ACL; Schema: app_public; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_public.thought_records_crisis_support(record app_public.thought_records) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.thought_records_crisis_support(record app_public.thought_records) TO hp_definer;
GRANT ALL ON FUNCTION app_public.thought_records_crisis_support(record app_public.thought_records) TO hp_patient;
GRANT ALL ON FUNCTION app_public.thought_records_crisis_support(record app_public.thought_records) TO hp_therapist;

--
-- Name: FUNCTION thought_records_emotion_changes(record app_public.thought_records); Type: ACL; Schema: app_public; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_public.thought_records_emotion_changes(record app_public.thought_records) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.thought_records_emotion_changes(record app_public.thought_records) TO hp_definer;
GRANT ALL ON FUNCTION app_public.thought_records_emotion_changes(record app_public.thought_records) TO hp_patient;
GRANT ALL ON FUNCTION app_public.thought_records_emotion_changes(record app_public.thought_records) TO hp_therapist;

--
-- Name: FUNCTION thought_records_missing_parts(record app_public.thought_records); Type: ACL; Schema: app_public; Owner: hp_owner
--

REVOKE ALL ON FUNCTION app_public.thought_records_missing_parts(record app_public.thought_records) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.thought_records_missing_parts(record app_public.thought_records) TO hp_definer;
GRANT ALL ON FUNCTION app_public.thought_records_missing_parts(record app_public.thought_records) TO hp_patient;
GRANT ALL ON FUNCTION app_public.thought_records_missing_parts(record app_public.thought_records) TO hp_therapist;

--
-- Name: FUNCTION verify_audit_chain(); Type: ACL; Schema: app_public; Owner: hp_definer
--

REVOKE ALL ON FUNCTION app_public.verify_audit_chain() FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.verify_audit_chain() TO hp_admin;

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
-- Name: TABLE audit_chain_head; Type: ACL; Schema: app_private; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_private.audit_chain_head TO hp_definer;

--
-- Name: TABLE audit_logs; Type: ACL; Schema: app_public; Owner: hp_definer
--

GRANT SELECT ON TABLE app_public.audit_logs TO hp_admin;

--
-- Name: TABLE connect_sessions; Type: ACL; Schema: app_private; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_private.connect_sessions TO hp_definer;
GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_private.connect_sessions TO hp_authenticator;

--
-- Name: TABLE crisis_notifications; Type: ACL; Schema: app_private; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_private.crisis_notifications TO hp_definer;
GRANT SELECT ON TABLE app_private.crisis_notifications TO hp_worker;

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
-- Name: TABLE crisis_combinations; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_public.crisis_combinations TO hp_definer;
GRANT SELECT ON TABLE app_public.crisis_combinations TO hp_admin;

--
-- Name: COLUMN crisis_combinations.slug; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(slug) ON TABLE app_public.crisis_combinations TO hp_admin;

--
-- Name: COLUMN crisis_combinations.categories; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(categories),UPDATE(categories) ON TABLE app_public.crisis_combinations TO hp_admin;

--
-- Name: COLUMN crisis_combinations.min_weight; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(min_weight),UPDATE(min_weight) ON TABLE app_public.crisis_combinations TO hp_admin;

--
-- Name: COLUMN crisis_combinations.floor_score; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(floor_score),UPDATE(floor_score) ON TABLE app_public.crisis_combinations TO hp_admin;

--
-- Name: COLUMN crisis_combinations.description; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(description),UPDATE(description) ON TABLE app_public.crisis_combinations TO hp_admin;

--
-- Name: COLUMN crisis_combinations.is_active; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(is_active),UPDATE(is_active) ON TABLE app_public.crisis_combinations TO hp_admin;

--
-- Name: TABLE crisis_detections; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_public.crisis_detections TO hp_definer;
GRANT SELECT ON TABLE app_public.crisis_detections TO hp_patient;
GRANT SELECT ON TABLE app_public.crisis_detections TO hp_therapist;

--
-- Name: TABLE crisis_keywords; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_public.crisis_keywords TO hp_definer;
GRANT SELECT ON TABLE app_public.crisis_keywords TO hp_admin;

--
-- Name: COLUMN crisis_keywords.slug; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(slug) ON TABLE app_public.crisis_keywords TO hp_admin;

--
-- Name: COLUMN crisis_keywords.language; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(language),UPDATE(language) ON TABLE app_public.crisis_keywords TO hp_admin;

--
-- Name: COLUMN crisis_keywords.category; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(category),UPDATE(category) ON TABLE app_public.crisis_keywords TO hp_admin;

--
-- Name: COLUMN crisis_keywords.pattern; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(pattern),UPDATE(pattern) ON TABLE app_public.crisis_keywords TO hp_admin;

--
-- Name: COLUMN crisis_keywords.requires_any; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(requires_any),UPDATE(requires_any) ON TABLE app_public.crisis_keywords TO hp_admin;

--
-- Name: COLUMN crisis_keywords.weight; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(weight),UPDATE(weight) ON TABLE app_public.crisis_keywords TO hp_admin;

--
-- Name: COLUMN crisis_keywords.negatable; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(negatable),UPDATE(negatable) ON TABLE app_public.crisis_keywords TO hp_admin;

--
-- Name: COLUMN crisis_keywords.first_person; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(first_person),UPDATE(first_person) ON TABLE app_public.crisis_keywords TO hp_admin;

--
-- Name: COLUMN crisis_keywords.unless_pattern; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(unless_pattern),UPDATE(unless_pattern) ON TABLE app_public.crisis_keywords TO hp_admin;

--
-- Name: COLUMN crisis_keywords.description; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(description),UPDATE(description) ON TABLE app_public.crisis_keywords TO hp_admin;

--
-- Name: COLUMN crisis_keywords.is_active; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(is_active),UPDATE(is_active) ON TABLE app_public.crisis_keywords TO hp_admin;

--
-- Name: TABLE crisis_modifiers; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_public.crisis_modifiers TO hp_definer;
GRANT SELECT ON TABLE app_public.crisis_modifiers TO hp_admin;

--
-- Name: COLUMN crisis_modifiers.slug; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(slug) ON TABLE app_public.crisis_modifiers TO hp_admin;

--
-- Name: COLUMN crisis_modifiers.language; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(language),UPDATE(language) ON TABLE app_public.crisis_modifiers TO hp_admin;

--
-- Name: COLUMN crisis_modifiers.kind; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(kind),UPDATE(kind) ON TABLE app_public.crisis_modifiers TO hp_admin;

--
-- Name: COLUMN crisis_modifiers.pattern; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(pattern),UPDATE(pattern) ON TABLE app_public.crisis_modifiers TO hp_admin;

--
-- Name: COLUMN crisis_modifiers.requires_any; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(requires_any),UPDATE(requires_any) ON TABLE app_public.crisis_modifiers TO hp_admin;

--
-- Name: COLUMN crisis_modifiers.factor; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(factor),UPDATE(factor) ON TABLE app_public.crisis_modifiers TO hp_admin;

--
-- Name: COLUMN crisis_modifiers.description; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(description),UPDATE(description) ON TABLE app_public.crisis_modifiers TO hp_admin;

--
-- Name: COLUMN crisis_modifiers.is_active; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(is_active),UPDATE(is_active) ON TABLE app_public.crisis_modifiers TO hp_admin;

--
-- Name: TABLE crisis_team_members; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_public.crisis_team_members TO hp_definer;
GRANT SELECT,DELETE ON TABLE app_public.crisis_team_members TO hp_admin;
GRANT SELECT ON TABLE app_public.crisis_team_members TO hp_therapist;

--
-- Name: COLUMN crisis_team_members.user_id; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(user_id) ON TABLE app_public.crisis_team_members TO hp_admin;

--
-- Name: COLUMN crisis_team_members.tier; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(tier),UPDATE(tier) ON TABLE app_public.crisis_team_members TO hp_admin;

--
-- Name: COLUMN crisis_team_members.on_call; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT INSERT(on_call),UPDATE(on_call) ON TABLE app_public.crisis_team_members TO hp_admin;

--
-- Name: TABLE data_access_logs; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_public.data_access_logs TO hp_definer;
GRANT SELECT ON TABLE app_public.data_access_logs TO hp_patient;
GRANT SELECT ON TABLE app_public.data_access_logs TO hp_admin;

--
-- Name: TABLE mood_analytics; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_public.mood_analytics TO hp_definer;
GRANT SELECT ON TABLE app_public.mood_analytics TO hp_admin;

--
-- Name: TABLE mood_insights; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_public.mood_insights TO hp_definer;
GRANT SELECT ON TABLE app_public.mood_insights TO hp_patient;
GRANT SELECT ON TABLE app_public.mood_insights TO hp_therapist;

--
-- Name: TABLE mood_patterns; Type: ACL; Schema: app_public; Owner: hp_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app_public.mood_patterns TO hp_definer;
GRANT SELECT ON TABLE app_public.mood_patterns TO hp_patient;
GRANT SELECT ON TABLE app_public.mood_patterns TO hp_therapist;

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

