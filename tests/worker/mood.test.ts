// The mood module's worker tasks, end to end: SQL queues a job, the real worker (as
// hp_worker) runs it against the test database, and the result is in the tables.
import { randomUUID } from "node:crypto";
import { startWorker, type RunningWorker } from "../../worker/runner.ts";
import { templateProvider, type MoodStatistics } from "../../worker/insights/provider.ts";
import { testDatabase } from "../helpers/env.ts";
import { withRootClient } from "../helpers/db.ts";
import { waitFor } from "../helpers/wait.ts";


const query = <T extends object>(sql: string, params: unknown[] = []) =>
  withRootClient(async (client) => (await client.query<T & Record<string, unknown>>(sql, params)).rows);

describe("mood worker tasks", () => {
  let worker: RunningWorker | undefined;
  let patient: string;
  beforeAll(async () => {
    patient = (await query<{ id: string }>("select tests.create_user($1) as id", [`mood-${randomUUID()}@example.com`]))[0]!.id;
    // Last complete week: every day checked in, mood 2 on the last three (a concerning pattern).
    await query(
      `insert into app_public.mood_entries (user_id, entry_date, overall_mood, sleep_hours, activities)
       select $1, p.period_start + d, case when d >= 4 then 2 else 6 end, 7, array['walk']
       from app_private.previous_period($1, 'week') p, generate_series(0, 6) d`,
      [patient],
    );
    await query("delete from graphile_worker._private_jobs");
    worker = await startWorker({ authDatabaseUrl: testDatabase.auth, concurrency: 2 });
  });
  afterAll(async () => {
    await worker?.stop();
    await query("delete from app_public.mood_entries where user_id = $1", [patient]);
    await query("delete from graphile_worker._private_jobs");
  });

  test("weekly insights: queued for the patients of the week, written by the provider", async () => {
    await query(`select graphile_worker.add_job('queue_mood_insights', '{"period_type": "week"}')`);
    const insights = await waitFor(
      () => query<{ summary: string; provider: string; entries: number }>(
        "select summary, provider, (statistics ->> 'entries')::int as entries from app_public.mood_insights where user_id = $1",
        [patient],
      ),
      (rows) => rows.length > 0,
    );
    expect(insights).toHaveLength(1);
    expect(insights[0]).toMatchObject({ provider: "template-v1", entries: 7 });
    expect(insights[0]!.summary).toMatch(/^This week you checked in on 7 of 7 days\. Your average mood was 4\.3 out of 10/);
  });

  test("pattern detection runs for the patient and finds the low days", async () => {
    await query("select graphile_worker.add_job('detect_mood_patterns', json_build_object('user_id', $1::uuid))", [patient]);
    const patterns = await waitFor(
      () => query<{ pattern_type: string }>("select pattern_type from app_public.mood_patterns where user_id = $1", [patient]),
      (rows) => rows.length > 0,
    );
    expect(patterns.map((p) => p.pattern_type)).toContain("sustained_low_mood");
  });

  test("population analytics are computed without user ids", async () => {
    await query("select graphile_worker.add_job('compute_mood_analytics')");
    const jobsLeft = await waitFor(
      () => query<{ n: number }>("select count(*)::int as n from graphile_worker.jobs where task_identifier = 'compute_mood_analytics'"),
      (rows) => rows[0]!.n === 0,
    );
    expect(jobsLeft[0]!.n).toBe(0);
    const failed = await query<{ n: number }>("select count(*)::int as n from graphile_worker.jobs where last_error is not null");
    expect(failed[0]!.n).toBe(0);
  });
});

describe("the template insight provider", () => {
  const week: MoodStatistics = {
    period_start: "2026-11-16",
    period_end: "2026-11-22",
    days_in_period: 7,
    entries: 5,
    average: { overall_mood: 6.4, energy_level: 5, anxiety_level: 4, stress_level: 4, sleep_hours: 7.12 },
    previous_average_mood: 5.6,
    best_day: { date: "2026-11-17", overall_mood: 8 },
    hardest_day: { date: "2026-11-20", overall_mood: 4 },
    top_activities: [{ activity: "exercise", days: 3, average_mood: 7.25 }],
    sleep_mood_correlation: 0.6,
  };

  test("writes the same text for the same numbers, offline", async () => {
    const text = await templateProvider.write(week, "week");
    expect(text).toBe(
      "This week you checked in on 5 of 7 days. Your average mood was 6.4 out of 10, up 0.8 from the week before. " +
        "Your best day was Tuesday (8); the hardest was Friday (4). " +
        "You slept 7.1 hours a night on average, and your mood tended to be better after more sleep. " +
        'You logged "exercise" most often (3 days, average mood 7.3). ' +
        "Checking in this regularly is a real achievement. Well done.",
    );
    expect(await templateProvider.write(week, "week")).toBe(text);
  });

  test("is gentle on a hard week", async () => {
    const text = await templateProvider.write({ ...week, average: { ...week.average, overall_mood: 3 }, previous_average_mood: null }, "week");
    expect(text).toContain("Your average mood was 3.0 out of 10.");
    expect(text).toContain("Be gentle with yourself");
  });
});
