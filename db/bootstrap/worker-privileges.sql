-- Happy Path: privileges on graphile-worker's schema. Run as hp_owner after the
-- worker's own migrations (db/tools/migrate.ts does it on every migrate).
--
-- Why: jobs are queued from SECURITY DEFINER functions (owned by hp_definer) and
-- run by the worker (hp_worker). Neither owns the queue; both need to use it. Job
-- payloads carry ids only, never personal data, so the queue itself holds nothing
-- that needs row-level security.
grant usage on schema graphile_worker to hp_worker, hp_definer;
grant select, insert, update, delete on all tables in schema graphile_worker to hp_worker, hp_definer;
grant usage, select, update on all sequences in schema graphile_worker to hp_worker, hp_definer;
grant execute on all functions in schema graphile_worker to hp_worker, hp_definer;
