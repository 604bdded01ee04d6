--! Previous: sha1:b38343dbaeac29c1b330e0060b736896edda6ac8
--! Hash: sha1:3827f0aad0a61a048dfcc994ccce7120b6783a25
--! Message: Crisis management

-- Module 5 — Crisis management (seed: crisis_detections, crisis_keywords,
-- crisis_escalations, safety_plans, crisis_resources)
--
-- The module where a mistake can cost a life. Never block or lose a person's
-- words, show help at once, and put a human in the loop for anything serious.
-- 5.1 reads every text (the detector and its keyword library); 5.2-5.4 are what
-- the patient and the care team have ready (resources, safety plans, the crisis
-- rota); 5.5-5.9 are what happens when a text worries us (detections, cases with
-- deadlines, notifications, help on the written row, the case workflow).

-- current.sql is re-run on every change while it is being written: start clean.
drop table if exists app_private.crisis_notifications, app_public.crisis_escalations, app_public.crisis_detections,
  app_public.crisis_team_members, app_public.safety_plans, app_public.crisis_resources cascade;
drop type if exists app_public.crisis_channel_enum, app_public.crisis_source_enum, app_public.escalation_status_enum,
  app_public.crisis_support cascade;

-------------------------------------------------------------------------------
-- 5.1 Crisis detection: the keyword library and the detector
--
-- Every text a patient writes is read by app_public.assess_crisis_text(), which
-- says how worried a clinician should be (none, low, moderate, high, critical)
-- and shows why: the phrases it found, what each weighs, and what context
-- changed it. Without it nobody would see "tonight I end it" until the next
-- session. It is deliberately not a black box: everything it knows is data in
-- three tables an admin curates and an auditor can read row by row
-- (db/reference/040-crisis-keywords.sql seeds them):
--
--   crisis_keywords      phrases that signal risk, by language and category,
--                        each a regular expression with a weight and its
--                        context rules (can it be negated? is it first person?
--                        which false friend cancels it?).
--   crisis_modifiers     context that changes what a phrase means: negations,
--                        figures of speech, screening questions, someone else's
--                        risk, the past, recovery, the present, study or news.
--   crisis_combinations  signals that together are worse than either alone.
--
-- The thresholds, the order of the steps and the caps are in the function's own
-- comment block below, written for a clinician. Evaluation: tests/crisis/
-- evaluation.test.ts runs the 379 labelled messages of
-- db/tests/fixtures/crisis_evaluation.csv and fails when recall of high/critical
-- drops below 0.95 or false escalation of none/low rises above 0.05.
--
-- Nobody reads the library directly but admins: patients must not learn how to
-- phrase around it. The detector reads it as hp_definer (SECURITY DEFINER).
-------------------------------------------------------------------------------
drop table if exists app_public.crisis_keywords, app_public.crisis_modifiers, app_public.crisis_combinations cascade;
drop type if exists app_public.crisis_assessment, app_public.crisis_level_enum, app_public.crisis_category_enum,
  app_public.crisis_modifier_kind_enum cascade;

create type app_public.crisis_level_enum as enum ('none', 'low', 'moderate', 'high', 'critical');
comment on type app_public.crisis_level_enum is
  'How worried a clinician should be about one text: none, low (distress), moderate (passive wish, hopelessness, burden, someone else at risk), high (intent, self-harm, a plan), critical (imminent: intent or plan with a time, means or goodbyes).';

create type app_public.crisis_category_enum as enum (
  'suicidal_intent', 'plan_or_means', 'preparation_or_farewell', 'self_harm', 'hopelessness', 'perceived_burden',
  'passive_death_wish', 'distress', 'timing', 'third_party_risk', 'resolve', 'harassment'
);
comment on type app_public.crisis_category_enum is
  'What a keyword signals. timing (tonight, on Friday) and resolve (I''ve decided, going to do it) weigh (almost) nothing alone: they count in crisis_combinations. third_party_risk is someone else''s risk (my friend wants to die): at most moderate. harassment is telling someone else to die (kys): low, for moderation, not the writer''s own risk.';

create type app_public.crisis_modifier_kind_enum as enum (
  'negation', 'idiom', 'question', 'third_party', 'past', 'recovery', 'present', 'academic'
);
comment on type app_public.crisis_modifier_kind_enum is
  'Where a modifier is looked for, and what it does to a keyword match. negation: in the 6 words just before the match, same clause, not across "and"/"but"; cancels it (only keywords marked negatable). idiom: overlapping the match; cancels it. question: before the match in the same clause ("she asked if..."); cancels it. third_party: before the match in the same clause, with no "I" in between unless quoted; the match becomes third_party_risk, its weight capped at factor (only keywords not marked first_person). past, recovery, academic: anywhere in the same sentence; weight multiplied by factor. present: anywhere in the same sentence (again, relapsed); undoes past and recovery.';

-- Regular expressions entered by admins are checked when they are written, so a
-- broken pattern can never stop the detector.
create or replace function app_private.is_valid_regex(pattern text) returns boolean
  language plpgsql immutable parallel safe
as $$
begin
  perform '' ~ pattern;
  return true;
exception when invalid_regular_expression then
  return false;
end;
$$;
comment on function app_private.is_valid_regex(text) is 'True when the text compiles as a PostgreSQL (ARE) regular expression.';

-- What the patterns are matched against. Lower case without accents (search_fold,
-- as journal search does), so "Mañana", "manana" and "MAÑANA" are one word;
-- curly quotes and apostrophes become straight ones; runs of 3 or more of the same
-- letter shrink to one ("soooo" -> "so", "killlll" -> "kil", which the patterns
-- accept); spaces and tabs collapse to one space; line breaks are kept, as ends of
-- sentences. Only the first 20,000 characters are read (the longest text a patient
-- may write), so any input costs a bounded time.
create or replace function app_private.crisis_fold(content text) returns text
  language sql immutable parallel safe
as $$
  select btrim(regexp_replace(regexp_replace(regexp_replace(
           app_private.search_fold(translate(left(coalesce(content, ''), 20000),
             E'\u00a0\u202f\u2007\u2009\u2019\u2018\u02bc\u00b4\u0060\u201c\u201d\u201e',
             $q$    '''''"""$q$)),
           '([a-z])\1\1+', '\1', 'g'),
           '[\r\n]+', E'\n', 'g'),
           '[ \t\f\v]+', ' ', 'g'), E' \n')
$$;
comment on function app_private.crisis_fold(text) is
  'The text the crisis detector reads: first 20,000 characters, lower case, unaccented, straight quotes, letters repeated 3+ times shrunk to one, spaces collapsed, line breaks kept.';

-------------------------------------------------------------------------------
-- The keyword library
-------------------------------------------------------------------------------
create table app_public.crisis_keywords (
  id uuid primary key default public.gen_random_uuid(),
  slug text not null unique constraint slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
  language text not null constraint language_code check (language in ('en', 'es', 'fr', 'any')),
  category app_public.crisis_category_enum not null,
  pattern text not null
    constraint pattern_compiles check (app_private.is_valid_regex(pattern))
    constraint pattern_never_matches_nothing check ('' !~ pattern)
    constraint pattern_is_folded check (pattern !~ '(^|[^\\])[A-Z]' and pattern = app_private.immutable_unaccent(pattern)),
  requires_any text[] not null
    constraint requires_fragments check (cardinality(requires_any) between 1 and 60 and '' <> all (requires_any)
                                          and lower(app_private.immutable_unaccent(array_to_string(requires_any, '|'))) = array_to_string(requires_any, '|')),
  weight numeric(3, 2) not null constraint weight_range check (weight between 0 and 1),
  negatable boolean not null default true,
  first_person boolean not null default false,
  unless_pattern text
    constraint unless_compiles check (unless_pattern is null or app_private.is_valid_regex(unless_pattern)),
  description text not null constraint description_length check (length(description) between 1 and 500),
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table app_public.crisis_keywords is
  'Phrases that signal crisis risk (reference data, db/reference/040-crisis-keywords.sql). Read only by the detector and by admins, who curate it.';
comment on column app_public.crisis_keywords.language is 'en, es, fr, or any. With no language given, the detector tries every language (mixed-language texts).';
comment on column app_public.crisis_keywords.pattern is
  'A PostgreSQL regular expression over the folded text (app_private.crisis_fold: lower case, no accents, single spaces, straight quotes). \m and \M are word boundaries.';
comment on column app_public.crisis_keywords.requires_any is
  'Fast pre-check: the pattern is only tried when the folded text contains one of these fragments (the text is padded with a space at each end, so '' he '' means the word "he"). Every text the pattern matches must contain one.';
comment on column app_public.crisis_keywords.weight is
  'How alarming the phrase is on its own, 0 to 1: about 0.2-0.35 distress (low), 0.45-0.6 moderate, 0.65-0.8 high, 0.85+ critical.';
comment on column app_public.crisis_keywords.negatable is
  'True: a negation in the 6 words before the phrase ("not", "never", "no tengo", "pas") cancels it. False for phrases that carry their own negation ("no quiero vivir", "I don''t want to be alive").';
comment on column app_public.crisis_keywords.first_person is
  'True: the phrase itself names the writer ("kill myself", "without me", "me quiero matar"), so "my friend says..." before it does not make it someone else''s risk.';
comment on column app_public.crisis_keywords.unless_pattern is
  'A false friend of this phrase: when it matches the sentence around the phrase, the phrase is ignored there (e.g. "kms" unless "ran 5 kms", "goodbye everyone" unless "see you Monday").';

create trigger _100_set_updated_at before update on app_public.crisis_keywords
  for each row execute function app_private.tg__set_updated_at();

alter table app_public.crisis_keywords enable row level security;
alter table app_public.crisis_keywords force row level security;
create policy "Admins can read the keyword library" on app_public.crisis_keywords
  for select to hp_admin using (true);
create policy "Admins can add keywords" on app_public.crisis_keywords
  for insert to hp_admin with check (true);
create policy "Admins can edit keywords" on app_public.crisis_keywords
  for update to hp_admin using (true);
comment on policy "Admins can read the keyword library" on app_public.crisis_keywords is
  'Nobody else reads it: a patient who could read the library could learn to write around it. The detector reads it as hp_definer.';
grant select on app_public.crisis_keywords to hp_admin;
grant insert (slug, language, category, pattern, requires_any, weight, negatable, first_person, unless_pattern, description, is_active),
      update (language, category, pattern, requires_any, weight, negatable, first_person, unless_pattern, description, is_active)
  on app_public.crisis_keywords to hp_admin;

-------------------------------------------------------------------------------
-- Context: negations, idioms, questions, someone else, the past, recovery, study
-------------------------------------------------------------------------------
create table app_public.crisis_modifiers (
  id uuid primary key default public.gen_random_uuid(),
  slug text not null unique constraint slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
  language text not null constraint language_code check (language in ('en', 'es', 'fr', 'any')),
  kind app_public.crisis_modifier_kind_enum not null,
  pattern text not null
    constraint pattern_compiles check (app_private.is_valid_regex(pattern))
    constraint pattern_never_matches_nothing check ('' !~ pattern)
    constraint pattern_is_folded check (pattern !~ '(^|[^\\])[A-Z]' and pattern = app_private.immutable_unaccent(pattern)),
  requires_any text[] not null
    constraint requires_fragments check (cardinality(requires_any) between 1 and 60 and '' <> all (requires_any)
                                          and lower(app_private.immutable_unaccent(array_to_string(requires_any, '|'))) = array_to_string(requires_any, '|')),
  factor numeric(3, 2)
    constraint factor_by_kind check (case
      when kind in ('negation', 'idiom', 'question') then factor = 0
      when kind = 'present' then factor is null
      else factor > 0 and factor < 1 end),
  description text not null constraint description_length check (length(description) between 1 and 500),
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table app_public.crisis_modifiers is
  'Context that changes what a crisis keyword means (reference data). Where each kind is looked for and what it does: see crisis_modifier_kind_enum. A modifier applies to keywords of its own language (or any).';
comment on column app_public.crisis_modifiers.factor is
  'negation, idiom, question: 0 (the match is cancelled, still listed). past, recovery, academic: the weight is multiplied by it. third_party: the weight is capped at it. present: none (it undoes past and recovery).';

create trigger _100_set_updated_at before update on app_public.crisis_modifiers
  for each row execute function app_private.tg__set_updated_at();

alter table app_public.crisis_modifiers enable row level security;
alter table app_public.crisis_modifiers force row level security;
create policy "Admins can read the modifiers" on app_public.crisis_modifiers
  for select to hp_admin using (true);
create policy "Admins can add modifiers" on app_public.crisis_modifiers
  for insert to hp_admin with check (true);
create policy "Admins can edit modifiers" on app_public.crisis_modifiers
  for update to hp_admin using (true);
grant select on app_public.crisis_modifiers to hp_admin;
grant insert (slug, language, kind, pattern, requires_any, factor, description, is_active),
      update (language, kind, pattern, requires_any, factor, description, is_active)
  on app_public.crisis_modifiers to hp_admin;

-------------------------------------------------------------------------------
-- Combinations: signals that together are worse than either alone
-------------------------------------------------------------------------------
create table app_public.crisis_combinations (
  id uuid primary key default public.gen_random_uuid(),
  slug text not null unique constraint slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
  categories app_public.crisis_category_enum[] not null
    constraint two_to_four_categories check (cardinality(categories) between 2 and 4 and array_position(categories, null) is null),
  min_weight numeric(3, 2) not null default 0 constraint min_weight_range check (min_weight between 0 and 1),
  floor_score numeric(3, 2) not null constraint floor_range check (floor_score between 0 and 1),
  description text not null constraint description_length check (length(description) between 1 and 500),
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table app_public.crisis_combinations is
  'When a text holds a signal of each listed category (a category listed twice needs two different keywords), and the strongest of them weighs at least min_weight, the text scores at least floor_score. Only signals no modifier changed take part.';

create trigger _100_set_updated_at before update on app_public.crisis_combinations
  for each row execute function app_private.tg__set_updated_at();

alter table app_public.crisis_combinations enable row level security;
alter table app_public.crisis_combinations force row level security;
create policy "Admins can read the combinations" on app_public.crisis_combinations
  for select to hp_admin using (true);
create policy "Admins can add combinations" on app_public.crisis_combinations
  for insert to hp_admin with check (true);
create policy "Admins can edit combinations" on app_public.crisis_combinations
  for update to hp_admin using (true);
grant select on app_public.crisis_combinations to hp_admin;
grant insert (slug, categories, min_weight, floor_score, description, is_active),
      update (categories, min_weight, floor_score, description, is_active)
  on app_public.crisis_combinations to hp_admin;

-------------------------------------------------------------------------------
-- The detector
-------------------------------------------------------------------------------
create type app_public.crisis_assessment as (
  crisis_score app_public.normalized_score_domain,
  risk_level app_public.crisis_level_enum,
  signals jsonb
);
comment on type app_public.crisis_assessment is
  'The detector''s answer: a score from 0 to 1, its level, and the signals behind it, strongest first: [{slug, category, weight, language, matched, base_weight?, base_category?, modifiers?: [{slug, kind, factor}], combinations?: [slug]}].';

-- HOW A TEXT IS SCORED (for clinicians and auditors)
--
--  1. The text is folded (app_private.crisis_fold: first 20,000 characters, lower
--     case, no accents) and cut into sentences (. ! ? line break) and clauses
--     (, ; : and "but", "pero", "mais"..., though not "nothing but").
--  2. Every active keyword (of the given language, or of all languages when none is
--     given) is matched in every clause. A keyword whose unless_pattern matches
--     the sentence (its false friend: "ran 5 kms", "see you Monday") is ignored
--     there.
--  3. Context is applied to each match (crisis_modifiers):
--       - cancelled (weight 0, still listed): a negation just before it ("I'm not
--         suicidal", "nunca me haría daño"), a figure of speech over it ("me muero
--         de risa"), or a question it answers ("my therapist asked if I'd had
--         thoughts of ending my life");
--       - someone else's risk: "my friend says / she ..." before it makes it
--         third_party_risk, capped at 0.5;
--       - discounted: the past ("two years ago", "used to": x0.25), recovery
--         ("40 days clean": x0.3) unless the same sentence says it is back
--         ("relapsed", "again"), and study or news ("essay on", "the article
--         says": x0.2).
--     A keyword found several times keeps its strongest occurrence.
--  4. The score is the highest of:
--       - the strongest signal about the writer;
--       - the floor of every combination that holds (crisis_combinations), counted
--         only on signals no modifier changed: intent, plan or goodbyes together
--         with a time ("tonight"), intent with a plan or goodbyes, two different
--         goodbyes, a plan with the means, a goodbye with a wish to be dead, "I've
--         decided" + the means or goodbyes + a time... all 0.90 (critical); intent
--         with burden or hopelessness 0.80 (high); hopelessness with burden 0.60;
--       - someone else's risk, which never counts for more than 0.60 (moderate)
--         however it is worded: third-party-only risk caps at moderate.
--  5. Levels: critical >= 0.85, high >= 0.65, moderate >= 0.40, low >= 0.15,
--     below that none.
--
-- It never raises on any text (empty, emoji only, 1 MB), and a usual message
-- costs about a millisecond (p50 over the evaluation set: ~1.3 ms; 20,000
-- characters: ~0.2 s): each keyword's regular expression is tried only when the
-- text holds one of its fragments (requires_any), and modifiers are only looked
-- for around a match.
create or replace function app_public.assess_crisis_text(content text, language text default null)
  returns app_public.crisis_assessment
  language plpgsql stable security definer set search_path = pg_catalog, public
  -- The planner cannot see how small the work is (a few clauses, a few candidate
  -- keywords) and would otherwise spend a second JIT-compiling a query that runs in
  -- a fraction of a millisecond.
  set jit = off
as $$
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
$$;
comment on function app_public.assess_crisis_text(text, text) is
  'Rates one text for crisis risk (none to critical) from the keyword library, and says why (signals, modifiers, combinations). language (en, es, fr) narrows the keywords tried; null tries all. Never raises; reads at most 20,000 characters.';

select app_private.assign_definer_functions();

grant execute on function app_public.assess_crisis_text(text, text) to hp_patient, hp_therapist, hp_admin, hp_worker;

-------------------------------------------------------------------------------
-- 5.2 Crisis resources (seed: crisis_resources; reference data in
-- db/reference/050-crisis-resources.sql)
--
-- Real services, each with its channel, hours and the date we last verified it.
-- Readable by everyone, signed in or not: help must never sit behind a login.
-------------------------------------------------------------------------------
create type app_public.crisis_channel_enum as enum ('phone', 'text', 'chat', 'web', 'emergency');

create table app_public.crisis_resources (
  id uuid primary key default public.uuid_generate_v4(),
  slug text not null unique constraint slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name text not null constraint name_length check (length(name) between 1 and 200),
  description text not null constraint description_length check (length(description) <= 1000),
  country text not null constraint country_code check (country ~ '^([A-Z]{2}|INTL)$'),
  languages text[] not null constraint languages_format check (cardinality(languages) between 1 and 20),
  channel app_public.crisis_channel_enum not null,
  contact text not null constraint contact_length check (length(contact) between 1 and 200),
  instructions text constraint instructions_length check (length(instructions) <= 500),
  hours text not null default '24/7',
  url text constraint url_format check (url ~ '^https://'),
  is_emergency boolean not null default false,
  priority integer not null default 100,
  verified_on date not null,
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table app_public.crisis_resources is 'Crisis lines and emergency guidance by country and language. Public; admins curate.';
create index crisis_resources_country_idx on app_public.crisis_resources (country, priority) where is_active;

create trigger _100_set_updated_at before update on app_public.crisis_resources
  for each row execute function app_private.tg__set_updated_at();
create trigger _900_audit after insert or update or delete on app_public.crisis_resources
  for each row execute function app_private.tg__audit();

alter table app_public.crisis_resources enable row level security;
alter table app_public.crisis_resources force row level security;
create policy "Everyone can read the active crisis resources" on app_public.crisis_resources
  for select to hp_anonymous, hp_patient, hp_therapist, hp_worker using (is_active);
create policy "Admins can read every crisis resource" on app_public.crisis_resources
  for select to hp_admin using (true);
create policy "Admins can add crisis resources" on app_public.crisis_resources
  for insert to hp_admin with check (true);
create policy "Admins can edit crisis resources" on app_public.crisis_resources
  for update to hp_admin using (true);
grant select on app_public.crisis_resources to hp_anonymous, hp_patient, hp_therapist, hp_admin, hp_worker;
grant insert (slug, name, description, country, languages, channel, contact, instructions, hours, url, is_emergency, priority, verified_on, is_active),
      update (name, description, country, languages, channel, contact, instructions, hours, url, is_emergency, priority, verified_on, is_active)
  on app_public.crisis_resources to hp_admin;

create or replace function app_public.crisis_resources_for(country text default null, language text default null)
  returns setof app_public.crisis_resources
  language sql stable
as $$
  -- The country's services first (emergency guidance at the top), then
  -- international ones; services in the person's language before others.
  select r.* from app_public.crisis_resources r
  where r.is_active and (r.country = upper(coalesce(crisis_resources_for.country, 'INTL')) or r.country = 'INTL')
  order by r.country = 'INTL', not r.is_emergency,
           not (split_part(coalesce(crisis_resources_for.language, 'en'), '-', 1) = any (r.languages)), r.priority, r.name
$$;
comment on function app_public.crisis_resources_for(text, text) is
  'Crisis services for a country (ISO code) and language: emergency guidance first, then the country''s lines, then international ones.';

-------------------------------------------------------------------------------
-- 5.3 Safety plans (seed: safety_plans)
--
-- The Stanley-Brown safety plan: six steps and reasons for living. Owned by the
-- patient, co-authored with their therapist (through the access rule), and
-- versioned: every save adds a version, none is overwritten, the latest is the
-- plan.
-------------------------------------------------------------------------------
create or replace function app_private.valid_plan_items(items text[]) returns boolean
  language sql immutable parallel safe
as $$
  select cardinality(items) <= 20 and coalesce(bool_and(length(btrim(i)) between 1 and 500), true) from unnest(items) i
$$;

create table app_public.safety_plans (
  id uuid primary key default public.uuid_generate_v4(),
  user_id uuid not null references app_public.users (id) on delete cascade,
  version integer not null,
  warning_signs text[] not null default '{}' check (app_private.valid_plan_items(warning_signs)),
  internal_coping_strategies text[] not null default '{}' check (app_private.valid_plan_items(internal_coping_strategies)),
  distracting_people_and_places text[] not null default '{}' check (app_private.valid_plan_items(distracting_people_and_places)),
  people_to_ask_for_help text[] not null default '{}' check (app_private.valid_plan_items(people_to_ask_for_help)),
  professionals_and_agencies text[] not null default '{}' check (app_private.valid_plan_items(professionals_and_agencies)),
  making_the_environment_safe text[] not null default '{}' check (app_private.valid_plan_items(making_the_environment_safe)),
  reasons_for_living text[] not null default '{}' check (app_private.valid_plan_items(reasons_for_living)),
  authored_by uuid references app_public.users (id) on delete set null,
  created_at timestamptz not null default now(),
  constraint one_row_per_version unique (user_id, version)
);
comment on table app_public.safety_plans is
  'Stanley-Brown safety plans, one row per version (append-only). The highest version is the current plan.';

create trigger _900_audit after insert or update or delete on app_public.safety_plans
  for each row execute function app_private.tg__audit();

alter table app_public.safety_plans enable row level security;
alter table app_public.safety_plans force row level security;
create policy "Patients can read their own safety plan" on app_public.safety_plans
  for select to hp_patient using (user_id = (select app_public.current_user_id()));
create policy "Therapists can read their reachable patients' safety plans" on app_public.safety_plans
  for select to hp_therapist
  using (user_id = any ((select app_public.my_patient_ids())::uuid[])
         and app_private.log_clinical_read(user_id, 'safety_plans'));
grant select on app_public.safety_plans to hp_patient, hp_therapist;
-- Versions are added by save_safety_plan() only; nothing is updated or deleted.

create or replace function app_public.save_safety_plan(
  patient_id uuid default null,
  warning_signs text[] default '{}',
  internal_coping_strategies text[] default '{}',
  distracting_people_and_places text[] default '{}',
  people_to_ask_for_help text[] default '{}',
  professionals_and_agencies text[] default '{}',
  making_the_environment_safe text[] default '{}',
  reasons_for_living text[] default '{}'
) returns app_public.safety_plans
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
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
comment on function app_public.save_safety_plan(uuid, text[], text[], text[], text[], text[], text[], text[]) is
  'Saves a new version of a safety plan: the patient''s own, or (patient_id) a reachable patient''s, as their therapist.';

create or replace function app_public.current_safety_plan(patient_id uuid default null) returns app_public.safety_plans
  language sql stable
as $$
  select p.* from app_public.safety_plans p
  where p.user_id = (select app_private.subject(patient_id))
  order by p.version desc
  limit 1
$$;
comment on function app_public.current_safety_plan(uuid) is 'The latest version of a safety plan (the caller''s, or a reachable patient''s).';

-------------------------------------------------------------------------------
-- 5.4 The crisis team
--
-- Clinicians (therapists) on the crisis rota, by tier: tier 1 is on call and is
-- told first; an escalation not acknowledged in time goes to tier 2. Admins keep
-- the rota. Members work open escalations and read the detections behind them.
-------------------------------------------------------------------------------
create table app_public.crisis_team_members (
  user_id uuid primary key references app_public.users (id) on delete cascade,
  tier integer not null default 1 constraint tier_1_to_3 check (tier between 1 and 3),
  on_call boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table app_public.crisis_team_members is 'The crisis rota: therapists by escalation tier, and whether they are on call.';

create or replace function app_private.tg_crisis_team_members__therapists_only() returns trigger
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
begin
  if (select role from app_public.users where id = new.user_id) is distinct from 'therapist' then
    raise exception 'The crisis team is made of therapists' using errcode = 'NOTTH';
  end if;
  return new;
end;
$$;
create trigger _200_therapists_only before insert or update of user_id on app_public.crisis_team_members
  for each row execute function app_private.tg_crisis_team_members__therapists_only();
create trigger _100_set_updated_at before update on app_public.crisis_team_members
  for each row execute function app_private.tg__set_updated_at();
create trigger _900_audit after insert or update or delete on app_public.crisis_team_members
  for each row execute function app_private.tg__audit('user_id');

alter table app_public.crisis_team_members enable row level security;
alter table app_public.crisis_team_members force row level security;
create policy "Admins keep the crisis rota" on app_public.crisis_team_members
  for all to hp_admin using (true) with check (true);
create policy "Therapists can see their own place on the rota" on app_public.crisis_team_members
  for select to hp_therapist using (user_id = (select app_public.current_user_id()));
grant select, delete on app_public.crisis_team_members to hp_admin;
grant insert (user_id, tier, on_call), update (tier, on_call) on app_public.crisis_team_members to hp_admin;
grant select on app_public.crisis_team_members to hp_therapist;

create or replace function app_private.is_crisis_team_member() returns boolean
  language sql stable security definer set search_path = pg_catalog, public
as $$
  select exists (select 1 from app_public.crisis_team_members m where m.user_id = app_public.current_user_id())
$$;
comment on function app_private.is_crisis_team_member() is 'Is the caller on the crisis rota?';

-------------------------------------------------------------------------------
-- 5.5 Detections and escalations (seed: crisis_detections, crisis_escalations)
--
-- Every write of patient text is assessed in its own transaction. At moderate or
-- above a detection is recorded, with an excerpt of the words (readable by the
-- patient, their reachable therapists and the crisis team working the case; for
-- a private journal entry this is the one deliberate exception to "private", and
-- the patient is told so in the privacy policy). At high or critical a case is
-- opened with a response deadline (critical 15 minutes, high 60, configurable),
-- the patient's therapists and the on-call crisis team are notified at once on
-- the crisis queue, and a case not acknowledged in time escalates to the next
-- tier. Statuses: open -> acknowledged -> in_progress -> resolved, or
-- false_positive. Every step is in the audit trail.
-------------------------------------------------------------------------------
create type app_public.crisis_source_enum as enum
  ('journal_entry', 'thought_record', 'gratitude_entry', 'mood_note', 'mood_pattern', 'chat_message');
create type app_public.escalation_status_enum as enum ('open', 'acknowledged', 'in_progress', 'resolved', 'false_positive');

create table app_public.crisis_detections (
  id uuid primary key default public.uuid_generate_v4(),
  user_id uuid not null references app_public.users (id) on delete cascade,
  content_source app_public.crisis_source_enum not null,
  source_id uuid,
  content_text text not null constraint excerpt_length check (length(content_text) <= 2000),
  crisis_score app_public.normalized_score_domain not null,
  detected_keywords jsonb not null default '[]',
  risk_level app_public.crisis_level_enum not null,
  detected_at timestamptz not null default now(),
  reviewed_at timestamptz,
  reviewed_by uuid references app_public.users (id) on delete set null,
  false_positive boolean
);
comment on table app_public.crisis_detections is
  'Patient texts (and mood signals) the detector rated moderate or above, with the signals found and an excerpt.';
comment on column app_public.crisis_detections.content_text is 'The first 2,000 characters of the text, for the people reviewing.';
create index crisis_detections_user_idx on app_public.crisis_detections (user_id, detected_at desc);
create index crisis_detections_source_idx on app_public.crisis_detections (source_id) where source_id is not null;
create index crisis_detections_score_idx on app_public.crisis_detections (crisis_score desc);

create table app_public.crisis_escalations (
  id uuid primary key default public.uuid_generate_v4(),
  detection_id uuid not null unique references app_public.crisis_detections (id) on delete cascade,
  user_id uuid not null references app_public.users (id) on delete cascade,
  risk_level app_public.crisis_level_enum not null constraint only_high_and_critical check (risk_level in ('high', 'critical')),
  status app_public.escalation_status_enum not null default 'open',
  tier integer not null default 1,
  assignee_id uuid references app_public.users (id) on delete set null,
  response_due_at timestamptz not null,
  acknowledged_at timestamptz,
  resolved_at timestamptz,
  outcome_notes text constraint outcome_notes_length check (length(outcome_notes) <= 4000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table app_public.crisis_escalations is
  'Human review of high and critical detections, with a response deadline and escalation tiers.';
create index crisis_escalations_status_idx on app_public.crisis_escalations (status);
create index crisis_escalations_open_due_idx on app_public.crisis_escalations (response_due_at) where status = 'open';
create index crisis_escalations_user_idx on app_public.crisis_escalations (user_id, created_at desc);

create trigger _900_audit after insert or update or delete on app_public.crisis_detections
  for each row execute function app_private.tg__audit();
create trigger _100_set_updated_at before update on app_public.crisis_escalations
  for each row execute function app_private.tg__set_updated_at();
create trigger _900_audit after insert or update or delete on app_public.crisis_escalations
  for each row execute function app_private.tg__audit();

-- Whose case may a crisis team member read? Patients with a case that is not closed.
create or replace function app_private.crisis_case_patients() returns uuid[]
  language sql stable security definer set search_path = pg_catalog, public
as $$
  select case when app_private.is_crisis_team_member() then
    coalesce((select array_agg(distinct e.user_id) from app_public.crisis_escalations e
              where e.status in ('open', 'acknowledged', 'in_progress')), '{}')
  else '{}' end
$$;
comment on function app_private.crisis_case_patients() is
  'For a crisis team member: the patients with an open case. Empty for everyone else.';

alter table app_public.crisis_detections enable row level security;
alter table app_public.crisis_detections force row level security;
create policy "Patients can see their own detections" on app_public.crisis_detections
  for select to hp_patient using (user_id = (select app_public.current_user_id()));
create policy "Therapists can see their reachable patients' detections" on app_public.crisis_detections
  for select to hp_therapist
  using (user_id = any ((select app_public.my_patient_ids())::uuid[])
         and app_private.log_clinical_read(user_id, 'crisis_detections'));
create policy "The crisis team can see the detections behind open cases" on app_public.crisis_detections
  for select to hp_therapist
  using (user_id = any ((select app_private.crisis_case_patients())::uuid[])
         and app_private.log_clinical_read(user_id, 'crisis_detections'));
grant select on app_public.crisis_detections to hp_patient, hp_therapist;

alter table app_public.crisis_escalations enable row level security;
alter table app_public.crisis_escalations force row level security;
create policy "Patients can see their own cases" on app_public.crisis_escalations
  for select to hp_patient using (user_id = (select app_public.current_user_id()));
create policy "Therapists can see their reachable patients' cases" on app_public.crisis_escalations
  for select to hp_therapist
  using (user_id = any ((select app_public.my_patient_ids())::uuid[])
         and app_private.log_clinical_read(user_id, 'crisis_escalations'));
create policy "The crisis team can see open cases" on app_public.crisis_escalations
  for select to hp_therapist
  using (user_id = any ((select app_private.crisis_case_patients())::uuid[])
         and app_private.log_clinical_read(user_id, 'crisis_escalations'));
grant select on app_public.crisis_escalations to hp_patient, hp_therapist;
-- Cases change only through the workflow functions below.

-- The read log now also admits the crisis team for the patients of open cases.
create or replace function app_private.record_clinical_read(patient_id uuid, data_kind text) returns boolean
  language plpgsql volatile security definer
  set search_path = pg_catalog, public
as $$
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

-------------------------------------------------------------------------------
-- 5.6 Notifying people, on the crisis queue
--
-- Each escalation step notifies by email (through the outbox) and, when a paging
-- webhook is configured (CRISIS_WEBHOOK_URL in the worker), by webhook. Both are
-- rows in app_private.crisis_notifications delivered by worker jobs on their own
-- queue at high priority; a delivery that fails is retried with backoff, and a
-- worker that stops mid-job leaves the job to be retried: nothing is lost.
-- Payloads carry ids, never the patient's words.
-------------------------------------------------------------------------------
create table app_private.crisis_notifications (
  id uuid primary key default public.gen_random_uuid(),
  escalation_id uuid not null references app_public.crisis_escalations (id) on delete cascade,
  tier integer not null,
  channel text not null check (channel in ('email', 'webhook')),
  recipient_id uuid references app_public.users (id) on delete cascade,
  status app_private.outbox_status not null default 'pending',
  attempts integer not null default 0,
  last_error text,
  created_at timestamptz not null default now(),
  delivered_at timestamptz
);
comment on table app_private.crisis_notifications is 'Every notification of a crisis case, by channel, with its delivery state.';
create index crisis_notifications_escalation_idx on app_private.crisis_notifications (escalation_id);

alter table app_private.crisis_notifications enable row level security;
alter table app_private.crisis_notifications force row level security;
create policy "The worker reads crisis notifications to deliver" on app_private.crisis_notifications
  for select to hp_worker using (true);
grant select on app_private.crisis_notifications to hp_worker;

create or replace function app_private.crisis_job_spec() returns table (queue text, priority integer)
  language sql immutable
as $$
  select 'crisis'::text, -100
$$;
comment on function app_private.crisis_job_spec() is
  'Crisis jobs: their own graphile-worker queue and the highest priority, so no backlog delays them.';

create or replace function app_private.notify_escalation(escalation_id uuid) returns integer
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
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
comment on function app_private.notify_escalation(uuid) is
  'Notifies an escalation''s current tier: email to each recipient (outbox, crisis priority) and one webhook delivery job.';

-- The outbox learns a priority, so crisis emails jump the queue.
drop function if exists app_private.queue_email(uuid, text, text, text);
create or replace function app_private.queue_email(
  user_id uuid, template text, subject text, body text, priority integer default 0
) returns uuid
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
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

create or replace function app_private.webhook_delivered(notification_id uuid, success boolean, error text default null)
  returns void
  language sql volatile security definer set search_path = pg_catalog, public
as $$
  update app_private.crisis_notifications
    set attempts = attempts + 1,
        status = case when success then 'sent'::app_private.outbox_status else status end,
        delivered_at = case when success then now() else delivered_at end,
        last_error = case when success then null else left(error, 1000) end
    where id = notification_id and status <> 'sent'
$$;

create or replace function app_private.webhook_payload(notification_id uuid) returns jsonb
  language sql stable security definer set search_path = pg_catalog, public
as $$
  select jsonb_build_object('notification_id', n.id, 'escalation_id', e.id, 'risk_level', e.risk_level, 'tier', n.tier,
                            'status', e.status, 'response_due_at', e.response_due_at, 'opened_at', e.created_at)
  from app_private.crisis_notifications n join app_public.crisis_escalations e on e.id = n.escalation_id
  where n.id = notification_id and n.channel = 'webhook' and n.status <> 'sent'
$$;
comment on function app_private.webhook_payload(uuid) is
  'What the paging webhook receives: ids, level, tier and deadline. Never the patient''s words or identity.';

create or replace function app_private.response_window(level app_public.crisis_level_enum) returns interval
  language sql stable
as $$
  select make_interval(mins => coalesce(app_private.setting_int('crisis.response_minutes.' || level::text),
                                        case level when 'critical' then 15 else 60 end))
$$;

create or replace function app_private.escalate_overdue_cases() returns integer
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
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
comment on function app_private.escalate_overdue_cases() is
  'Every minute: an open case past its deadline goes to the next tier, with a new deadline and new notifications.';

-------------------------------------------------------------------------------
-- 5.7 Screening every patient text
--
-- app_private.accept_patient_text() (module 4's one door) now screens the text.
-- It runs inside the writing transaction, never rejects the write (a detector
-- failure is logged as a warning and the write goes on), and records what it
-- finds. The triggers now pass who wrote it and which row it is.
-------------------------------------------------------------------------------
create or replace function app_private.screen_patient_text(
  source app_public.crisis_source_enum, user_id uuid, source_id uuid, content text
) returns app_public.crisis_level_enum
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
declare
  assessment app_public.crisis_assessment;
  language text := (select split_part(p.language, '-', 1) from app_public.user_profiles p where p.user_id = screen_patient_text.user_id);
  detection uuid;
  escalation uuid;
begin
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
comment on function app_private.screen_patient_text(app_public.crisis_source_enum, uuid, uuid, text) is
  'Assesses one patient text; records a detection at moderate or above and opens a notified case at high or above. Never raises.';

drop function if exists app_private.accept_patient_text(text, text) cascade;
drop function if exists app_private.accept_patient_text(app_public.crisis_source_enum, uuid, uuid, text) cascade;
create or replace function app_private.accept_patient_text(
  source app_public.crisis_source_enum, user_id uuid, source_id uuid, content text, also_screen text default null
) returns void
  language plpgsql volatile
as $$
begin
  if content is null or btrim(content, E' \t\r\n') = '' then
    raise exception 'There is nothing written (%)', replace(source::text, '_', ' ') using errcode = 'EMPTY';
  end if;
  perform app_private.screen_patient_text(source, user_id, source_id, concat_ws(E'\n', also_screen, content));
end;
$$;
comment on function app_private.accept_patient_text(app_public.crisis_source_enum, uuid, uuid, text, text) is
  'The one door every patient-written text goes through: refuses an empty main text (EMPTY), then screens it (with any other text of the row, such as a title) for crisis language.';

create or replace function app_private.tg_journal_entries__accept() returns trigger
  language plpgsql volatile
as $$
begin
  perform app_private.accept_patient_text('journal_entry', new.user_id, new.id, new.content, new.title);
  new.search_config := app_private.search_config(new.user_id);
  new.tags := coalesce(new.tags, '{}');
  return new;
end;
$$;

create or replace function app_private.tg_gratitude_entries__accept() returns trigger
  language plpgsql volatile
as $$
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

create or replace function app_private.tg_thought_records__accept() returns trigger
  language plpgsql volatile
as $$
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

create or replace function app_private.tg_mood_entries__accept_notes() returns trigger
  language plpgsql volatile
as $$
begin
  if new.notes is not null then
    perform app_private.accept_patient_text('mood_note', new.user_id, new.id, new.notes);
  end if;
  return new;
end;
$$;

-- The mood module's concerning patterns become detections too (moderate: they show
-- help and tell the therapist; they open no case by themselves).
create or replace function app_private.on_concerning_mood_pattern(pattern_id uuid) returns void
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
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

-------------------------------------------------------------------------------
-- 5.8 Help at once
--
-- The row a patient just wrote carries what the client must show when it raised
-- a detection: the crisis resources for their country and language, emergency
-- guidance, their safety plan and a grounding prompt. It is a computed field
-- (crisisSupport) of journal entries, thought records, gratitude items and mood
-- entries, so the mutation that wrote the text returns it: no second round trip.
-------------------------------------------------------------------------------
create type app_public.crisis_support as (
  risk_level app_public.crisis_level_enum,
  message text,
  emergency_guidance text,
  resources jsonb,
  safety_plan jsonb,
  grounding_prompt text
);
comment on type app_public.crisis_support is 'What to show right away after a worrying text: resources, safety plan, grounding prompt.';

create or replace function app_private.crisis_support_for(source_id uuid) returns app_public.crisis_support
  language sql stable security definer set search_path = pg_catalog, public
as $$
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
comment on function app_private.crisis_support_for(uuid) is
  'The support to show for the caller''s own row that raised a detection; null otherwise (and for anyone but its author).';

create or replace function app_public.journal_entries_crisis_support(entry app_public.journal_entries) returns app_public.crisis_support
  language sql stable
as $$ select app_private.crisis_support_for(entry.id) $$;
create or replace function app_public.thought_records_crisis_support(record app_public.thought_records) returns app_public.crisis_support
  language sql stable
as $$ select app_private.crisis_support_for(record.id) $$;
create or replace function app_public.gratitude_entries_crisis_support(entry app_public.gratitude_entries) returns app_public.crisis_support
  language sql stable
as $$ select app_private.crisis_support_for(entry.id) $$;
create or replace function app_public.mood_entries_crisis_support(entry app_public.mood_entries) returns app_public.crisis_support
  language sql stable
as $$ select app_private.crisis_support_for(entry.id) $$;

-------------------------------------------------------------------------------
-- 5.9 Working a case
-------------------------------------------------------------------------------
create or replace function app_private.may_work_case(e app_public.crisis_escalations) returns boolean
  language sql stable security definer set search_path = pg_catalog, public
as $$
  select e.user_id = any (app_public.my_patient_ids()) or app_private.is_crisis_team_member()
$$;

create or replace function app_private.move_case(
  escalation_id uuid, next_status app_public.escalation_status_enum, notes text
) returns app_public.crisis_escalations
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
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
comment on function app_private.move_case(uuid, app_public.escalation_status_enum, text) is
  'The case workflow: open -> acknowledged -> in_progress -> resolved, or false_positive; only a reachable therapist or the crisis team; audited.';

create or replace function app_public.acknowledge_crisis_case(escalation_id uuid) returns app_public.crisis_escalations
  language sql volatile as $$ select app_private.move_case(escalation_id, 'acknowledged', null) $$;
create or replace function app_public.start_crisis_case(escalation_id uuid) returns app_public.crisis_escalations
  language sql volatile as $$ select app_private.move_case(escalation_id, 'in_progress', null) $$;
create or replace function app_public.resolve_crisis_case(escalation_id uuid, outcome_notes text) returns app_public.crisis_escalations
  language sql volatile as $$ select app_private.move_case(escalation_id, 'resolved', outcome_notes) $$;
create or replace function app_public.mark_crisis_case_false_positive(escalation_id uuid, outcome_notes text) returns app_public.crisis_escalations
  language sql volatile as $$ select app_private.move_case(escalation_id, 'false_positive', outcome_notes) $$;

-- The keyword library's precision, from reviewers' outcomes.
create or replace function app_public.crisis_keyword_precision()
  returns table (slug text, detections bigint, reviewed bigint, false_positives bigint, precision_rate numeric)
  language sql stable security definer set search_path = pg_catalog, public
as $$
  select s ->> 'slug', count(*), count(*) filter (where d.false_positive is not null),
         count(*) filter (where d.false_positive),
         round(1 - (count(*) filter (where d.false_positive))::numeric / nullif(count(*) filter (where d.false_positive is not null), 0), 3)
  from app_public.crisis_detections d, jsonb_array_elements(d.detected_keywords) s
  where s ? 'slug' and coalesce((s ->> 'weight')::numeric, 0) > 0
  group by 1
  order by 5 nulls last, 2 desc
$$;
comment on function app_public.crisis_keyword_precision() is
  'Per keyword: detections, how many were reviewed, how many were false positives, and precision. For reviewing the library.';

-------------------------------------------------------------------------------
-- 5.10 Ownership and grants
-------------------------------------------------------------------------------
select app_private.assign_definer_functions();

grant execute on function
  app_public.crisis_resources_for(text, text)
  to hp_anonymous, hp_patient, hp_therapist, hp_admin, hp_worker;
grant execute on function
  app_private.valid_plan_items(text[]),
  app_public.save_safety_plan(uuid, text[], text[], text[], text[], text[], text[], text[]),
  app_public.current_safety_plan(uuid),
  app_private.crisis_case_patients(),
  app_private.accept_patient_text(app_public.crisis_source_enum, uuid, uuid, text, text),
  app_private.screen_patient_text(app_public.crisis_source_enum, uuid, uuid, text),
  app_private.crisis_support_for(uuid),
  app_public.journal_entries_crisis_support(app_public.journal_entries),
  app_public.thought_records_crisis_support(app_public.thought_records),
  app_public.gratitude_entries_crisis_support(app_public.gratitude_entries),
  app_public.mood_entries_crisis_support(app_public.mood_entries)
  to hp_patient, hp_therapist;
grant execute on function
  app_public.acknowledge_crisis_case(uuid),
  app_public.start_crisis_case(uuid),
  app_public.resolve_crisis_case(uuid, text),
  app_public.mark_crisis_case_false_positive(uuid, text),
  app_private.move_case(uuid, app_public.escalation_status_enum, text),
  app_private.is_crisis_team_member()
  to hp_therapist;
grant execute on function app_public.crisis_keyword_precision() to hp_admin;
grant execute on function
  app_private.escalate_overdue_cases(),
  app_private.webhook_payload(uuid),
  app_private.webhook_delivered(uuid, boolean, text)
  to hp_worker;
