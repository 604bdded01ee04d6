// Who is asking: turns a Bearer token or the session cookie into a database
// session, through the authenticator's own pool, before any GraphQL runs.
//
// - `Authorization: Bearer <token>`: app_private.session_by_token. A header that is
//   malformed, or a token that is unknown, expired or revoked, is refused with 401
//   BADTOKEN: a client that sends a token expects to act as someone.
// - otherwise the cookie's userSessionId: app_private.session_touch. A session the
//   database no longer accepts makes the request anonymous and the cookie is dropped.
// - otherwise anonymous.
import type { RequestHandler } from "express";
import type pg from "pg";
import { sessionByToken, sessionTouch } from "../authDatabase.ts";
import { sendError } from "../errors.ts";
import { endCookieSession } from "./cookieSession.ts";

const BEARER = /^Bearer +([\x21-\x7e]{1,512})$/i;

export function resolveCaller(pool: pg.Pool): RequestHandler {
  return async (req, res, next) => {
    const authorization = req.get("authorization");
    if (authorization !== undefined) {
      const token = BEARER.exec(authorization.trim())?.[1];
      const session = token ? await sessionByToken(pool, token) : null;
      if (!session) {
        res.setHeader("WWW-Authenticate", 'Bearer error="invalid_token"');
        return sendError(res, 401, "BADTOKEN", "The access token is not valid, or it has expired.");
      }
      req.caller = { via: "bearer", session };
      return next();
    }
    const userSessionId = req.session?.userSessionId;
    if (userSessionId) {
      const session = await sessionTouch(pool, userSessionId);
      if (session) {
        req.caller = { via: "cookie", session };
        return next();
      }
      await endCookieSession(req, res);
    }
    req.caller = { via: null, session: null };
    next();
  };
}
