// The server's calls into app_private, made as hp_authenticator on its own small
// pool (never through a request's role-switched client: hp_authenticator is
// NOINHERIT, so these rights are gone once a request has switched role).
// This file is the whole SQL contract of authentication (docs/authentication.md);
// the rules themselves (lockout, second factor, expiry, revocation) live in SQL.
import pg from "pg";
import type { CallerSession, RequestFacts } from "./types.ts";

export function createAuthPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 5, application_name: "happy-path-server-auth" });
  // An idle client that loses its connection must not crash the process.
  pool.on("error", (error) => console.error("Auth pool client error:", error.message));
  return pool;
}

/**
 * Runs `fn` in a transaction that carries the request's facts, so that the SQL
 * functions can record the IP address and user agent (app_private.request_ip()).
 */
async function withRequestFacts<T>(
  pool: pg.Pool,
  facts: RequestFacts,
  fn: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("begin");
    await client.query(
      `select set_config('happy_path.ip_address', $1, true),
              set_config('happy_path.user_agent', $2, true),
              set_config('happy_path.request_id', $3, true)`,
      [facts.ip, facts.userAgent, facts.requestId],
    );
    const result = await fn(client);
    await client.query("commit");
    return result;
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

interface SessionRow {
  session_id: string;
  user_id: string;
  role: string;
}

function toCallerSession(row: SessionRow | undefined): CallerSession | null {
  return row ? { sessionId: row.session_id, userId: row.user_id, role: row.role } : null;
}

/** A Bearer token's session, if it is active. */
export async function sessionByToken(pool: pg.Pool, token: string): Promise<CallerSession | null> {
  const { rows } = await pool.query<SessionRow>("select * from app_private.session_by_token($1)", [token]);
  return toCallerSession(rows[0]);
}

/** A cookie's session, if it is still active; records that it was seen. */
export async function sessionTouch(pool: pg.Pool, sessionId: string): Promise<CallerSession | null> {
  const { rows } = await pool.query<SessionRow>("select * from app_private.session_touch($1)", [sessionId]);
  return toCallerSession(rows[0]);
}

export interface Registration {
  email: string;
  passwordHash: string;
  firstName: string;
  lastName: string | null;
  acceptTerms: boolean;
}

/** Answers the same whether or not the email already had an account. */
export async function registerUser(pool: pg.Pool, facts: RequestFacts, r: Registration): Promise<boolean> {
  return withRequestFacts(pool, facts, async (client) => {
    const { rows } = await client.query<{ ok: boolean }>(
      "select app_private.register_user($1, $2, $3, $4, $5) as ok",
      [r.email, r.passwordHash, r.firstName, r.lastName, r.acceptTerms],
    );
    return rows[0]?.ok === true;
  });
}

/** The stored hash to verify against, or null for an unknown email. */
export async function loginLookup(pool: pg.Pool, email: string): Promise<{ userId: string; passwordHash: string } | null> {
  const { rows } = await pool.query<{ user_id: string; password_hash: string }>(
    "select * from app_private.login_lookup($1)",
    [email],
  );
  const row = rows[0];
  return row ? { userId: row.user_id, passwordHash: row.password_hash } : null;
}

export type LoginStatus = "ok" | "invalid" | "locked" | "disabled" | "totp_required" | "totp_invalid";

export interface LoginOutcome {
  status: LoginStatus;
  sessionId: string | null;
  token: string | null;
  expiresAt: Date | null;
}

/** Lockout, account status and second factor are decided here, in SQL; on success a session opens. */
export async function loginComplete(
  pool: pg.Pool,
  facts: RequestFacts,
  userId: string | null,
  passwordOk: boolean,
  secondFactor: string | null,
): Promise<LoginOutcome> {
  return withRequestFacts(pool, facts, async (client) => {
    const { rows } = await client.query<{ status: LoginStatus; session_id: string | null; token: string | null; expires_at: Date | null }>(
      "select * from app_private.login_complete($1, $2, $3)",
      [userId, passwordOk, secondFactor],
    );
    const row = rows[0];
    if (!row) return { status: "invalid", sessionId: null, token: null, expiresAt: null };
    return { status: row.status, sessionId: row.session_id, token: row.token, expiresAt: row.expires_at };
  });
}

/** The signed-in user's hash, to check the old password; null when the session is not active. */
export async function passwordHashForSession(pool: pg.Pool, sessionId: string): Promise<string | null> {
  const { rows } = await pool.query<{ hash: string | null }>(
    "select app_private.password_hash_for_session($1) as hash",
    [sessionId],
  );
  return rows[0]?.hash ?? null;
}

/** The signed-in user's email (for the password-strength check); null when the session is not active. */
export async function emailForSession(pool: pg.Pool, sessionId: string): Promise<string | null> {
  const { rows } = await pool.query<{ email: string | null }>("select app_private.email_for_session($1) as email", [sessionId]);
  return rows[0]?.email ?? null;
}

/** The email a usable reset token belongs to (for the password-strength check), or null. */
export async function emailForResetToken(pool: pg.Pool, token: string): Promise<string | null> {
  const { rows } = await pool.query<{ email: string | null }>("select app_private.email_for_reset_token($1) as email", [token]);
  return rows[0]?.email ?? null;
}

/** Sets the hash, signs out the user's other sessions and tells them by email. */
export async function changePassword(pool: pg.Pool, facts: RequestFacts, sessionId: string, newHash: string): Promise<void> {
  await withRequestFacts(pool, facts, (client) =>
    client.query("select app_private.change_password($1, $2)", [sessionId, newHash]),
  );
}

/** Consumes a single-use reset token; false when it is unknown, used or expired. */
export async function resetPassword(pool: pg.Pool, facts: RequestFacts, token: string, newHash: string): Promise<boolean> {
  return withRequestFacts(pool, facts, async (client) => {
    const { rows } = await client.query<{ ok: boolean }>("select app_private.reset_password($1, $2) as ok", [token, newHash]);
    return rows[0]?.ok === true;
  });
}

/** For /health: can the authenticator reach the database? */
export async function databaseAnswers(pool: pg.Pool): Promise<boolean> {
  try {
    await pool.query("select 1");
    return true;
  } catch {
    return false;
  }
}
