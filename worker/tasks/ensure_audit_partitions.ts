// ensure_audit_partitions — daily (worker/crontab): creates the audit trail's
// monthly partitions for this month and the next three, so a write never lands in
// the default partition. The rule lives in SQL; this only calls it. Safe to repeat.
import type { Task } from "graphile-worker";

const ensureAuditPartitions: Task = async (_payload, helpers) => {
  const { rows } = await helpers.query<{ created: number | null }>(
    "select app_private.ensure_audit_partitions(3) as created",
  );
  helpers.logger.info(`ensure_audit_partitions: created ${rows[0]?.created ?? 0} partitions.`);
};

export default ensureAuditPartitions;
