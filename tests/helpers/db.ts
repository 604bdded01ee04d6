// Database helpers for jest tests. Everything a test does through asUser() is rolled
// back, so tests do not see each other's rows.
//
//   const id = await withRootClient((c) => c.query(...))          // as the superuser
//   await asUser(aliceId, "patient", async (c) => {              // as Alice, via RLS
//     const { rows } = await c.query("select * from app_public.users");
//   });
//   await asUser(null, "anonymous", async (c) => { ... })        // no session
import pg from "pg";
import { testDatabase } from "./env.ts";

export type AppRole = "anonymous" | "patient" | "therapist" | "admin" | "worker";
export type DbRole = `hp_${AppRole}`;

let rootPool: pg.Pool | undefined;

function pool(): pg.Pool {
  rootPool ??= new pg.Pool({ connectionString: testDatabase.root, max: 4 });
  return rootPool;
}

/** Closes the helpers' connections (done for you after each test file; see setup.ts). */
export async function closeDatabasePools(): Promise<void> {
  const closing = rootPool;
  rootPool = undefined;
  await closing?.end();
}

/** Runs fn with a superuser connection to the test database. Nothing is rolled back. */
export async function withRootClient<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool().connect();
  try {
    return await fn(client);
  } finally {
    client.release();
  }
}

/**
 * Runs fn in a transaction as `hp_<role>` with a real, fresh session of userId
 * (app_private.open_session) in `happy_path.session_id` (empty for null: anonymous),
 * exactly as the server would set them, then rolls everything back, the session included.
 * Inside fn, `reset role` returns to the superuser if a test needs to look behind RLS.
 */
export async function asUser<T>(
  userId: string | null,
  role: AppRole | DbRole,
  fn: (client: pg.PoolClient, session: { sessionId: string | null }) => Promise<T>,
): Promise<T> {
  const dbRole = role.startsWith("hp_") ? role : `hp_${role}`;
  return withRootClient(async (client) => {
    await client.query("begin");
    try {
      let sessionId: string | null = null;
      if (userId) {
        const { rows } = await client.query<{ session_id: string }>(
          "select session_id from app_private.open_session($1::uuid)",
          [userId],
        );
        sessionId = rows[0]?.session_id ?? null;
      }
      await client.query("select set_config('happy_path.session_id', $1, true), set_config('role', $2, true)", [
        sessionId ?? "",
        dbRole,
      ]);
      return await fn(client, { sessionId });
    } finally {
      await client.query("rollback");
    }
  });
}
