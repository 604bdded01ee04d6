// cleanup_expired_sessions — daily (worker/crontab): removes sessions past their
// absolute expiry or idle timeout. The rule lives in SQL; this only calls it.
import type { Task } from "graphile-worker";

const cleanupExpiredSessions: Task = async (_payload, helpers) => {
  const { rows } = await helpers.query<{ removed: number | null }>(
    "select app_private.cleanup_expired_sessions() as removed",
  );
  helpers.logger.info(`cleanup_expired_sessions: removed ${rows[0]?.removed ?? 0} sessions.`);
};

export default cleanupExpiredSessions;
