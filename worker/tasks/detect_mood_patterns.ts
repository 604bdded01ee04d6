// detect_mood_patterns { user_id } — looks for patterns in one patient's check-ins.
// Queued a few minutes after a check-in (a job key folds bursts into one job) and
// daily for everyone by queue_mood_pattern_detection. The detection is SQL
// (app_private.detect_mood_patterns); safe to run twice.
import type { Task } from "graphile-worker";
import { uuidField } from "../payload.ts";

const detectMoodPatterns: Task = async (payload, helpers) => {
  const userId = uuidField("detect_mood_patterns", payload, "user_id");
  const { rows } = await helpers.query<{ holding: number }>(
    "select app_private.detect_mood_patterns($1) as holding",
    [userId],
  );
  helpers.logger.info(`detect_mood_patterns: ${rows[0]?.holding ?? 0} patterns hold.`);
};

export default detectMoodPatterns;
