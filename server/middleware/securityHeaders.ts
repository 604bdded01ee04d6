// A few response headers that cost nothing: no sniffing, no framing, no caching of
// personal data, no referrer. Production (an API only, no GraphiQL) also gets a
// strict content policy and HSTS.
import type { RequestHandler } from "express";

export function securityHeaders({ production }: { production: boolean }): RequestHandler {
  return (_req, res, next) => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Referrer-Policy", "no-referrer");
    res.setHeader("Cache-Control", "no-store");
    if (production) {
      res.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
      res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    next();
  };
}
