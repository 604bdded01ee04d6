// compute_mood_analytics — nightly (worker/crontab): recomputes the anonymized,
// k-suppressed population statistics of the last five weeks (app_private.compute_mood_analytics).
import type { Task } from "graphile-worker";

const computeMoodAnalytics: Task = async (_payload, helpers) => {
  const { rows } = await helpers.query<{ cells: number }>("select app_private.compute_mood_analytics(35) as cells");
  helpers.logger.info(`compute_mood_analytics: wrote ${rows[0]?.cells ?? 0} cells.`);
};

export default computeMoodAnalytics;
