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

-- graphile-worker enables row-level security on its private tables (with no policy,
-- so that only their owner can touch them). hp_definer bypasses RLS; the worker
-- does not, and must run the whole queue: take, finish, fail and schedule jobs.
do $$
declare
  queue_table text;
begin
  foreach queue_table in array array['_private_jobs', '_private_job_queues', '_private_tasks', '_private_known_crontabs'] loop
    if not exists (
      select 1 from pg_policies
      where schemaname = 'graphile_worker' and tablename = queue_table and policyname = 'The worker runs the queue'
    ) then
      execute format(
        'create policy "The worker runs the queue" on graphile_worker.%I for all to hp_worker using (true) with check (true)',
        queue_table);
    end if;
  end loop;
end
$$;
