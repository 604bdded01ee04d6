// generate_mood_insight { user_id, period_type, period_start } — one weekly or monthly
// summary: the statistics come from SQL, the text from the insight provider
// (worker/insights/), and the result is saved by SQL, replacing any earlier version
// for the same period. Safe to run twice.
import type { Task } from "graphile-worker";
import { insightProvider, type MoodStatistics } from "../insights/provider.ts";
import { dateField, oneOfField, uuidField } from "../payload.ts";

const generateMoodInsight: Task = async (payload, helpers) => {
  const userId = uuidField("generate_mood_insight", payload, "user_id");
  const period = oneOfField("generate_mood_insight", payload, "period_type", ["week", "month"] as const);
  const periodStart = dateField("generate_mood_insight", payload, "period_start");
  const { rows } = await helpers.query<{ period_end: string; statistics: MoodStatistics }>(
    `select p.period_end::text, app_private.mood_period_statistics($1, $3::date, p.period_end) as statistics
       from (select ($3::date + case $2 when 'week' then interval '1 week' else interval '1 month' end)::date - 1 as period_end) p`,
    [userId, period, periodStart],
  );
  const found = rows[0];
  if (!found || found.statistics.entries === 0) {
    helpers.logger.info("generate_mood_insight: no check-ins in that period; nothing to summarise.");
    return;
  }
  const provider = insightProvider();
  const summary = await provider.write(found.statistics, period);
  await helpers.query("select app_private.save_mood_insight($1, $2, $3, $4, $5, $6, $7)", [
    userId,
    period,
    periodStart,
    found.period_end,
    found.statistics,
    summary,
    provider.name,
  ]);
};

export default generateMoodInsight;
