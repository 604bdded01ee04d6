// The background worker: graphile-worker running the tasks in worker/tasks/ and the
// schedule in worker/crontab, plus a second runner with slots reserved for crisis
// work (webhook deliveries, deadline escalation, crisis emails), so no backlog of
// other jobs can delay it.
//
// Who it is: it connects with the authenticator's credentials (AUTH_DATABASE_URL) and
// asks PostgreSQL for role hp_worker at connection start (`options=-c role=hp_worker`),
// so every query a task runs is checked against hp_worker's grants and policies. It
// checks that this took effect before taking any job.
//
// What it never does: install or upgrade graphile-worker's own schema. That needs the
// owner's rights and happens on every migrate (db/tools/database.ts afterMigrations).
// A worker that finds the schema missing or older than itself stops with a message
// instead of trying (and failing half-way) to run DDL as hp_worker.
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { run, type Runner, type TaskList } from "graphile-worker";
import deliverCrisisWebhook from "./tasks/deliver_crisis_webhook.ts";
import escalateOverdueCrisisCases from "./tasks/escalate_overdue_crisis_cases.ts";
import sendEmail from "./tasks/send_email.ts";

/** The tasks the dedicated crisis runner takes (crisis emails are send_email jobs at crisis priority). */
const CRISIS_TASKS: TaskList = {
  deliver_crisis_webhook: deliverCrisisWebhook,
  escalate_overdue_crisis_cases: escalateOverdueCrisisCases,
  send_email: sendEmail,
};
const CRISIS_CONCURRENCY = 2;

const WORKER_DIR = path.dirname(fileURLToPath(import.meta.url));
export const WORKER_ROLE = "hp_worker";

export interface WorkerOptions {
  /** The authenticator's connection string (never the owner's or a superuser's). */
  authDatabaseUrl: string;
  /** Jobs run at once; default WORKER_CONCURRENCY or 5. */
  concurrency?: number;
}

export interface RunningWorker {
  /** Finishes the jobs in hand, then releases the connections. */
  stop(): Promise<void>;
  /** Settles when the worker stops; rejects if it dies on its own. */
  done: Promise<void>;
}

/** The same URL with `options=-c role=hp_worker` (any other options kept). */
export function workerConnectionString(authDatabaseUrl: string): string {
  const url = new URL(authDatabaseUrl);
  const existing = url.searchParams.get("options");
  url.searchParams.set("options", [existing, `-c role=${WORKER_ROLE}`].filter(Boolean).join(" "));
  return url.toString();
}

/**
 * A graphile-worker plugin that refuses to change graphile-worker's schema: the
 * migrations belong to the owner, at deploy time.
 */
const NoRuntimeMigrations: GraphileConfig.Plugin = {
  name: "HappyPathNoRuntimeMigrations",
  version: "1.0.0",
  worker: {
    middleware: {
      bootstrap() {
        throw new Error(
          "graphile-worker's schema is missing in this database. Run `npm run db:migrate` " +
            "(or db:reset) as the owner first; the worker never installs it itself.",
        );
      },
      async migrate(next, event) {
        const { rows } = await event.client.query<{ latest: number | null }>(
          `select max(id) as latest from ${event.ctx.escapedWorkerSchema}.migrations`,
        );
        const latest = rows[0]?.latest ?? 0;
        if (latest < event.ctx.maxMigrationNumber) {
          throw new Error(
            `graphile-worker's schema is at revision ${latest} but this worker needs ` +
              `${event.ctx.maxMigrationNumber}. Run \`npm run db:migrate\` as the owner first.`,
          );
        }
        return next();
      },
    },
  },
};

function makePool(authDatabaseUrl: string, concurrency: number): pg.Pool {
  const pool = new pg.Pool({
    connectionString: workerConnectionString(authDatabaseUrl),
    // One connection per running job, one for LISTEN, one spare for cron and upkeep.
    max: concurrency + 2,
    application_name: "happy-path-worker",
  });
  // A dropped connection must not crash the process: log it, the pool replaces it.
  pool.on("error", (error) => console.error(`worker: idle database connection failed: ${error.message}`));
  pool.on("connect", (client) => {
    client.on("error", (error) => console.error(`worker: database connection failed: ${error.message}`));
  });
  return pool;
}

/** Refuses to start unless the connection really acts as hp_worker. */
async function assertActsAsWorker(pool: pg.Pool): Promise<void> {
  const { rows } = await pool.query<{ current_user: string; session_user: string }>(
    "select current_user, session_user",
  );
  const who = rows[0];
  if (who?.current_user !== WORKER_ROLE) {
    throw new Error(
      `The worker's connection acts as '${who?.current_user}', not '${WORKER_ROLE}'. ` +
        `Is ${who?.session_user} a member of ${WORKER_ROLE} (db/bootstrap/roles.sql)?`,
    );
  }
  if (who.session_user === WORKER_ROLE) return;
  const { rows: flags } = await pool.query<{ rolsuper: boolean }>(
    "select rolsuper from pg_roles where rolname = session_user",
  );
  if (flags[0]?.rolsuper) {
    throw new Error("The worker must connect as the authenticator (AUTH_DATABASE_URL), not as a superuser.");
  }
}

/**
 * graphile-worker records a job's outcome without awaiting it, so its runner can
 * finish while the last "job failed / completed" query is still on its way: ending
 * the pool then would leave that job locked (for hours). Wait until the pool has
 * been idle for a moment (at most a few seconds).
 */
async function settle(pool: pg.Pool, { quietMs = 100, maxMs = 5_000 } = {}): Promise<void> {
  const deadline = Date.now() + maxMs;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    const busy = pool.waitingCount > 0 || pool.idleCount < pool.totalCount;
    if (busy) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const concurrency = options.concurrency ?? Number(process.env.WORKER_CONCURRENCY || 5);
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new Error(`Worker concurrency must be a positive integer, not ${concurrency}.`);
  }
  const pool = makePool(options.authDatabaseUrl, concurrency + CRISIS_CONCURRENCY);
  const runners: Runner[] = [];
  try {
    await assertActsAsWorker(pool);
    runners.push(
      await run({
        pgPool: pool,
        concurrency,
        taskDirectory: path.join(WORKER_DIR, "tasks"),
        crontabFile: path.join(WORKER_DIR, "crontab"),
        // The process that embeds us (npm start, worker/index.ts, tests) owns the signals.
        noHandleSignals: true,
        preset: { plugins: [NoRuntimeMigrations] },
      }),
    );
    // Crisis work has slots of its own: however long the other jobs take (AI calls,
    // analytics), these are never waiting for a free worker. Jobs are taken by
    // priority, and crisis jobs carry the highest.
    runners.push(
      await run({
        pgPool: pool,
        concurrency: CRISIS_CONCURRENCY,
        taskList: CRISIS_TASKS,
        noHandleSignals: true,
        preset: { plugins: [NoRuntimeMigrations] },
      }),
    );
  } catch (error) {
    await Promise.allSettled(runners.map((r) => r.stop()));
    await pool.end();
    throw error;
  }

  let stopping: Promise<void> | undefined;
  const done = Promise.all(runners.map((r) => r.promise)).then(() => undefined).finally(async () => {
    await settle(pool);
    await pool.end();
  });
  // Make a crash visible even when the embedding process does not watch `done`.
  done.catch((error: unknown) => console.error("worker: stopped with an error:", error));
  return {
    done,
    stop() {
      stopping ??= Promise.all(runners.map((r) => r.stop())).then(() => done);
      return stopping;
    },
  };
}
