// The browser's session cookie (hp.sid), kept by express-session in
// app_private.connect_sessions through the authenticator's pool. The cookie only
// says which database session it stands for (userSessionId) and holds the CSRF
// token; whether that session is still valid is the database's call, on every
// request (see session.ts).
import { randomBytes } from "node:crypto";
import type { Request, RequestHandler, Response } from "express";
import session from "express-session";
import connectPgSimple from "connect-pg-simple";
import type pg from "pg";

export const SESSION_COOKIE = "hp.sid";
/** Readable by the page's script, which echoes it in the x-csrf-token header. */
export const CSRF_COOKIE = "hp.csrf";

export interface CookieSession {
  middleware: RequestHandler;
  /** Stops the store's pruning timer (the pool is the caller's to end). */
  close(): void;
}

export function cookieSession(options: { pool: pg.Pool; secret: string; secure: boolean }): CookieSession {
  const PgStore = connectPgSimple(session);
  const store = new PgStore({
    pool: options.pool,
    schemaName: "app_private",
    tableName: "connect_sessions",
    createTableIfMissing: false,
    // The database session decides expiry; no write per request to extend the cookie's row.
    disableTouch: true,
    errorLog: (...args: unknown[]) => console.error("Session store:", ...args),
  });
  const middleware = session({
    name: SESSION_COOKIE,
    secret: options.secret,
    store,
    resave: false,
    saveUninitialized: false,
    rolling: false,
    cookie: { httpOnly: true, sameSite: "lax", secure: options.secure, path: "/" },
  });
  return { middleware, close: () => void store.close() };
}

function promisify(fn: (callback: (error: unknown) => void) => void): Promise<void> {
  return new Promise((resolve, reject) => fn((error) => (error ? reject(error) : resolve())));
}

/**
 * After a successful cookie-mode login: a fresh express session (so a planted
 * cookie cannot be promoted), bound to the database session, with a new CSRF token
 * that also goes out as a readable cookie. Both cookies expire with the session.
 */
export async function startCookieSession(
  req: Request,
  res: Response,
  userSessionId: string,
  expiresAt: Date,
): Promise<string> {
  await promisify((done) => req.session.regenerate(done));
  const csrfToken = randomBytes(32).toString("base64url");
  req.session.userSessionId = userSessionId;
  req.session.csrfToken = csrfToken;
  req.session.cookie.expires = expiresAt;
  res.cookie(CSRF_COOKIE, csrfToken, {
    httpOnly: false,
    sameSite: "lax",
    secure: req.session.cookie.secure === true,
    path: "/",
    expires: expiresAt,
  });
  return csrfToken;
}

/** Forgets the cookie session: the store's row goes, and both cookies are cleared. */
export async function endCookieSession(req: Request, res: Response): Promise<void> {
  const secure = req.session?.cookie.secure === true;
  if (req.session) await promisify((done) => req.session.destroy(done));
  // Cleared with the attributes they were set with, or some clients keep them.
  res.clearCookie(SESSION_COOKIE, { path: "/", httpOnly: true, sameSite: "lax", secure });
  res.clearCookie(CSRF_COOKIE, { path: "/", sameSite: "lax", secure });
}
