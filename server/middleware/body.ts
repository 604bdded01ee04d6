// Reads request bodies, with a size limit, before anything touches the database.
// An oversized body is refused with 413 TOOBIG, malformed JSON with 400 BADJSON:
// in both cases nothing is executed.
import express, { type ErrorRequestHandler } from "express";
import { sendError } from "../errors.ts";

export function body({ limitBytes }: { limitBytes: number }): express.Router {
  const router = express.Router();
  router.use(express.json({ limit: limitBytes, type: "application/json" }));
  router.use(express.text({ limit: limitBytes, type: "application/graphql" }));
  const refuse: ErrorRequestHandler = (error: { type?: string }, _req, res, next) => {
    if (error.type === "entity.too.large") {
      sendError(res, 413, "TOOBIG", `The request body is larger than ${limitBytes} bytes.`);
    } else if (error.type === "entity.parse.failed") {
      sendError(res, 400, "BADJSON", "The request body is not valid JSON.");
    } else {
      next(error);
    }
  };
  router.use(refuse);
  return router;
}
