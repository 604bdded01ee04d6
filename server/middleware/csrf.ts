// A request that acts through the session cookie and may change something must
// prove it comes from our own page: the x-csrf-token header must equal the token
// stored in the session at login (the page reads it from the hp.csrf cookie).
// Bearer requests need none: a browser never attaches a Bearer token by itself.
// Refused with 403 CSRF before anything is executed.
import { timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";
import { sendError } from "../errors.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function sameToken(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function requireCsrfToken(): RequestHandler {
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method) || req.caller.via !== "cookie") return next();
    const expected = req.session?.csrfToken;
    const given = req.get("x-csrf-token");
    if (expected && given && sameToken(expected, given)) return next();
    sendError(res, 403, "CSRF", "The x-csrf-token header is missing or wrong.");
  };
}
