// queue_mood_insights { period_type } — weekly and monthly (worker/crontab): one
// generate_mood_insight job per patient who checked in during their last complete
// week or month. Job keys make a second run queue nothing new.
import type { Task } from "graphile-worker";
import { oneOfField } from "../payload.ts";

const queueMoodInsights: Task = async (payload, helpers) => {
  const period = oneOfField("queue_mood_insights", payload, "period_type", ["week", "month"] as const);
  const { rows } = await helpers.query<{ queued: number }>("select app_private.queue_mood_insights($1) as queued", [period]);
  helpers.logger.info(`queue_mood_insights: queued ${rows[0]?.queued ?? 0} ${period}ly insights.`);
};

export default queueMoodInsights;
