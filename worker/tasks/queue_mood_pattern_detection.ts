// queue_mood_pattern_detection — daily (worker/crontab): one detect_mood_patterns job
// for every patient with a check-in in the last 60 days.
import type { Task } from "graphile-worker";

const queueMoodPatternDetection: Task = async (_payload, helpers) => {
  const { rows } = await helpers.query<{ queued: number }>(
    "select app_private.queue_all_mood_pattern_detection() as queued",
  );
  helpers.logger.info(`queue_mood_pattern_detection: queued ${rows[0]?.queued ?? 0} jobs.`);
};

export default queueMoodPatternDetection;
