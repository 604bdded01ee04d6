// Mood tracking over GraphQL, as a client app uses it: the daily upsert, streaks,
// averages, trends, goals with progress, aggregates; a therapist's reads through the
// access rule; and bad input refused with a code and no write.
import { startTestServer, type GraphQLClient, type TestServer } from "../helpers/http.ts";
import {
  expectCode,
  expectData,
  loginWithBearer,
  registerAndVerify,
  registerTherapist,
  rootQuery,
  rootValue,
  type Account,
} from "../helpers/accounts.ts";

const RECORD_MOOD = `mutation Record($input: RecordMoodInput!) {
  recordMood(input: $input) { result { rowId entryDate overallMood sleepHours activities } }
}`;

let server: TestServer;
let patient: Account;
let app: GraphQLClient;

/** A history written behind the API: `days` check-ins ending yesterday, mood rising by one a day. */
async function history(userId: string, days: number): Promise<void> {
  await rootQuery(
    `insert into app_public.mood_entries (user_id, entry_date, overall_mood, sleep_hours, energy_level)
     select $1, app_private.local_today($1) - d, greatest(1, 10 - d), 5 + (10 - d) * 0.3, 5
     from generate_series(1, $2) d`,
    [userId, days],
  );
}

const entriesOf = (userId: string) =>
  rootValue<number>("select count(*)::int as value from app_public.mood_entries where user_id = $1", [userId]);

beforeAll(async () => {
  server = await startTestServer();
  patient = await registerAndVerify(server, { firstName: "Mira" });
  await rootQuery("update app_public.user_profiles set timezone = 'Asia/Tokyo' where user_id = $1", [patient.userId]);
  app = await loginWithBearer(server, patient);
  await history(patient.userId, 9);
});
afterAll(() => server.close());

describe("the daily check-in", () => {
  test("records today's entry on the patient's local date, and a second check-in updates it", async () => {
    const first = expectData(await app.graphql<{ recordMood: { result: { rowId: string; entryDate: string } } }>(
      RECORD_MOOD, { input: { overallMood: 6, sleepHours: 7.5, activities: ["walk", "friends"] } },
    ));
    const tokyoToday = await rootValue<string>("select (now() at time zone 'Asia/Tokyo')::date::text as value");
    expect(first.recordMood.result.entryDate).toBe(tokyoToday);
    const second = expectData(await app.graphql<{ recordMood: { result: { rowId: string; overallMood: number; sleepHours: string } } }>(
      RECORD_MOOD, { input: { overallMood: 8, sleepHours: 8 } },
    ));
    expect(second.recordMood.result).toMatchObject({ rowId: first.recordMood.result.rowId, overallMood: 8, sleepHours: "8.0" });
    expect(await entriesOf(patient.userId)).toBe(10);
  });

  test.each([
    ["mood 0", { overallMood: 0 }, "INVALID"],
    ["mood 11", { overallMood: 11 }, "INVALID"],
    ["sleep of 25 hours", { overallMood: 5, sleepHours: 25 }, "INVALID"],
    ["a note over 5,000 characters", { overallMood: 5, notes: "x".repeat(5001) }, "INVALID"],
    ["a malformed activity", { overallMood: 5, activities: ["<script>"] }, "INVALID"],
  ])("%s is refused with %s and nothing is written", async (_what, input, code) => {
    const before = await rootQuery("select * from app_public.mood_entries where user_id = $1 order by entry_date", [patient.userId]);
    expectCode(await app.graphql(RECORD_MOOD, { input }), code);
    expect(await rootQuery("select * from app_public.mood_entries where user_id = $1 order by entry_date", [patient.userId])).toEqual(before);
  });

  test("an entry dated tomorrow in the patient's timezone is FUTUR", async () => {
    const tomorrow = await rootValue<string>("select ((now() at time zone 'Asia/Tokyo')::date + 1)::text as value");
    const before = await entriesOf(patient.userId);
    expectCode(await app.graphql(RECORD_MOOD, { input: { overallMood: 5, entryDate: tomorrow } }), "FUTUR");
    expect(await entriesOf(patient.userId)).toBe(before);
  });

  test("a 1 MB note never reaches the database (TOOBIG)", async () => {
    const response = await app.request("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: RECORD_MOOD, variables: { input: { overallMood: 5, notes: "x".repeat(1_000_000) } } }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("TOOBIG");
  });

  test("an entry for someone else's user id is DENIED", async () => {
    const other = await registerAndVerify(server, { firstName: "Otto" });
    const before = await entriesOf(other.userId);
    const result = await app.graphql(
      `mutation($input: CreateMoodEntryInput!) { createMoodEntry(input: $input) { moodEntry { rowId } } }`,
      { input: { moodEntry: { userId: other.userId, entryDate: "2026-01-01", overallMood: 5 } } },
    );
    expectCode(result, "DENIED");
    expect(await entriesOf(other.userId)).toBe(before);
  });
});

describe("what the patient sees", () => {
  test("streaks, rolling averages and a trend", async () => {
    const data = expectData(await app.graphql<{
      moodStreak: { currentStreak: number; longestStreak: number };
      moodRollingAverages: { nodes: { windowDays: number; entries: number }[] };
      moodTrend: { direction: string; entries: number };
    }>(`{
      moodStreak { currentStreak longestStreak }
      moodRollingAverages { nodes { windowDays entries } }
      moodTrend(windowDays: 10) { direction entries }
    }`));
    expect(data.moodStreak).toEqual({ currentStreak: 10, longestStreak: 10 });
    expect(data.moodRollingAverages.nodes).toEqual([{ windowDays: 7, entries: 7 }, { windowDays: 30, entries: 10 }]);
    expect(data.moodTrend).toEqual({ direction: "rising", entries: 10 });
  });

  test("correlations, weekday profile and weekly trend", async () => {
    const data = expectData(await app.graphql<{
      moodCorrelations: { nodes: { dimension: string; strength: string }[] };
      moodWeekdayProfile: { nodes: unknown[] };
      moodWeeklyTrend: { nodes: { entries: number }[] };
    }>(`{
      moodCorrelations { nodes { dimension strength } }
      moodWeekdayProfile { nodes { isoWeekday averageMood } }
      moodWeeklyTrend(weeks: 4) { nodes { weekStart entries } }
    }`));
    expect(data.moodCorrelations.nodes.find((n) => n.dimension === "sleep_hours")?.strength).toBe("strong");
    expect(data.moodWeekdayProfile.nodes).toHaveLength(7);
    expect(data.moodWeeklyTrend.nodes.reduce((sum, n) => sum + n.entries, 0)).toBe(10);
  });

  test("aggregates over the patient's own entries", async () => {
    const data = expectData(await app.graphql<{ moodEntries: { totalCount: number; aggregates: { max: { overallMood: number } } } }>(
      `{ moodEntries { totalCount aggregates { max { overallMood } } } }`,
    ));
    expect(data.moodEntries).toEqual({ totalCount: 10, aggregates: { max: { overallMood: 9 } } });
  });

  test("a goal with computed progress, an achievement to celebrate, and a suggestion field", async () => {
    const created = expectData(await app.graphql<{ createMoodGoal: { moodGoal: { rowId: string } } }>(
      `mutation { createMoodGoal(input: { moodGoal: {
         title: "Average mood of at least 5 over 14 days", dimension: overall_mood, kind: average, target: "5", windowDays: 14
       } }) { moodGoal { rowId } } }`,
    ));
    expect(created.createMoodGoal.moodGoal.rowId).toBeTruthy();
    // The next check-in meets it: with it, the window holds 10 days averaging 5.4.
    expectData(await app.graphql(RECORD_MOOD, { input: { overallMood: 9 } }));
    const data = expectData(await app.graphql<{
      moodGoals: { nodes: { progress: { met: boolean; daysLogged: number }; suggestion: { suggestion: string | null } | null }[] };
      moodGoalAchievements: { nodes: { rowId: string; celebratedAt: string | null }[] };
    }>(`{
      moodGoals { nodes { progress { met daysLogged currentValue fraction } suggestion { suggestion reason } } }
      moodGoalAchievements { nodes { rowId celebratedAt } }
    }`));
    expect(data.moodGoals.nodes[0]!.progress).toMatchObject({ met: true, daysLogged: 10 });
    // No adjustment yet (a composite whose fields are all null comes back as null).
    expect(data.moodGoals.nodes[0]!.suggestion?.suggestion ?? null).toBeNull();
    expect(data.moodGoalAchievements.nodes).toHaveLength(1);
    const achievement = data.moodGoalAchievements.nodes[0]!;
    const celebrated = expectData(await app.graphql<{ celebrateGoalAchievement: { result: { celebratedAt: string } } }>(
      `mutation($id: UUID!) { celebrateGoalAchievement(input: { achievementId: $id }) { result { celebratedAt } } }`,
      { id: achievement.rowId },
    ));
    expect(celebrated.celebrateGoalAchievement.result.celebratedAt).toBeTruthy();
  });
});

describe("what a therapist sees", () => {
  test("nothing without access; the caseload and analytics with it, each read logged", async () => {
    const therapist = await registerTherapist(server, { firstName: "Tess" });
    const clinician = await loginWithBearer(server, therapist);
    const caseload = `{ caseloadMoodEntries(sinceDays: 30) { totalCount } moodEntries { totalCount } }`;
    expect(expectData(await clinician.graphql(caseload))).toEqual({
      caseloadMoodEntries: { totalCount: 0 },
      moodEntries: { totalCount: 0 },
    });
    await rootQuery(
      `insert into app_public.therapeutic_relationships (therapist_id, patient_id, relationship_type, status)
       values ($1, $2, 'individual', 'active')`,
      [therapist.userId, patient.userId],
    );
    expectData(await app.graphql(`mutation { grantConsent(input: { consent: therapist_sharing, documentVersion: "v1" }) { result { action } } }`));
    expect(expectData(await clinician.graphql(caseload))).toEqual({
      caseloadMoodEntries: { totalCount: 10 },
      moodEntries: { totalCount: 10 },
    });
    const streak = expectData(await clinician.graphql<{ moodStreak: { currentStreak: number } }>(
      `query($id: UUID!) { moodStreak(patientId: $id) { currentStreak } }`, { id: patient.userId },
    ));
    expect(streak.moodStreak.currentStreak).toBe(10);
    const logged = expectData(await app.graphql<{ dataAccessLogs: { nodes: { dataKind: string }[] } }>(
      `{ dataAccessLogs { nodes { dataKind accessorId } } }`,
    ));
    expect(logged.dataAccessLogs.nodes.map((n) => n.dataKind)).toContain("mood_entries");
    expectCode(await clinician.graphql(RECORD_MOOD, { input: { overallMood: 5 } }), "DENIED");
  });
});
