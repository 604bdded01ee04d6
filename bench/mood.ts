// npm run bench — mood tracking at scale, measured side by side in one run.
//
// Builds (once; reused while its row count matches) a benchmark database with
// 1,000,000 check-ins: 10,000 patients x 100 days, and one therapist with an active
// relationship and consent for 100 of them. Then, for each query, it times the
// query as the application runs it (as hp_patient / hp_therapist, through RLS and
// the access rule, with the read log) next to the same query with RLS bypassed (as
// the superuser, with the filter written by hand), and checks with EXPLAIN that
// the application's version is index-driven (no sequential scan of mood_entries).
//
//   npm run bench                 all benchmarks (this one, and any others in bench/)
//   node bench/mood.ts --rebuild  regenerate the data
//
// Not part of npm test: it needs a minute or two to build the data.
import pg from "pg";
import { databaseName, withDatabase } from "../db/tools/config.ts";
import { databaseExists, openDatabase, resetDatabase } from "../db/tools/database.ts";

process.env.TEST_DATABASE_NAME = process.env.BENCH_MOOD_DATABASE ?? "happy_path_bench";
const PATIENTS = 10_000;
const DAYS = 100;
const CASELOAD = 100;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);

const cluster = await openDatabase();
const { urls } = cluster;
if (!urls.root) throw new Error("The benchmark builds its own database: it needs ROOT_DATABASE_URL (or the embedded server).");
const rootUrl = withDatabase(urls.root, databaseName(urls.testOwner));
const root = new pg.Client({ connectionString: rootUrl });

async function prepare(): Promise<void> {
  const rebuild = process.argv.includes("--rebuild");
  if (!rebuild && (await databaseExists(urls, urls.testOwner))) {
    const check = new pg.Client({ connectionString: rootUrl });
    await check.connect();
    const { rows } = await check
      .query<{ n: string }>("select count(*) as n from app_public.mood_entries")
      .catch(() => ({ rows: [{ n: "0" }] }));
    await check.end();
    if (Number(rows[0]?.n) === PATIENTS * DAYS) return;
  }
  console.log(`Building ${databaseName(urls.testOwner)} with ${PATIENTS * DAYS} check-ins (once)...`);
  await resetDatabase(urls, "test");
  const client = new pg.Client({ connectionString: rootUrl });
  await client.connect();
  const started = Date.now();
  // Triggers (audit, pattern jobs, goals) would dominate a bulk load and are not what
  // is measured here: load with them off, as a bulk import would.
  await client.query("set session_replication_role = replica");
  await client.query(
    `insert into app_public.users (id, email, role, account_status, email_verified)
     select ('00000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, 'bench' || i || '@example.com',
            case when i = 0 then 'therapist' else 'patient' end::app_public.user_role_enum, 'active', true
     from generate_series(0, $1) i`,
    [PATIENTS],
  );
  await client.query(
    `insert into app_public.user_profiles (user_id, first_name, timezone)
     select id, 'Bench', 'UTC' from app_public.users where email like 'bench%'`,
  );
  await client.query(
    `insert into app_public.mood_entries (user_id, entry_date, overall_mood, energy_level, anxiety_level, stress_level, sleep_hours, checked_in_at)
     select u.id, current_date - d, 1 + (abs(hashtext(u.id::text || d)) % 10), 1 + (d % 10), 1 + ((d * 3) % 10),
            1 + ((d * 7) % 10), 4 + (abs(hashtext(d || u.id::text)) % 60) / 10.0, now() - d * interval '1 day'
     from app_public.users u, generate_series(0, $1 - 1) d
     where u.role = 'patient'`,
    [DAYS],
  );
  await client.query(
    `insert into app_public.therapeutic_relationships (therapist_id, patient_id, relationship_type, status, responded_at)
     select '00000000-0000-4000-8000-000000000000', id, 'individual', 'active', now()
     from app_public.users where role = 'patient' order by id limit $1`,
    [CASELOAD],
  );
  await client.query(
    `insert into app_public.consent_tracking (user_id, consent_type, action, document_version)
     select patient_id, 'therapist_sharing', 'granted', 'bench' from app_public.therapeutic_relationships`,
  );
  await client.query("set session_replication_role = origin");
  await client.query("vacuum analyze");
  await client.end();
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

interface Case {
  name: string;
  /** The application's query: runs as `role` with a session of `userId`. */
  app: { role: string; userId: string; sql: string };
  /** The same answer with RLS bypassed (superuser), filter written by hand. */
  bypass: { sql: string; params?: unknown[] };
}

const THERAPIST = "00000000-0000-4000-8000-000000000000";
const PATIENT = "00000000-0000-4000-8000-000000000001";

/** A therapist's caseload with the filter written by hand (the baseline of every caseload case). */
const CASELOAD_BY_HAND: Case["bypass"] = {
  sql: `select * from app_public.mood_entries
        where user_id in (select patient_id from app_public.therapeutic_relationships where therapist_id = $1)
          and entry_date >= current_date - 30 order by user_id, entry_date desc`,
  params: [THERAPIST],
};

const cases: Case[] = [
  {
    name: "one patient's 90-day weekly trend",
    app: { role: "hp_patient", userId: PATIENT, sql: "select * from app_public.mood_weekly_trend(null, 13)" },
    bypass: {
      sql: `select date_trunc('week', entry_date)::date, count(*), round(avg(overall_mood), 2), round(avg(energy_level), 2),
                   round(avg(anxiety_level), 2), round(avg(stress_level), 2), round(avg(sleep_hours), 2)
            from app_public.mood_entries
            where user_id = $1 and entry_date >= date_trunc('week', current_date)::date - 7 * 12
            group by 1 order by 1`,
      params: [PATIENT],
    },
  },
  {
    name: "a therapist's 100-patient caseload, 30 days (table through RLS)",
    app: {
      role: "hp_therapist",
      userId: THERAPIST,
      sql: "select * from app_public.mood_entries where entry_date >= current_date - 30 order by user_id, entry_date desc",
    },
    bypass: CASELOAD_BY_HAND,
  },
  {
    // The same read with the access rule but not the read log: what the log costs.
    name: "the same caseload, access rule only (superuser + my_patient_ids(), no read log)",
    app: {
      role: "postgres",
      userId: THERAPIST,
      sql: `select * from app_public.mood_entries
            where user_id = any ((select app_public.my_patient_ids())::uuid[]) and entry_date >= current_date - 30
            order by user_id, entry_date desc`,
    },
    bypass: CASELOAD_BY_HAND,
  },
  {
    name: "a therapist's 100-patient caseload, 30 days (caseload_mood_entries)",
    app: { role: "hp_therapist", userId: THERAPIST, sql: "select * from app_public.caseload_mood_entries(30)" },
    bypass: CASELOAD_BY_HAND,
  },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;
}

async function timeIt(run: () => Promise<unknown>): Promise<{ p50: number; p95: number; rows: number }> {
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < 10; i++) await run(); // warm up
  for (let i = 0; i < ROUNDS; i++) {
    const start = process.hrtime.bigint();
    const result = (await run()) as { rowCount: number | null };
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    rows = result.rowCount ?? 0;
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), rows };
}

const sessions = new Map<string, string>();

/** A session for the user, opened once (as a login would) and reused. */
async function sessionOf(client: pg.Client, userId: string): Promise<string> {
  let id = sessions.get(userId);
  if (!id) {
    const { rows } = await client.query<{ id: string }>("select session_id as id from app_private.open_session($1)", [userId]);
    id = rows[0]!.id;
    sessions.set(userId, id);
  }
  return id;
}

/** Runs sql as the role with the user's session, in a transaction, as the server would. */
async function asApp(client: pg.Client, c: Case["app"], sql: string, request: string): Promise<pg.QueryResult> {
  const session = await sessionOf(client, c.userId);
  await client.query("begin");
  try {
    await client.query(
      "select set_config('role', $1, true), set_config('happy_path.session_id', $2, true), set_config('happy_path.request_id', $3, true)",
      [c.role, session, request],
    );
    return await client.query(sql);
  } finally {
    await client.query("rollback");
  }
}

try {
  await prepare();
  await root.connect();
  let failures = 0;
  console.log(`\n${ROUNDS} rounds each, milliseconds (client-observed, including the transaction the app would run).\n`);
  console.log("| query | rows | app p50 | app p95 | RLS bypassed p50 | bypassed p95 | ratio (p50) | index-driven |");
  console.log("|---|---|---|---|---|---|---|---|");
  let n = 0;
  for (const c of cases) {
    const plan = (await asApp(root, c.app, `explain ${c.app.sql}`, "bench-explain")).rows.map((r) => r["QUERY PLAN"]).join("\n");
    const seqScan = /Seq Scan on mood_entries/.test(plan);
    const app = await timeIt(() => asApp(root, c.app, c.app.sql, `bench-${n++}`));
    const bypass = await timeIt(async () => {
      await root.query("begin");
      try {
        return await root.query(c.bypass.sql, c.bypass.params);
      } finally {
        await root.query("rollback");
      }
    });
    if (seqScan) failures++;
    console.log(
      `| ${c.name} | ${app.rows} | ${app.p50.toFixed(2)} | ${app.p95.toFixed(2)} | ${bypass.p50.toFixed(2)} | ${bypass.p95.toFixed(2)} | ${(app.p50 / bypass.p50).toFixed(2)}x | ${seqScan ? "NO (seq scan)" : "yes"} |`,
    );
    if (process.argv.includes("--plans") || seqScan) console.log(`\n${plan}\n`);
  }
  if (failures > 0) {
    console.error(`\n${failures} queries scan mood_entries sequentially.`);
    process.exitCode = 1;
  }
} finally {
  await root.end().catch(() => undefined);
  await cluster.stop();
}
