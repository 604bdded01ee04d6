// Types shared by the server's middleware and plugins, and what they add to
// Express's request, express-session's data and the GraphQL context.
import "express-session";
import type pg from "pg";

/** An active database session, as app_private.session_touch / session_by_token return it. */
export interface CallerSession {
  sessionId: string;
  userId: string;
  /** The user's application role (users.role): patient, therapist or admin. */
  role: string;
}

/** Who is asking, as far as the server can tell; the database has the last word. */
export interface Caller {
  /** How the request identified itself: a Bearer token, the session cookie, or nothing. */
  via: "bearer" | "cookie" | null;
  session: CallerSession | null;
}

/** The request facts the database records (sessions, audit trail). */
export interface RequestFacts {
  requestId: string;
  ip: string;
  userAgent: string;
}

/** What the auth mutations need from the HTTP layer, without knowing Express. */
export interface AuthContext extends RequestFacts {
  /** The authenticator's own pool: app_private functions, never a switched role. */
  authPool: pg.Pool;
  caller: Caller;
  /** False when the session cookie would be Secure but the request did not come over HTTPS. */
  cookieSessionPossible: boolean;
  /** Binds the express-session cookie to a database session; returns the CSRF token. */
  startCookieSession(userSessionId: string, expiresAt: Date): Promise<string>;
  /** Forgets the express-session cookie (the database session is ended in SQL). */
  endCookieSession(): Promise<void>;
}

declare module "express-session" {
  interface SessionData {
    /** The app_public.user_sessions row this cookie stands for. */
    userSessionId: string;
    /** Must come back in the x-csrf-token header on cookie-authenticated writes. */
    csrfToken: string;
  }
}

declare global {
  namespace Express {
    interface Request {
      requestId: string;
      caller: Caller;
    }
  }
  namespace Grafast {
    interface Context {
      happyPath?: AuthContext;
    }
  }
}
