// The last two handlers: an unknown path is a JSON 404, and an error nobody
// handled is logged with the request id and answered as INTERNAL, without detail.
import type { ErrorRequestHandler, RequestHandler } from "express";
import { sendError } from "../errors.ts";

export function notFound(): RequestHandler {
  return (_req, res) => sendError(res, 404, "NOTFOUND", "There is nothing here.");
}

export function unhandledError(): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    console.error(`Unhandled error in request ${req.requestId ?? "?"}:`, error);
    if (res.headersSent) return next(error);
    sendError(res, 500, "INTERNAL", "An unexpected error occurred.");
  };
}
