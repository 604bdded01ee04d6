// Gives every request a random id: sent back as X-Request-Id, and handed to the
// database (happy_path.request_id) so a log line and an audit row can be matched.
import { randomUUID } from "node:crypto";
import type { RequestHandler } from "express";

export function requestId(): RequestHandler {
  return (req, res, next) => {
    req.requestId = randomUUID();
    res.setHeader("X-Request-Id", req.requestId);
    next();
  };
}
