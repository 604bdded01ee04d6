// node bench/crisis.ts — what crisis screening costs a write, and how fast a crisis
// case reaches the paging webhook, measured side by side in one run.
//
// Rebuilds its own small database every run (BENCH_CRISIS_DATABASE, default
// happy_path_bench_crisis), then reports:
//  1. the detector's cost: app_public.assess_crisis_text over the evaluation set
//     (db/tests/fixtures/crisis_evaluation.csv), timed inside PostgreSQL (a PL/pgSQL
//     loop around clock_timestamp(): no round trips) and from the client (one query
//     per message); and what a patient's write costs with it: a journal entry with a
//     benign text, the same with a crisis text (detection, case, notification rows
//     and a webhook job, all in the writing transaction), next to check-ins that skip
//     the text door (no notes) or pass it with a benign note. As hp_patient with a
//     session, in a transaction rolled back after each write (so nothing piles up).
//  2. insert -> page latency: a loopback HTTP server stands in for the paging webhook
//     (CRISIS_WEBHOOK_URL), the real worker runs (worker/runner.ts, as hp_worker
//     through the authenticator), and a patient commits crisis journal entries one
//     at a time; latency = arrival of the POST carrying the case's escalation_id
//     minus the moment COMMIT returned. Once with an idle queue, once right after
//     2,000 low-priority jobs were queued (the crisis runner must not wait behind them).
//
//   BENCH_ROUNDS=n     rounds over the fixture for (1a), default 5
//   BENCH_INSERTS=n    timed inserts per case for (1b), default 300
//   BENCH_PAGES=n      crisis entries per phase for (2), default 60
//   BENCH_VERBOSE=1    keep graphile-worker's per-job log lines
//
// Not part of npm test. Everything listens and connects on loopback only.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { databaseName, withDatabase } from "../db/tools/config.ts";
import { PROJECT_ROOT, openDatabase, resetDatabase } from "../db/tools/database.ts";
import { startWorker, type RunningWorker } from "../worker/runner.ts";

process.env.TEST_DATABASE_NAME = process.env.BENCH_CRISIS_DATABASE ?? "happy_path_bench_crisis";
const ASSESS_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const INSERT_ROUNDS = Number(process.env.BENCH_INSERTS ?? 300);
const PAGES = Number(process.env.BENCH_PAGES ?? 60);
const BACKLOG = 2_000;
const PATIENTS = 10;
const PAGE_TIMEOUT_MS = 15_000;
const WORKER_CONCURRENCY = 5;

const BENIGN_TEXT = "Went for a long walk with my sister after work, then we cooked dinner together and watched a film.";
const CRISIS_TEXT = "I am going to kill myself tonight, I have the pills ready.";
const FILLER_TASK = "detect_mood_patterns";

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------
interface Message {
  id: string;
  language: string;
  expected: string;
  text: string;
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF). */
function parseCsv(source: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && source[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows.filter((r) => r.some((f) => f !== ""));
}

function loadFixture(): Message[] {
  const [header, ...rows] = parseCsv(readFileSync(path.join(PROJECT_ROOT, "db/tests/fixtures/crisis_evaluation.csv"), "utf8"));
  const col = (name: string) => {
    const index = header!.indexOf(name);
    if (index < 0) throw new Error(`crisis_evaluation.csv has no '${name}' column`);
    return index;
  };
  const [id, language, expected, text] = [col("id"), col("language"), col("expected_level"), col("text")];
  return rows.map((r) => ({ id: r[id]!, language: r[language]!, expected: r[expected]!, text: r[text]! }));
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;
}

interface Stats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99), max: sorted.at(-1) ?? NaN };
}

const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(x < 1 ? 3 : 2) : "n/a");
const sleep = (t: number) => new Promise((resolve) => setTimeout(resolve, t));

// ---------------------------------------------------------------------------
// The paging webhook: records when each POST arrived, answers 200
// ---------------------------------------------------------------------------
interface Webhook {
  url: string;
  /** Resolves with the arrival time (performance.now()) of the page for this case, or undefined after timeoutMs. */
  arrival(escalationId: string, timeoutMs: number): Promise<number | undefined>;
  received(): number;
  close(): Promise<void>;
}

async function startWebhook(): Promise<Webhook> {
  const arrivals = new Map<string, number>();
  const waiters = new Map<string, (at: number) => void>();
  let count = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const at = performance.now(); // the request line and headers are in
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    req.on("end", () => {
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
      count++;
      try {
        const id = (JSON.parse(raw) as { escalation_id?: string }).escalation_id;
        if (!id) return;
        arrivals.set(id, at);
        waiters.get(id)?.(at);
      } catch {
        // not a page: ignore
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/page`,
    received: () => count,
    arrival(escalationId, timeoutMs) {
      const known = arrivals.get(escalationId);
      if (known !== undefined) return Promise.resolve(known);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiters.delete(escalationId);
          resolve(undefined);
        }, timeoutMs);
        waiters.set(escalationId, (at) => {
          clearTimeout(timer);
          waiters.delete(escalationId);
          resolve(at);
        });
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

// ---------------------------------------------------------------------------
// Database
// ---------------------------------------------------------------------------
const cluster = await openDatabase();
const { urls } = cluster;
if (!urls.root) throw new Error("The benchmark builds its own database: it needs ROOT_DATABASE_URL (or the embedded server).");
const rootUrl = withDatabase(urls.root, databaseName(urls.testOwner));
/** Superuser: setup, the detector loop, and reading what the writes produced. */
const root = new pg.Client({ connectionString: rootUrl });
/** The "application" connection: a superuser that switches to hp_patient per transaction, as the server does. */
const app = new pg.Client({ connectionString: rootUrl });
let worker: RunningWorker | undefined;
let webhook: Webhook | undefined;
const consoleInfo = console.info;

interface Patient {
  id: string;
  session: string;
}

async function createPatients(): Promise<Patient[]> {
  const { rows } = await root.query<{ id: string }>(
    `insert into app_public.users (email, role, account_status, email_verified)
     select 'bench-crisis-' || i || '@example.com', 'patient', 'active', true from generate_series(1, $1) i
     returning id`,
    [PATIENTS],
  );
  const patients: Patient[] = [];
  for (const { id } of rows) {
    await root.query("insert into app_public.user_profiles (user_id, first_name, timezone, language, country) values ($1, 'Bench', 'UTC', 'en', 'US')", [id]);
    const { rows: s } = await root.query<{ session_id: string }>("select session_id from app_private.open_session($1)", [id]);
    patients.push({ id, session: s[0]!.session_id });
  }
  return patients;
}

/** Begins a transaction acting as the patient (role + session), as the API server does. */
async function beginAs(client: pg.Client, patient: Patient, request: string): Promise<void> {
  await client.query("begin");
  await client.query(
    "select set_config('role', 'hp_patient', true), set_config('happy_path.session_id', $1, true), set_config('happy_path.request_id', $2, true)",
    [patient.session, request],
  );
}

// ---------------------------------------------------------------------------
// 1a. The detector on its own
// ---------------------------------------------------------------------------
async function detectorCost(messages: Message[]) {
  await root.query("create temp table bench_messages (n int, content text, language text)");
  await root.query("insert into bench_messages select * from unnest($1::int[], $2::text[], $3::text[])", [
    messages.map((_, i) => i),
    messages.map((m) => m.text),
    messages.map((m) => m.language),
  ]);
  await root.query("create temp table bench_timings (ms float8)");
  // One round to warm up (plans, caches), then ASSESS_ROUNDS timed rounds, all in the server.
  await root.query(`
    do $$
    declare
      m record;
      r app_public.crisis_assessment;
      t0 timestamptz;
      times float8[] := '{}';
    begin
      for round in 0..${ASSESS_ROUNDS} loop
        for m in select * from pg_temp.bench_messages order by n loop
          t0 := clock_timestamp();
          r := app_public.assess_crisis_text(m.content, m.language);
          if round > 0 then
            times := times || (extract(epoch from clock_timestamp() - t0) * 1000)::float8;
          end if;
        end loop;
      end loop;
      insert into pg_temp.bench_timings select unnest(times);
    end
    $$`);
  const server = stats((await root.query<{ ms: number }>("select ms from bench_timings")).rows.map((r) => r.ms));

  const client: number[] = [];
  const levels = new Map<string, number>();
  const byExpected = new Map<string, Map<string, number>>();
  for (let round = 0; round <= ASSESS_ROUNDS; round++) {
    for (const m of messages) {
      const start = process.hrtime.bigint();
      const { rows } = await root.query<{ level: string }>({
        name: "assess",
        text: "select (app_public.assess_crisis_text($1, $2)).risk_level as level",
        values: [m.text, m.language],
      });
      const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
      if (round === 0) {
        const level = rows[0]?.level ?? "null";
        levels.set(level, (levels.get(level) ?? 0) + 1);
        const e = byExpected.get(m.expected) ?? new Map<string, number>();
        e.set(level, (e.get(level) ?? 0) + 1);
        byExpected.set(m.expected, e);
      } else client.push(elapsed);
    }
  }
  return { server, client: stats(client), levels, byExpected };
}

// ---------------------------------------------------------------------------
// 1b. What a patient's write costs
// ---------------------------------------------------------------------------
interface WriteCase {
  name: string;
  sql: string;
  params: unknown[];
}

const WRITE_CASES: WriteCase[] = [
  {
    name: "mood check-in, no notes (no text door)",
    sql: "insert into app_public.mood_entries (overall_mood, energy_level) values (6, 5) returning id",
    params: [],
  },
  {
    name: "mood check-in + benign note (door, no detection)",
    sql: "insert into app_public.mood_entries (overall_mood, energy_level, notes) values (6, 5, $1) returning id",
    params: [BENIGN_TEXT],
  },
  {
    name: "journal entry, benign text (screened, no detection)",
    sql: "insert into app_public.journal_entries (content) values ($1) returning id",
    params: [BENIGN_TEXT],
  },
  {
    name: "journal entry, crisis text (detection + case + notification + job)",
    sql: "insert into app_public.journal_entries (content) values ($1) returning id",
    params: [CRISIS_TEXT],
  },
];

/** What one write produced, seen from inside its own transaction (then rolled back). */
interface Effects {
  detections: number;
  escalations: number;
  notifications: number;
  jobs: number;
  level: string | null;
}

async function effectsOf(c: WriteCase, patient: Patient): Promise<Effects> {
  await beginAs(app, patient, "bench-effects");
  try {
    const { rows } = await app.query<{ id: string }>(c.sql, c.params);
    await app.query("select set_config('role', 'none', true)");
    const { rows: effects } = await app.query<Effects>(
      `select (select count(*)::int from app_public.crisis_detections where source_id = $1) as detections,
              (select max(risk_level::text) from app_public.crisis_detections where source_id = $1) as level,
              (select count(*)::int from app_public.crisis_escalations e join app_public.crisis_detections d on d.id = e.detection_id
               where d.source_id = $1) as escalations,
              (select count(*)::int from app_private.crisis_notifications n join app_public.crisis_escalations e on e.id = n.escalation_id
               join app_public.crisis_detections d on d.id = e.detection_id where d.source_id = $1) as notifications,
              (select count(*)::int from graphile_worker._private_jobs where created_at >= now()) as jobs`,
      [rows[0]!.id],
    );
    return effects[0]!;
  } finally {
    await app.query("rollback");
  }
}

async function writeCost(patients: Patient[]) {
  const patient = patients[0]!;
  const samples = WRITE_CASES.map(() => [] as number[]);
  const effects: Effects[] = [];
  for (const c of WRITE_CASES) effects.push(await effectsOf(c, patient));
  // Interleaved, so drift (autovacuum, another engineer's load) hits every case alike.
  for (let round = -20; round < INSERT_ROUNDS; round++) {
    for (const [i, c] of WRITE_CASES.entries()) {
      await beginAs(app, patient, `bench-write-${round}-${i}`);
      try {
        const start = process.hrtime.bigint();
        await app.query({ name: `write-${i}`, text: c.sql, values: c.params });
        const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
        if (round >= 0) samples[i]!.push(elapsed);
      } finally {
        await app.query("rollback");
      }
    }
  }
  return WRITE_CASES.map((c, i) => ({ name: c.name, stats: stats(samples[i]!), effects: effects[i]! }));
}

// ---------------------------------------------------------------------------
// 2. Insert -> page latency, through the real worker
// ---------------------------------------------------------------------------
async function fillerRemaining(): Promise<number> {
  const { rows } = await root.query<{ n: number }>(
    `select count(*)::int as n from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
     where t.identifier = $1`,
    [FILLER_TASK],
  );
  return rows[0]!.n;
}

interface PhaseResult {
  latencies: number[];
  missing: number;
  backlogAtCommit: number[];
  levels: Map<string, number>;
}

async function pagePhase(patients: Patient[], count: number, label: string, trackBacklog: boolean): Promise<PhaseResult> {
  const result: PhaseResult = { latencies: [], missing: 0, backlogAtCommit: [], levels: new Map() };
  for (let i = 0; i < count; i++) {
    const patient = patients[i % patients.length]!;
    if (trackBacklog) result.backlogAtCommit.push(await fillerRemaining());
    await beginAs(app, patient, `bench-${label}-${i}`);
    let entryId: string;
    try {
      const { rows } = await app.query<{ id: string }>({
        name: "crisis-entry",
        text: "insert into app_public.journal_entries (content) values ($1) returning id",
        values: [CRISIS_TEXT],
      });
      entryId = rows[0]!.id;
    } catch (error) {
      await app.query("rollback");
      throw error;
    }
    await app.query("commit");
    const committed = performance.now();
    const { rows } = await root.query<{ id: string; risk_level: string }>(
      `select e.id, e.risk_level from app_public.crisis_escalations e
       join app_public.crisis_detections d on d.id = e.detection_id where d.source_id = $1`,
      [entryId],
    );
    const escalation = rows[0];
    if (!escalation) {
      throw new Error(
        `The crisis text opened no case (the detector rated it below 'high'), so there is no page to time: "${CRISIS_TEXT}"`,
      );
    }
    result.levels.set(escalation.risk_level, (result.levels.get(escalation.risk_level) ?? 0) + 1);
    const arrived = await webhook!.arrival(escalation.id, PAGE_TIMEOUT_MS);
    if (arrived === undefined) result.missing++;
    else result.latencies.push(arrived - committed);
    await sleep(20 + Math.random() * 30); // let the worker go back to waiting, as between real writes
  }
  return result;
}

// ---------------------------------------------------------------------------
// Run
// ---------------------------------------------------------------------------
try {
  const started = Date.now();
  console.log(`Rebuilding ${databaseName(urls.testOwner)}...`);
  await resetDatabase(urls, "test");
  await root.connect();
  await app.connect();
  const patients = await createPatients();
  const messages = loadFixture();
  const { rows: version } = await root.query<{ v: string }>("select current_setting('server_version') as v");

  console.log(`\n## Crisis screening — PostgreSQL ${version[0]!.v}, ${messages.length} fixture messages\n`);

  // 1a
  const detector = await detectorCost(messages);
  console.log(`### 1a. assess_crisis_text per message (ms; ${ASSESS_ROUNDS} rounds x ${messages.length} messages, after one warm-up round)\n`);
  console.log("| timed | n | p50 | p95 | p99 | max |");
  console.log("|---|---|---|---|---|---|");
  for (const [name, s] of [
    ["in the server (PL/pgSQL loop, clock_timestamp())", detector.server],
    ["from the client (one query per message, round trip included)", detector.client],
  ] as const) {
    console.log(`| ${name} | ${s.n} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)} |`);
  }
  const order = ["none", "low", "moderate", "high", "critical"];
  const levelCells = (m: Map<string, number>) => order.map((l) => m.get(l) ?? 0).join(" / ");
  console.log(`\nDetector output over the fixture (none / low / moderate / high / critical): ${levelCells(detector.levels)}`);
  console.log("| expected | n | rated none / low / moderate / high / critical |");
  console.log("|---|---|---|");
  for (const expected of order) {
    const m = detector.byExpected.get(expected);
    if (m) console.log(`| ${expected} | ${[...m.values()].reduce((a, b) => a + b, 0)} | ${levelCells(m)} |`);
  }

  // 1b
  const writes = await writeCost(patients);
  const base = writes[0]!.stats.p50;
  const benign = writes[2]!.stats.p50;
  const delta = (x: number) => `${x >= 0 ? "+" : "-"}${ms(Math.abs(x))}`;
  console.log(`\n### 1b. One write as hp_patient (ms, the INSERT statement as the client sees it; ${INSERT_ROUNDS} each, interleaved, rolled back)\n`);
  console.log("| write | rated | detections / cases / notifications / jobs | p50 | p95 | p99 | p50 vs no-notes check-in | p50 vs benign journal entry |");
  console.log("|---|---|---|---|---|---|---|---|");
  for (const w of writes) {
    const e = w.effects;
    console.log(
      `| ${w.name} | ${e.level ?? "-"} | ${e.detections} / ${e.escalations} / ${e.notifications} / ${e.jobs} | ${ms(w.stats.p50)} | ${ms(w.stats.p95)} | ${ms(w.stats.p99)} | ${delta(w.stats.p50 - base)} | ${delta(w.stats.p50 - benign)} |`,
    );
  }

  // 2
  webhook = await startWebhook();
  process.env.CRISIS_WEBHOOK_URL = webhook.url;
  delete process.env.CRISIS_WEBHOOK_SECRET;
  // graphile-worker logs every job at info level: thousands of lines here.
  if (!process.env.BENCH_VERBOSE) console.info = () => undefined;
  worker = await startWorker({ authDatabaseUrl: urls.testAuth, concurrency: WORKER_CONCURRENCY });
  await pagePhase(patients, 3, "warmup", false);

  const idle = await pagePhase(patients, PAGES, "idle", false);

  const queueStart = Date.now();
  await root.query(
    `select graphile_worker.add_job($1, json_build_object('user_id', gen_random_uuid()), priority := 10)
     from generate_series(1, $2)`,
    [FILLER_TASK, BACKLOG],
  );
  const queuedIn = Date.now() - queueStart;
  const loaded = await pagePhase(patients, PAGES, "backlog", true);
  const leftAtLast = await fillerRemaining();
  const duringBacklog = loaded.latencies.filter((_, i) => (loaded.backlogAtCommit[i] ?? 0) > 0);

  console.log(
    `\n### 2. Commit of a crisis journal entry -> webhook POST arrives (ms; worker concurrency ${WORKER_CONCURRENCY} + crisis runner, ${PAGES} entries per phase, one at a time)\n`,
  );
  console.log("| phase | pages | missing (>15 s) | p50 | p95 | p99 | max |");
  console.log("|---|---|---|---|---|---|---|");
  const row = (name: string, r: { latencies: number[]; missing: number }) => {
    const s = stats(r.latencies);
    console.log(`| ${name} | ${s.n} | ${r.missing} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)} |`);
  };
  row("idle queue", idle);
  row(`${BACKLOG} ${FILLER_TASK} jobs (priority 10) queued first`, loaded);
  row("  of which: committed while filler jobs remained", { latencies: duringBacklog, missing: 0 });
  console.log(
    `\nFiller: ${BACKLOG} jobs queued in ${queuedIn} ms; ${loaded.backlogAtCommit[0] ?? "?"} remained at the first crisis commit, ` +
      `${leftAtLast} still queued when the last crisis page arrived. Cases rated: ${[...new Map([...idle.levels, ...loaded.levels]).keys()].join(", ")}. ` +
      `Webhook POSTs received: ${webhook.received()}.`,
  );
  console.log(`\nTotal ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  if (idle.missing + loaded.missing > 0) process.exitCode = 1;
} finally {
  await worker?.stop().catch((error: unknown) => console.error("worker stop:", error));
  console.info = consoleInfo;
  await webhook?.close();
  await app.end().catch(() => undefined);
  await root.end().catch(() => undefined);
  await cluster.stop();
}
