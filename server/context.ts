// grafast.context: what each GraphQL request runs with.
//
// pgSettings become `set_config(..., true)` in the request's transaction: the role
// to SET (hp_<role>, or hp_anonymous) and the happy_path.* settings that SQL reads
// (docs/authentication.md). `happyPath` gives the auth mutations what they need
// from the HTTP layer.
import type { Request, Response } from "express";
import type pg from "pg";
import { endCookieSession, startCookieSession } from "./middleware/cookieSession.ts";
import type { AuthContext, Caller, RequestFacts } from "./types.ts";

const DATABASE_ROLES: Record<string, string> = {
  patient: "hp_patient",
  therapist: "hp_therapist",
  admin: "hp_admin",
};

const USER_AGENT_MAX = 512;
/** No single statement of an API request may run longer than this. */
const STATEMENT_TIMEOUT = "15s";

export function requestFacts(req: Request): RequestFacts {
  return {
    requestId: req.requestId,
    // "::ffff:10.1.2.3" is how Node shows an IPv4 client on a dual-stack socket.
    ip: (req.ip ?? "").replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, ""),
    userAgent: (req.get("user-agent") ?? "").slice(0, USER_AGENT_MAX),
  };
}

export function pgSettingsFor(caller: Caller, facts: RequestFacts): Record<string, string> {
  const { session } = caller;
  const role = session ? DATABASE_ROLES[session.role] : undefined;
  if (session && !role) {
    // users.role has a value the server does not map: treat as anonymous, loudly.
    console.warn(`Session ${session.sessionId} has unmapped role '${session.role}'; acting as anonymous.`);
  }
  return {
    role: role ?? "hp_anonymous",
    "happy_path.session_id": session && role ? session.sessionId : "",
    "happy_path.ip_address": facts.ip,
    "happy_path.user_agent": facts.userAgent,
    "happy_path.request_id": facts.requestId,
    statement_timeout: STATEMENT_TIMEOUT,
  };
}

function authContext(authPool: pg.Pool, req: Request, res: Response, facts: RequestFacts): AuthContext {
  return {
    ...facts,
    authPool,
    caller: req.caller,
    cookieSessionPossible: req.secure || req.session?.cookie.secure !== true,
    startCookieSession: (userSessionId, expiresAt) => startCookieSession(req, res, userSessionId, expiresAt),
    endCookieSession: () => endCookieSession(req, res),
  };
}

export function makeGraphqlContext(authPool: pg.Pool) {
  return (requestContext: Partial<Grafast.RequestContext>): Partial<Grafast.Context> => {
    const http = requestContext.expressv4;
    if (!http) {
      // Not over HTTP (e.g. a test calling grafast directly): anonymous, no auth helpers.
      return { pgSettings: { role: "hp_anonymous", "happy_path.session_id": "" } };
    }
    const { req, res } = http;
    const facts = requestFacts(req);
    return {
      pgSettings: pgSettingsFor(req.caller, facts),
      happyPath: authContext(authPool, req, res, facts),
    };
  };
}
