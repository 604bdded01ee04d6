// GET /health: 200 when the authenticator can reach the database, 503 otherwise.
import type { RequestHandler } from "express";
import type pg from "pg";
import { databaseAnswers } from "../authDatabase.ts";

export function health(pool: pg.Pool): RequestHandler {
  return async (_req, res) => {
    const ok = await databaseAnswers(pool);
    res.status(ok ? 200 : 503).json({ status: ok ? "ok" : "unavailable" });
  };
}
