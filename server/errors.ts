// Every failure a client sees carries a short, stable code in `extensions.code`
// (listed in docs/errors.md). Our SQL raises its own five-letter SQLSTATEs
// ('CREDS', 'WEAKP', ...), which pass through with their message; standard
// PostgreSQL errors are mapped to a few generic codes; anything else is INTERNAL
// and logged here. In production no SQL, constraint name or stack reaches the client.
import "./environment.ts";
import { randomUUID } from "node:crypto";
import type { Response } from "express";
import { isSafeError, SafeError } from "postgraphile/grafast";
import { GraphQLError } from "postgraphile/graphql";

/** An error whose message is written for the client. Thrown by our plans. */
export function apiError(code: string, message: string): SafeError {
  return new SafeError(message, { code });
}

interface Described {
  code: string;
  message: string;
  /** Extra detail for developers; only sent outside production. */
  detail?: Record<string, unknown>;
}

const STANDARD_SQLSTATES: Record<string, { code: string; message: string }> = {
  "23505": { code: "NUNIQ", message: "That value is already in use." },
  "23514": { code: "INVALID", message: "A value is not valid." },
  "23502": { code: "INVALID", message: "A required value is missing." },
  "22001": { code: "INVALID", message: "A value is too long." },
  "22003": { code: "INVALID", message: "A number is out of range." },
  "22007": { code: "INVALID", message: "A date or time is not valid." },
  "22008": { code: "INVALID", message: "A date or time is out of range." },
  "22P02": { code: "INVALID", message: "A value has the wrong format." },
  "22023": { code: "INVALID", message: "A value is not valid." },
  "42501": { code: "DENIED", message: "You are not allowed to do that." },
  "23503": { code: "NOREF", message: "That refers to something that does not exist." },
  P0002: { code: "NTFND", message: "Not found." },
  "40001": { code: "RETRY", message: "The request conflicted with another one; please try again." },
  "40P01": { code: "RETRY", message: "The request conflicted with another one; please try again." },
};

/** Our own codes are five capital letters; every standard SQLSTATE contains a digit. */
const OWN_SQLSTATE = /^[A-Z]{5}$/;

interface PgErrorLike extends Error {
  code: string;
  severity: string;
  detail?: string;
  hint?: string;
  constraint?: string;
  table?: string;
  column?: string;
}

function isPgError(error: unknown): error is PgErrorLike {
  return (
    error instanceof Error &&
    typeof (error as Partial<PgErrorLike>).code === "string" &&
    typeof (error as Partial<PgErrorLike>).severity === "string"
  );
}

/** PostGraphile's own words when an update or delete matched no row the caller may touch. */
const NOTHING_MATCHED = /^No values were (updated|deleted) in collection/;

export function describeError(error: unknown): Described {
  if (error instanceof Error && isSafeError(error)) {
    const code = (error.extensions as { code?: unknown } | undefined)?.code;
    return { code: typeof code === "string" ? code : "INVALID", message: error.message };
  }
  if (isPgError(error)) {
    const detail = {
      sqlState: error.code,
      sqlMessage: error.message,
      detail: error.detail,
      hint: error.hint,
      constraint: error.constraint,
      table: error.table,
      column: error.column,
    };
    if (OWN_SQLSTATE.test(error.code)) return { code: error.code, message: error.message, detail };
    const known = STANDARD_SQLSTATES[error.code];
    if (known) return { ...known, detail };
    return { code: "INTERNAL", message: "An unexpected error occurred.", detail };
  }
  if (error instanceof Error && NOTHING_MATCHED.test(error.message)) {
    return { code: "NTFND", message: "Not found, or not yours to change." };
  }
  return { code: "INTERNAL", message: "An unexpected error occurred." };
}

/** grafserv's `maskError`: rewrites each GraphQL error into our code and message. */
export function makeMaskError(production: boolean): (error: GraphQLError) => GraphQLError {
  return (error) => {
    const original = error.originalError;
    // Parse, validation and variable errors: the client's document is wrong.
    if (!original) {
      if (error.extensions?.code) return error;
      return new GraphQLError(error.message, {
        nodes: error.nodes,
        source: error.source,
        positions: error.positions,
        path: error.path,
        extensions: { ...error.extensions, code: "BADQUERY" },
      });
    }
    // Errors we built as GraphQL errors already.
    if (original instanceof GraphQLError) return error;
    const described = describeError(original);
    const extensions: Record<string, unknown> = { code: described.code };
    if (described.code === "INTERNAL") {
      const errorId = randomUUID();
      extensions.errorId = errorId;
      console.error(`Internal error ${errorId} at ${error.path?.join(".") ?? "?"}:`, original);
    }
    if (!production) {
      if (described.detail) Object.assign(extensions, described.detail);
      if (described.code === "INTERNAL") extensions.devMessage = original.message;
    }
    return new GraphQLError(described.message, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      originalError: original,
      extensions,
    });
  };
}

/** The same error shape for failures outside GraphQL (CSRF, bad token, body too big...). */
export function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}
