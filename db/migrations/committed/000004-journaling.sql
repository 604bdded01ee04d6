--! Previous: sha1:932f501c90641118120da7aeac275da5206ab90b
--! Hash: sha1:b38343dbaeac29c1b330e0060b736896edda6ac8
--! Message: Journaling

-- Module 4 — Journaling (seed: journal_entries, journal_prompts, gratitude_entries,
-- thought_records)
--
-- A patient's most private words. Who may read them is decided here, by privacy
-- level, not by the client: private entries are the author's alone; entries shared
-- with the therapist are readable through the access rule (and logged); entries
-- shared anonymously for research are still readable only by their author, and
-- feed nothing but counts. Every text a patient writes in this module passes
-- through one function, app_private.accept_patient_text(), where the crisis module
-- will hook its detection.

-- current.sql is re-run on every change while it is being written: start clean.
drop table if exists app_public.thought_records, app_public.gratitude_entries, app_public.journal_entries,
  app_public.journal_prompts cascade;
drop type if exists app_public.cbt_technique_enum, app_public.privacy_level_enum, app_public.prompt_category_enum,
  app_public.prompt_difficulty_enum, app_public.cognitive_distortion_enum, app_public.gratitude_category_enum,
  app_public.journal_search_result, app_public.cbt_technique_effect, app_public.emotion_change,
  app_public.day_streak, app_public.journal_research_cell cascade;
drop text search configuration if exists app_private.english_unaccent, app_private.spanish_unaccent,
  app_private.french_unaccent, app_private.simple_unaccent;

-------------------------------------------------------------------------------
-- 4.1 Shared types and the one door for patient text
-------------------------------------------------------------------------------
create type app_public.cbt_technique_enum as enum (
  'cognitive_restructuring', 'thought_record', 'behavioral_activation', 'problem_solving', 'exposure',
  'mindfulness', 'gratitude', 'self_compassion', 'values_clarification', 'grounding', 'relaxation'
);
create type app_public.privacy_level_enum as enum ('private', 'shared_with_therapist', 'anonymous_research');
comment on type app_public.privacy_level_enum is
  'private: the author only. shared_with_therapist: also the therapists the access rule lets in (logged). anonymous_research: the author only; counts feed research statistics, the words never do.';

create or replace function app_private.accept_patient_text(source text, content text) returns void
  language plpgsql stable
as $$
begin
  if content is null or btrim(content, E' \t\r\n') = '' then
    raise exception 'There is nothing written (%)', source using errcode = 'EMPTY';
  end if;
  -- Crisis module hook: every patient text of this module (and mood notes) passes
  -- here, inside the writing transaction. Detection will be called from this point.
end;
$$;
comment on function app_private.accept_patient_text(text, text) is
  'The one door every patient-written text goes through: refuses empty text (EMPTY); the crisis module hooks its detection here.';

create or replace function app_private.immutable_unaccent(value text) returns text
  language sql immutable parallel safe strict
as $$
  select public.unaccent('public.unaccent'::regdictionary, value)
$$;
comment on function app_private.immutable_unaccent(text) is
  'unaccent with its dictionary fixed, so indexes may use it.';

create or replace function app_private.search_fold(value text) returns text
  language sql immutable parallel safe
as $$
  select lower(app_private.immutable_unaccent(coalesce(value, '')))
$$;
comment on function app_private.search_fold(text) is 'Lower case, no accents: what trigram (typo-tolerant) search compares.';

-- Language-aware full-text search that ignores accents: each language's stemmer,
-- with unaccent in front of it.
create text search configuration app_private.english_unaccent (copy = pg_catalog.english);
alter text search configuration app_private.english_unaccent
  alter mapping for hword, hword_part, word with public.unaccent, english_stem;
create text search configuration app_private.spanish_unaccent (copy = pg_catalog.spanish);
alter text search configuration app_private.spanish_unaccent
  alter mapping for hword, hword_part, word with public.unaccent, spanish_stem;
create text search configuration app_private.french_unaccent (copy = pg_catalog.french);
alter text search configuration app_private.french_unaccent
  alter mapping for hword, hword_part, word with public.unaccent, french_stem;
create text search configuration app_private.simple_unaccent (copy = pg_catalog.simple);
alter text search configuration app_private.simple_unaccent
  alter mapping for hword, hword_part, word with public.unaccent, simple;

create or replace function app_private.search_config(user_id uuid) returns regconfig
  language sql stable security definer set search_path = pg_catalog, public
as $$
  select case split_part(coalesce((select p.language from app_public.user_profiles p where p.user_id = search_config.user_id), 'en'), '-', 1)
    when 'en' then 'app_private.english_unaccent'
    when 'es' then 'app_private.spanish_unaccent'
    when 'fr' then 'app_private.french_unaccent'
    else 'app_private.simple_unaccent'
  end::regconfig
$$;
comment on function app_private.search_config(uuid) is 'The text search configuration for a user''s language (English, Spanish, French; others: simple), accent-blind.';

-------------------------------------------------------------------------------
-- 4.2 Journal prompts (seed: journal_prompts; reference data in
-- db/reference/030-journal-prompts.sql)
--
-- Curated prompts written by this project, by category, technique, difficulty and
-- locale. Crisis grounding prompts are never offered by the prompt of the day;
-- only the crisis module hands them out.
-------------------------------------------------------------------------------
create type app_public.prompt_category_enum as enum (
  'daily_reflection', 'gratitude', 'cbt', 'mindfulness', 'self_compassion', 'relationships', 'values_and_goals',
  'crisis_grounding'
);
create type app_public.prompt_difficulty_enum as enum ('gentle', 'moderate', 'deep');

create table app_public.journal_prompts (
  id uuid primary key default public.uuid_generate_v4(),
  slug text not null unique constraint slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
  category app_public.prompt_category_enum not null,
  cbt_technique app_public.cbt_technique_enum,
  difficulty app_public.prompt_difficulty_enum not null,
  locale text not null constraint locale_format check (locale ~ '^[a-z]{2}$'),
  is_crisis boolean not null default false,
  prompt text not null constraint prompt_length check (length(prompt) between 10 and 400),
  guidance text constraint guidance_length check (length(guidance) <= 300),
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint crisis_prompts_are_grounding check (is_crisis = (category = 'crisis_grounding')),
  constraint technique_for_cbt_and_grounding check (category not in ('cbt', 'crisis_grounding') or cbt_technique is not null)
);
comment on table app_public.journal_prompts is 'Therapeutic writing prompts (reference data). Readable by everyone but the crisis ones; admins curate.';

create trigger _100_set_updated_at before update on app_public.journal_prompts
  for each row execute function app_private.tg__set_updated_at();

alter table app_public.journal_prompts enable row level security;
alter table app_public.journal_prompts force row level security;
create policy "Everyone can read the active everyday prompts" on app_public.journal_prompts
  for select to hp_anonymous, hp_patient, hp_therapist
  using (is_active and not is_crisis);
create policy "Admins can read every prompt" on app_public.journal_prompts
  for select to hp_admin using (true);
create policy "Admins can add prompts" on app_public.journal_prompts
  for insert to hp_admin with check (true);
create policy "Admins can edit prompts" on app_public.journal_prompts
  for update to hp_admin using (true);
comment on policy "Everyone can read the active everyday prompts" on app_public.journal_prompts is
  'Crisis grounding prompts are handed out by the crisis module with its resources, not browsed.';
grant select on app_public.journal_prompts to hp_anonymous, hp_patient, hp_therapist, hp_admin;
grant insert (slug, category, cbt_technique, difficulty, locale, is_crisis, prompt, guidance, is_active),
      update (category, cbt_technique, difficulty, locale, prompt, guidance, is_active)
  on app_public.journal_prompts to hp_admin;

create or replace function app_private.grounding_prompt(user_id uuid) returns app_public.journal_prompts
  language sql stable security definer set search_path = pg_catalog, public
as $$
  select p.* from app_public.journal_prompts p
  where p.is_active and p.is_crisis
    and p.locale in (coalesce(split_part((select language from app_public.user_profiles u where u.user_id = grounding_prompt.user_id), '-', 1), 'en'), 'en')
  order by p.locale = coalesce(split_part((select language from app_public.user_profiles u where u.user_id = grounding_prompt.user_id), '-', 1), 'en') desc,
           md5(grounding_prompt.user_id::text || now()::text || p.id::text)
  limit 1
$$;
comment on function app_private.grounding_prompt(uuid) is
  'A crisis grounding prompt in the user''s language, for the crisis module to show with its resources.';

-------------------------------------------------------------------------------
-- 4.3 Journal entries (seed: journal_entries)
-------------------------------------------------------------------------------
create table app_public.journal_entries (
  id uuid primary key default public.uuid_generate_v4(),
  user_id uuid not null default app_public.current_user_id() references app_public.users (id) on delete cascade,
  title text constraint title_length check (length(title) <= 255),
  content text not null constraint content_length check (length(content) <= 20000),
  mood_before app_public.mood_scale_domain,
  mood_after app_public.mood_scale_domain,
  cbt_technique app_public.cbt_technique_enum,
  privacy_level app_public.privacy_level_enum not null default 'private',
  prompt_id uuid references app_public.journal_prompts (id) on delete set null,
  tags text[] not null default '{}'
    constraint tags_are_short check (cardinality(tags) <= 20 and app_private.are_tags(tags)),
  search_config regconfig not null default 'app_private.english_unaccent',
  search_vector tsvector generated always as (
    setweight(to_tsvector(search_config, coalesce(title, '')), 'A') || setweight(to_tsvector(search_config, content), 'B')
  ) stored,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table app_public.journal_entries is
  'Journal entries. The privacy level decides who else may read them; the database enforces it.';
-- The two search columns are readable (search_journal() runs as the caller, under
-- row-level security) but are not part of the API: "@behavior -*" keeps them out of
-- the GraphQL schema.
comment on column app_public.journal_entries.search_config is E'@behavior -*\nThe author''s language''s accent-blind search configuration (set by the database).';
comment on column app_public.journal_entries.search_vector is E'@behavior -*\nThe full-text index of title and content.';
create index journal_entries_user_date_idx on app_public.journal_entries (user_id, created_at desc);
create index journal_entries_shared_idx on app_public.journal_entries (user_id, created_at desc)
  where privacy_level = 'shared_with_therapist';
create index journal_entries_search_idx on app_public.journal_entries using gin (search_vector);
create index journal_entries_trigram_idx on app_public.journal_entries
  using gin (app_private.search_fold(coalesce(title, '') || ' ' || content) public.gin_trgm_ops);

create or replace function app_private.tg_journal_entries__accept() returns trigger
  language plpgsql volatile
as $$
begin
  perform app_private.accept_patient_text('journal entry', new.content);
  new.search_config := app_private.search_config(new.user_id);
  new.tags := coalesce(new.tags, '{}');
  return new;
end;
$$;

create trigger _100_set_updated_at before update on app_public.journal_entries
  for each row execute function app_private.tg__set_updated_at();
create trigger _110_keep_owner before update on app_public.journal_entries
  for each row execute function app_private.tg__keep_owner();
create trigger _200_accept_text before insert or update of title, content on app_public.journal_entries
  for each row execute function app_private.tg_journal_entries__accept();
create trigger _900_audit after insert or update or delete on app_public.journal_entries
  for each row execute function app_private.tg__audit();

alter table app_public.journal_entries enable row level security;
alter table app_public.journal_entries force row level security;
create policy "Patients can read their own journal entries" on app_public.journal_entries
  for select to hp_patient using (user_id = (select app_public.current_user_id()));
create policy "Patients can write their own journal entries" on app_public.journal_entries
  for insert to hp_patient with check (user_id = (select app_public.current_user_id()));
create policy "Patients can edit their own journal entries" on app_public.journal_entries
  for update to hp_patient using (user_id = (select app_public.current_user_id()));
create policy "Patients can delete their own journal entries" on app_public.journal_entries
  for delete to hp_patient using (user_id = (select app_public.current_user_id()));
create policy "Therapists can read entries their patients share with them" on app_public.journal_entries
  for select to hp_therapist
  using (privacy_level = 'shared_with_therapist'
         and user_id = any ((select app_public.my_patient_ids())::uuid[])
         and app_private.log_clinical_read(user_id, 'journal_entries'));
comment on policy "Therapists can read entries their patients share with them" on app_public.journal_entries is
  'Never a private or research entry, whatever the relationship. Turning an entry back to private ends access at once.';

grant select, delete on app_public.journal_entries to hp_patient;
grant insert (user_id, title, content, mood_before, mood_after, cbt_technique, privacy_level, prompt_id, tags),
      update (title, content, mood_before, mood_after, cbt_technique, privacy_level, prompt_id, tags)
  on app_public.journal_entries to hp_patient;
grant select on app_public.journal_entries to hp_therapist;

create or replace function app_public.prompt_of_the_day() returns app_public.journal_prompts
  language sql stable security definer set search_path = pg_catalog, public
as $$
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
comment on function app_public.prompt_of_the_day() is
  'Today''s prompt for the signed-in patient: deterministic for the day, in their language, avoiding prompts answered in the last 30 days.';

-------------------------------------------------------------------------------
-- 4.4 Search
--
-- A patient searches their own journal; a therapist searches only what is shared
-- with them (the function runs as the caller, so row-level security decides).
-- Full-text search in the author's language, accent-blind, ranked (title above
-- body), with highlighted snippets; and trigram word similarity for typos, so
-- "anxeity" still finds "anxiety".
-------------------------------------------------------------------------------
create type app_public.journal_search_result as (
  entry_id uuid,
  title text,
  snippet text,
  rank real,
  privacy_level app_public.privacy_level_enum,
  created_at timestamptz
);

create or replace function app_public.search_journal(query text, patient_id uuid default null)
  returns setof app_public.journal_search_result
  language sql stable
  set pg_trgm.word_similarity_threshold = 0.3
as $$
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
comment on function app_public.search_journal(text, uuid) is
  'Searches the caller''s journal (or a reachable patient''s shared entries): ranked, accent-blind, typo-tolerant, with <mark> snippets.';

-------------------------------------------------------------------------------
-- 4.5 Gratitude (seed: gratitude_entries)
--
-- Up to five things a day, each with an optional category. A streak, and "look
-- back": one of the patient's own past entries, for a hard day.
-------------------------------------------------------------------------------
create type app_public.gratitude_category_enum as enum
  ('people', 'experiences', 'self', 'nature', 'health', 'work', 'growth', 'other');

create table app_public.gratitude_entries (
  id uuid primary key default public.uuid_generate_v4(),
  user_id uuid not null default app_public.current_user_id() references app_public.users (id) on delete cascade,
  entry_date date not null default app_private.local_today(app_public.current_user_id()),
  item text not null constraint item_length check (length(item) <= 500),
  category app_public.gratitude_category_enum,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table app_public.gratitude_entries is 'Daily gratitude: up to five items a day. Private to the patient.';
create index gratitude_entries_user_date_idx on app_public.gratitude_entries (user_id, entry_date desc);

create or replace function app_private.tg_gratitude_entries__accept() returns trigger
  language plpgsql volatile
as $$
begin
  perform app_private.accept_patient_text('gratitude', new.item);
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

create trigger _100_set_updated_at before update on app_public.gratitude_entries
  for each row execute function app_private.tg__set_updated_at();
create trigger _110_keep_owner before update on app_public.gratitude_entries
  for each row execute function app_private.tg__keep_owner();
create trigger _200_accept_text before insert or update of item, entry_date on app_public.gratitude_entries
  for each row execute function app_private.tg_gratitude_entries__accept();
create trigger _900_audit after insert or update or delete on app_public.gratitude_entries
  for each row execute function app_private.tg__audit();

alter table app_public.gratitude_entries enable row level security;
alter table app_public.gratitude_entries force row level security;
create policy "Patients can read their own gratitude" on app_public.gratitude_entries
  for select to hp_patient using (user_id = (select app_public.current_user_id()));
create policy "Patients can write their own gratitude" on app_public.gratitude_entries
  for insert to hp_patient with check (user_id = (select app_public.current_user_id()));
create policy "Patients can edit their own gratitude" on app_public.gratitude_entries
  for update to hp_patient using (user_id = (select app_public.current_user_id()));
create policy "Patients can delete their own gratitude" on app_public.gratitude_entries
  for delete to hp_patient using (user_id = (select app_public.current_user_id()));
grant select, delete on app_public.gratitude_entries to hp_patient;
grant insert (user_id, entry_date, item, category), update (item, category) on app_public.gratitude_entries to hp_patient;

create type app_public.day_streak as (
  current_streak integer,
  longest_streak integer,
  last_date date,
  total_days integer
);

create or replace function app_private.day_streak(days date[], today date) returns app_public.day_streak
  language sql immutable parallel safe
as $$
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
comment on function app_private.day_streak(date[], date) is
  'Consecutive days in a set of dates: the run alive today (today or yesterday included) and the longest.';

create or replace function app_public.gratitude_streak() returns app_public.day_streak
  language sql stable
as $$
  select app_private.day_streak(
    array(select g.entry_date from app_public.gratitude_entries g where g.user_id = (select app_public.current_user_id())),
    app_private.local_today(app_public.current_user_id()))
$$;
comment on function app_public.gratitude_streak() is 'Days in a row with at least one gratitude item.';

create or replace function app_public.gratitude_look_back() returns app_public.gratitude_entries
  language sql stable
as $$
  select g.* from app_public.gratitude_entries g
  where g.user_id = (select app_public.current_user_id())
    and g.entry_date < app_private.local_today(g.user_id)
  order by md5(g.id::text || clock_timestamp()::text)
  limit 1
$$;
comment on function app_public.gratitude_look_back() is 'One of your own past gratitude items, chosen at random, for a hard day.';

-------------------------------------------------------------------------------
-- 4.6 Thought records (seed: thought_records)
--
-- The standard CBT thought record. Emotions are rated 0-100 before and after;
-- automatic thoughts are a list with the "hot thought" marked; distortions come
-- from the standard list (an enum, so an unknown one is refused). A record is
-- marked complete only when every required part is there, and the change in each
-- emotion's intensity is computed, so patients and therapists see what helps.
-------------------------------------------------------------------------------
create type app_public.cognitive_distortion_enum as enum (
  'all_or_nothing', 'overgeneralization', 'mental_filter', 'disqualifying_the_positive', 'mind_reading',
  'fortune_telling', 'magnification', 'emotional_reasoning', 'should_statements', 'labeling', 'personalization',
  'blame'
);
comment on type app_public.cognitive_distortion_enum is
  'The standard cognitive distortions (magnification includes catastrophizing).';

create or replace function app_private.valid_emotions(emotions jsonb) returns boolean
  language sql immutable parallel safe
as $$
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
comment on function app_private.valid_emotions(jsonb) is
  'A list of at most 10 {"emotion": text, "intensity": 0-100} objects and nothing else.';

create or replace function app_private.valid_thoughts(thoughts jsonb) returns boolean
  language sql immutable parallel safe
as $$
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
comment on function app_private.valid_thoughts(jsonb) is
  'A list of at most 10 {"thought": text, "hot": boolean} objects, at most one of them hot.';

create table app_public.thought_records (
  id uuid primary key default public.uuid_generate_v4(),
  user_id uuid not null default app_public.current_user_id() references app_public.users (id) on delete cascade,
  situation text not null constraint situation_length check (length(situation) <= 2000),
  emotions jsonb not null default '[]' constraint emotions_are_rated_0_to_100 check (app_private.valid_emotions(emotions)),
  automatic_thoughts jsonb not null default '[]'
    constraint thoughts_with_at_most_one_hot check (app_private.valid_thoughts(automatic_thoughts)),
  distortions app_public.cognitive_distortion_enum[] not null default '{}',
  evidence_for text constraint evidence_for_length check (length(evidence_for) <= 4000),
  evidence_against text constraint evidence_against_length check (length(evidence_against) <= 4000),
  balanced_thought text constraint balanced_thought_length check (length(balanced_thought) <= 2000),
  balanced_belief smallint constraint belief_0_to_100 check (balanced_belief between 0 and 100),
  emotions_after jsonb not null default '[]' constraint emotions_after_are_rated_0_to_100 check (app_private.valid_emotions(emotions_after)),
  privacy_level app_public.privacy_level_enum not null default 'private',
  is_complete boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table app_public.thought_records is 'CBT thought records. Complete only when every part is filled in; privacy levels as for journal entries.';
create index thought_records_user_idx on app_public.thought_records (user_id, created_at desc);

create or replace function app_private.thought_record_missing(record app_public.thought_records) returns text[]
  language sql immutable parallel safe
as $$
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
comment on function app_private.thought_record_missing(app_public.thought_records) is 'The parts a thought record still lacks to be complete.';

create or replace function app_private.tg_thought_records__accept() returns trigger
  language plpgsql volatile
as $$
declare
  missing text[] := app_private.thought_record_missing(new);
begin
  perform app_private.accept_patient_text('thought record',
    concat_ws(E'\n', new.situation, new.evidence_for, new.evidence_against, new.balanced_thought,
              (select string_agg(t ->> 'thought', E'\n') from jsonb_array_elements(new.automatic_thoughts) t)));
  if new.is_complete and cardinality(missing) > 0 then
    raise exception 'Not complete yet: % missing', array_to_string(missing, ', ') using errcode = 'INCMP';
  end if;
  return new;
end;
$$;

create trigger _100_set_updated_at before update on app_public.thought_records
  for each row execute function app_private.tg__set_updated_at();
create trigger _110_keep_owner before update on app_public.thought_records
  for each row execute function app_private.tg__keep_owner();
create trigger _200_accept_text before insert or update on app_public.thought_records
  for each row execute function app_private.tg_thought_records__accept();
create trigger _900_audit after insert or update or delete on app_public.thought_records
  for each row execute function app_private.tg__audit();

alter table app_public.thought_records enable row level security;
alter table app_public.thought_records force row level security;
create policy "Patients can read their own thought records" on app_public.thought_records
  for select to hp_patient using (user_id = (select app_public.current_user_id()));
create policy "Patients can write their own thought records" on app_public.thought_records
  for insert to hp_patient with check (user_id = (select app_public.current_user_id()));
create policy "Patients can edit their own thought records" on app_public.thought_records
  for update to hp_patient using (user_id = (select app_public.current_user_id()));
create policy "Patients can delete their own thought records" on app_public.thought_records
  for delete to hp_patient using (user_id = (select app_public.current_user_id()));
create policy "Therapists can read thought records their patients share with them" on app_public.thought_records
  for select to hp_therapist
  using (privacy_level = 'shared_with_therapist'
         and user_id = any ((select app_public.my_patient_ids())::uuid[])
         and app_private.log_clinical_read(user_id, 'thought_records'));
grant select, delete on app_public.thought_records to hp_patient;
grant insert (user_id, situation, emotions, automatic_thoughts, distortions, evidence_for, evidence_against, balanced_thought,
              balanced_belief, emotions_after, privacy_level, is_complete),
      update (situation, emotions, automatic_thoughts, distortions, evidence_for, evidence_against, balanced_thought,
              balanced_belief, emotions_after, privacy_level, is_complete)
  on app_public.thought_records to hp_patient;
grant select on app_public.thought_records to hp_therapist;

create type app_public.emotion_change as (
  emotion text,
  before integer,
  after integer,
  change integer
);

create or replace function app_public.thought_records_emotion_changes(record app_public.thought_records)
  returns setof app_public.emotion_change
  language sql stable
as $$
  select lower(btrim(b ->> 'emotion')), (b ->> 'intensity')::numeric::integer, (a ->> 'intensity')::numeric::integer,
         ((a ->> 'intensity')::numeric - (b ->> 'intensity')::numeric)::integer
  from jsonb_array_elements(record.emotions) b
  left join jsonb_array_elements(record.emotions_after) a on lower(btrim(a ->> 'emotion')) = lower(btrim(b ->> 'emotion'))
$$;
comment on function app_public.thought_records_emotion_changes(app_public.thought_records) is
  'Each emotion''s intensity before and after the record, and the change (negative: it eased).';

create or replace function app_public.thought_records_missing_parts(record app_public.thought_records) returns text[]
  language sql stable
as $$
  select app_private.thought_record_missing(record)
$$;
comment on function app_public.thought_records_missing_parts(app_public.thought_records) is 'What the record still needs before it can be marked complete.';

-------------------------------------------------------------------------------
-- 4.7 What helps: CBT techniques and mood
--
-- From journal entries with a mood before and after: which techniques raise this
-- patient's mood most. For the patient, and for their therapist (who, through
-- row-level security, counts only the entries shared with them).
-------------------------------------------------------------------------------
create type app_public.cbt_technique_effect as (
  cbt_technique app_public.cbt_technique_enum,
  entries integer,
  average_mood_before numeric,
  average_mood_after numeric,
  average_change numeric
);

create or replace function app_public.cbt_technique_effects(patient_id uuid default null)
  returns setof app_public.cbt_technique_effect
  language sql stable
as $$
  select e.cbt_technique, count(*)::integer, round(avg(e.mood_before), 2), round(avg(e.mood_after), 2),
         round(avg(e.mood_after - e.mood_before), 2)
  from app_public.journal_entries e
  where e.user_id = (select app_private.subject(patient_id))
    and e.cbt_technique is not null and e.mood_before is not null and e.mood_after is not null
  group by e.cbt_technique
  order by avg(e.mood_after - e.mood_before) desc, count(*) desc
$$;
comment on function app_public.cbt_technique_effects(uuid) is
  'Average mood change per CBT technique, best first, from entries with a mood before and after.';

-------------------------------------------------------------------------------
-- 4.8 Research counts
--
-- Entries shared "anonymously for research" contribute counts, never words: per
-- week and technique, how many entries and patients, and the average mood change,
-- suppressed below the k-anonymity cell size. Admins only.
-------------------------------------------------------------------------------
create type app_public.journal_research_cell as (
  week_start date,
  cbt_technique app_public.cbt_technique_enum,
  patients integer,
  entries integer,
  average_mood_change numeric
);

create or replace function app_public.journal_research_statistics(weeks integer default 12)
  returns setof app_public.journal_research_cell
  language sql stable security definer set search_path = pg_catalog, public
as $$
  select date_trunc('week', e.created_at)::date, e.cbt_technique, count(distinct e.user_id)::integer, count(*)::integer,
         round(avg(e.mood_after - e.mood_before), 2)
  from app_public.journal_entries e
  where e.privacy_level = 'anonymous_research'
    and e.created_at > now() - make_interval(weeks => least(greatest(weeks, 1), 104))
  group by 1, 2
  having count(distinct e.user_id) >= coalesce(app_private.setting_int('analytics.min_cell_size'), 10)
  order by 1, 2
$$;
comment on function app_public.journal_research_statistics(integer) is
  'Counts from research-shared entries per week and technique; cells under the k-anonymity size are left out. No text.';

-------------------------------------------------------------------------------
-- 4.9 Mood notes pass through the same door
-------------------------------------------------------------------------------
create or replace function app_private.tg_mood_entries__accept_notes() returns trigger
  language plpgsql volatile
as $$
begin
  if new.notes is not null then
    perform app_private.accept_patient_text('mood note', new.notes);
  end if;
  return new;
end;
$$;
drop trigger if exists _210_accept_notes on app_public.mood_entries;
create trigger _210_accept_notes before insert or update of notes on app_public.mood_entries
  for each row execute function app_private.tg_mood_entries__accept_notes();

-------------------------------------------------------------------------------
-- 4.10 Ownership and grants
-------------------------------------------------------------------------------
select app_private.assign_definer_functions();

grant execute on function
  app_private.accept_patient_text(text, text),
  app_private.immutable_unaccent(text),
  app_private.search_fold(text),
  app_private.search_config(uuid),
  app_private.valid_emotions(jsonb),
  app_private.valid_thoughts(jsonb),
  app_private.thought_record_missing(app_public.thought_records),
  app_private.day_streak(date[], date),
  app_public.search_journal(text, uuid),
  app_public.thought_records_emotion_changes(app_public.thought_records),
  app_public.thought_records_missing_parts(app_public.thought_records),
  app_public.cbt_technique_effects(uuid)
  to hp_patient, hp_therapist;
grant execute on function
  app_public.prompt_of_the_day(),
  app_public.gratitude_streak(),
  app_public.gratitude_look_back()
  to hp_patient;
grant execute on function app_public.journal_research_statistics(integer) to hp_admin;
