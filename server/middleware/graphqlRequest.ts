// The shape of a GraphQL request, checked before grafserv sees it, so that every
// refusal carries a code (docs/errors.md): POST only (405 METHOD), a JSON or
// application/graphql body (415 MEDIA), and a query string (400 BADQUERY).
import type { RequestHandler } from "express";
import { sendError } from "../errors.ts";

export function graphqlRequestShape(): RequestHandler {
  return (req, res, next) => {
    if (req.method !== "POST") {
      res.setHeader("Allow", "POST");
      sendError(res, 405, "METHOD", "Send GraphQL requests with POST.");
    } else if (!req.is(["application/json", "application/graphql"])) {
      sendError(res, 415, "MEDIA", "Send GraphQL requests as application/json.");
    } else if (req.is("application/json") && typeof (req.body as { query?: unknown } | undefined)?.query !== "string") {
      sendError(res, 400, "BADQUERY", "The request has no query.");
    } else {
      next();
    }
  };
}

/**
 * grafserv answers a document that does not parse or validate (unknown field, syntax
 * error, wrong variable type) without calling our maskError, so those errors would
 * reach the client without a code. This gives each of them BADQUERY on the way out.
 * It rewrites a body only when it holds an error without a code.
 */
export function codeEveryGraphQLError(): RequestHandler {
  return (_req, res, next) => {
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => typeof res;
    const end = res.end.bind(res) as (...args: unknown[]) => typeof res;
    let pending: unknown[] | null = null;
    res.writeHead = ((...args: unknown[]) => {
      pending = args; // held until end(), when we know whether the body changes
      return res;
    }) as typeof res.writeHead;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      let body = chunk;
      if (typeof chunk === "string" || Buffer.isBuffer(chunk)) {
        const text = chunk.toString();
        if (text.includes('"errors"')) {
          try {
            const parsed = JSON.parse(text) as { errors?: { extensions?: Record<string, unknown> }[] };
            const uncoded = (parsed.errors ?? []).filter((e) => typeof e.extensions?.code !== "string");
            for (const error of uncoded) error.extensions = { ...error.extensions, code: "BADQUERY" };
            if (uncoded.length > 0) body = JSON.stringify(parsed);
          } catch {
            // Not JSON: leave it alone.
          }
        }
      }
      if (pending) {
        const [status, ...headerArgs] = pending;
        const headers = headerArgs.find((a) => typeof a === "object" && a !== null) as Record<string, unknown> | undefined;
        if (headers && body !== chunk) {
          for (const key of Object.keys(headers)) if (key.toLowerCase() === "content-length") delete headers[key];
        }
        writeHead(status, ...headerArgs);
      }
      return end(body, ...rest);
    }) as typeof res.end;
    next();
  };
}
