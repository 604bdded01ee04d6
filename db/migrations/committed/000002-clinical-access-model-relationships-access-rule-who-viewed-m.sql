--! Previous: sha1:b9b035b75e7a565b9d7d4aa8ee76fa0b4208f99b
--! Hash: sha1:dff75fabeacf040b965503720ac803ada9ee6924
--! Message: Clinical access model: relationships, access rule, who viewed my record

-- Module 2 — The clinical access model
--
-- Who, besides the patient, may see a patient's data, and the record of every
-- clinician's read. Every later module reuses what is here: one access rule for
-- clinicians (app_public.my_patient_ids()) and one read log
-- (app_private.log_clinical_read()), next to module 1's audit trigger
-- (app_private.tg__audit()).

-------------------------------------------------------------------------------
-- 2.1 Therapeutic relationships (seed: Clinical Therapy, therapeutic_relationships)
--
-- A therapist invites a patient; the patient accepts or declines; either side
-- ends it. Only an active relationship, together with the patient's current
-- consent to share with their therapist, opens any of the patient's data.
-------------------------------------------------------------------------------
create type app_public.therapy_type_enum as enum (
  'individual', 'couples', 'family', 'group', 'psychiatry', 'counseling'
);
create type app_public.relationship_status_enum as enum ('pending', 'active', 'declined', 'ended');

create table app_public.therapeutic_relationships (
  id uuid primary key default public.uuid_generate_v4(),
  therapist_id uuid not null references app_public.users (id) on delete cascade,
  patient_id uuid not null references app_public.users (id) on delete cascade,
  relationship_type app_public.therapy_type_enum not null,
  status app_public.relationship_status_enum not null default 'pending',
  start_date date not null default current_date,
  end_date date,
  notes text check (length(notes) <= 2000),
  invited_at timestamptz not null default now(),
  responded_at timestamptz,
  ended_at timestamptz,
  ended_by uuid references app_public.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint therapist_is_not_patient check (therapist_id <> patient_id),
  constraint ends_after_it_starts check (end_date is null or end_date >= start_date),
  constraint ended_has_end_date check ((status = 'ended') = (end_date is not null))
);
comment on table app_public.therapeutic_relationships is
  'Therapist-patient relationships. Only an active one, with the patient''s therapist_sharing consent, lets the therapist see the patient''s shared data.';
comment on column app_public.therapeutic_relationships.notes is
  'The therapist''s note on the relationship (referral reason, say). The patient can read it too.';

-- At most one open (pending or active) relationship per pair.
create unique index therapeutic_relationships_one_open_per_pair
  on app_public.therapeutic_relationships (therapist_id, patient_id)
  where status in ('pending', 'active');
create index therapeutic_relationships_therapist_idx
  on app_public.therapeutic_relationships (therapist_id) where status = 'active';
create index therapeutic_relationships_patient_idx on app_public.therapeutic_relationships (patient_id);

create function app_private.tg_therapeutic_relationships__check_roles() returns trigger
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
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

create trigger _200_check_roles before insert or update of therapist_id, patient_id
  on app_public.therapeutic_relationships
  for each row execute function app_private.tg_therapeutic_relationships__check_roles();
create trigger _100_set_updated_at before update on app_public.therapeutic_relationships
  for each row execute function app_private.tg__set_updated_at();
create trigger _900_audit after insert or update or delete on app_public.therapeutic_relationships
  for each row execute function app_private.tg__audit();

alter table app_public.therapeutic_relationships enable row level security;
alter table app_public.therapeutic_relationships force row level security;

create policy "Therapists can read their own relationships" on app_public.therapeutic_relationships
  for select to hp_therapist
  using (therapist_id = (select app_public.current_user_id()));
create policy "Patients can read their own relationships" on app_public.therapeutic_relationships
  for select to hp_patient
  using (patient_id = (select app_public.current_user_id()));
create policy "Admins can read every relationship" on app_public.therapeutic_relationships
  for select to hp_admin
  using (true);
comment on policy "Admins can read every relationship" on app_public.therapeutic_relationships is
  'Who treats whom is needed to administer the service; it opens none of the clinical data.';

grant select on app_public.therapeutic_relationships to hp_patient, hp_therapist, hp_admin;
-- Changes go through the lifecycle functions below, never a direct write.

create function app_public.invite_patient(
  patient_email text, relationship_type app_public.therapy_type_enum, notes text default null
) returns app_public.therapeutic_relationships
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
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
comment on function app_public.invite_patient(text, app_public.therapy_type_enum, text) is
  'A therapist invites a patient (by email) into a relationship; it stays pending until the patient accepts.';

create function app_public.respond_to_invitation(relationship_id uuid, accept boolean)
  returns app_public.therapeutic_relationships
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
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
comment on function app_public.respond_to_invitation(uuid, boolean) is
  'The patient accepts or declines a pending invitation. Accepting does not share anything by itself: sharing needs the therapist_sharing consent.';

create function app_public.end_relationship(relationship_id uuid) returns app_public.therapeutic_relationships
  language plpgsql volatile security definer set search_path = pg_catalog, public
as $$
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
comment on function app_public.end_relationship(uuid) is
  'Either side ends a pending or active relationship. The therapist''s access ends in the same transaction.';

-------------------------------------------------------------------------------
-- 2.2 Who viewed my record
--
-- Every read of a patient's clinical data by someone other than the patient
-- leaves a record: who, whose data, which kind, when, through which request.
-- The database writes it, from the very policy that grants the read, so no client
-- and no code path can read without leaving a trace. Clinician policies read:
--     user_id = any ((select app_public.my_patient_ids()))
--     and app_private.log_clinical_read(user_id, '<kind>')
-- The first condition is the index lookup; the second runs only on rows that
-- pass it (it is declared expensive, so the planner puts it last) and writes
-- one row per request, reader, patient and kind.
-------------------------------------------------------------------------------
create table app_public.data_access_logs (
  id uuid primary key default public.gen_random_uuid(),
  accessor_id uuid not null,
  accessor_role text not null,
  patient_id uuid not null,
  data_kind text not null check (length(data_kind) <= 100),
  request_id text not null,
  ip_address inet,
  user_agent text,
  accessed_at timestamptz not null default now()
);
comment on table app_public.data_access_logs is
  'Who read which kind of a patient''s clinical data, and when. The patient reads their own; nobody changes it.';
-- No foreign keys: like the audit trail, the record outlives the accounts.
create unique index data_access_logs_once_per_request
  on app_public.data_access_logs (request_id, accessor_id, patient_id, data_kind);
create index data_access_logs_patient_idx on app_public.data_access_logs (patient_id, accessed_at desc);

create trigger _100_append_only before update or delete on app_public.data_access_logs
  for each row execute function app_private.tg_audit_logs__refuse_change();
create trigger _100_append_only_truncate before truncate on app_public.data_access_logs
  for each statement execute function app_private.tg_audit_logs__refuse_change();

alter table app_public.data_access_logs enable row level security;
alter table app_public.data_access_logs force row level security;

create policy "Patients can see who read their data" on app_public.data_access_logs
  for select to hp_patient
  using (patient_id = (select app_public.current_user_id()));
create policy "Admins (auditors) can read the access log" on app_public.data_access_logs
  for select to hp_admin
  using (true);
grant select on app_public.data_access_logs to hp_patient, hp_admin;

create function app_private.log_clinical_read(patient_id uuid, data_kind text) returns boolean
  language plpgsql volatile security definer cost 1000
  set search_path = pg_catalog, public
as $$
declare
  key text := data_kind || ':' || patient_id::text || ';';
  seen text := coalesce(current_setting('happy_path.logged_reads', true), '');
  request text;
begin
  if strpos(seen, key) > 0 then
    return true;
  end if;
  request := coalesce(nullif(current_setting('happy_path.request_id', true), ''), 'tx:' || txid_current()::text);
  insert into app_public.data_access_logs
    (accessor_id, accessor_role, patient_id, data_kind, request_id, ip_address, user_agent)
  values
    (app_public.current_user_id(), coalesce(nullif(current_setting('role', true), 'none'), session_user::text),
     patient_id, data_kind, request, app_private.request_ip(), app_private.request_user_agent())
  on conflict do nothing;
  perform set_config('happy_path.logged_reads', seen || key, true);
  return true;
end;
$$;
comment on function app_private.log_clinical_read(uuid, text) is
  'Records (once per request) that the caller read this kind of this patient''s data. Always true, so it can sit in a policy.';

-------------------------------------------------------------------------------
-- 2.3 The clinician access rule
--
-- One rule, used by every module's policies: a therapist reaches a patient's
-- shared data only while their relationship is active AND the patient currently
-- consents to sharing with their therapist. It is one STABLE SECURITY DEFINER
-- function returning the ids, so policies read
--     user_id = any ((select app_public.my_patient_ids()))
-- which the planner runs once per query and turns into an index lookup. Nothing is
-- cached: withdrawing consent or ending the relationship takes effect at the next
-- query.
-------------------------------------------------------------------------------
create function app_public.my_patient_ids() returns uuid[]
  language sql stable security definer set search_path = pg_catalog, public
as $$
  select coalesce(array_agg(r.patient_id), '{}')
  from app_public.therapeutic_relationships r
  where r.therapist_id = app_public.current_user_id()
    and r.status = 'active'
    and app_private.has_consent(r.patient_id, 'therapist_sharing')
$$;
comment on function app_public.my_patient_ids() is
  'The patients whose shared data the calling therapist may see now: active relationship and current therapist_sharing consent. Empty for everyone else.';

-- What a therapist sees of a patient's profile. Decision (docs/access-model.md):
-- the minimum needed to work with them: names and pronouns to address them, age
-- (not the birth date), timezone and language to schedule and write, and country
-- for crisis resources. Not gender, the full birth date or the emergency contact;
-- the crisis module opens the emergency contact to the crisis team when needed.
create type app_public.patient_summary as (
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

create function app_public.my_patients() returns setof app_public.patient_summary
  language sql stable security definer set search_path = pg_catalog, public
as $$
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
comment on function app_public.my_patients() is
  'The calling therapist''s reachable patients with the part of their profile a therapist may see. Each read is access-logged.';

create type app_public.clinician_summary as (
  therapist_id uuid,
  relationship_id uuid,
  relationship_type app_public.therapy_type_enum,
  status app_public.relationship_status_enum,
  first_name text,
  last_name text,
  pronouns text
);

create function app_public.my_therapists() returns setof app_public.clinician_summary
  language sql stable security definer set search_path = pg_catalog, public
as $$
  select r.therapist_id, r.id, r.relationship_type, r.status, p.first_name, p.last_name, p.pronouns
  from app_public.therapeutic_relationships r
  join app_public.user_profiles p on p.user_id = r.therapist_id
  where r.patient_id = app_public.current_user_id()
    and r.status in ('pending', 'active')
$$;
comment on function app_public.my_therapists() is
  'The calling patient''s therapists (pending and active) with their names, so the patient knows who is asking.';


-------------------------------------------------------------------------------
-- 2.4 Ownership and grants
-------------------------------------------------------------------------------
select app_private.assign_definer_functions();

grant execute on function
  app_public.my_patient_ids(),
  app_public.invite_patient(text, app_public.therapy_type_enum, text),
  app_public.my_patients()
  to hp_therapist;
grant execute on function
  app_public.respond_to_invitation(uuid, boolean),
  app_public.my_therapists()
  to hp_patient;
grant execute on function app_public.end_relationship(uuid) to hp_patient, hp_therapist;
