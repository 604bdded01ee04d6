// The HTTP application, wired in the order a request meets it:
//
//   request id → security headers → /health → body (size limit) →
//   session cookie → who is asking (Bearer or cookie, checked by the database) →
//   CSRF check → request shape (POST, JSON, a query) → PostGraphile (/graphql, and
//   /graphiql outside production) →
//   404 → last-resort error handler
//
// Everything that decides who may see what happens in PostgreSQL; this file only
// tells the database who is asking.
import "./environment.ts";
import path from "node:path";
import { fileURLToPath } from "node:url";
import express from "express";
import { postgraphile } from "postgraphile";
import { grafserv } from "postgraphile/grafserv/express/v4";
import { createAuthPool } from "./authDatabase.ts";
import { sessionSecret } from "./config.ts";
import { makePreset } from "./graphile.config.ts";
import { body } from "./middleware/body.ts";
import { cookieSession } from "./middleware/cookieSession.ts";
import { requireCsrfToken } from "./middleware/csrf.ts";
import { notFound, unhandledError } from "./middleware/errors.ts";
import { codeEveryGraphQLError, graphqlRequestShape } from "./middleware/graphqlRequest.ts";
import { health } from "./middleware/health.ts";
import { requestId } from "./middleware/requestId.ts";
import { securityHeaders } from "./middleware/securityHeaders.ts";
import { resolveCaller } from "./middleware/session.ts";
import "./types.ts";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface AppOptions {
  /** hp_authenticator's connection string: the only one the server uses. */
  authDatabaseUrl: string;
  /** Accepted for symmetry with the worker and tests; the server never connects as the owner. */
  ownerDatabaseUrl?: string;
  production: boolean;
  /** Required in production; a random one per process otherwise. */
  sessionSecret?: string;
  /** Secure cookies (sent over HTTPS only); default: in production. Tests over plain HTTP may turn it off. */
  secureCookies?: boolean;
  /** Express's 'trust proxy' (see config.ts); default false. */
  trustProxy?: boolean | number | string;
  /** Where to write the sorted SDL; default schema.graphql at the repository root, never in production. */
  exportSchemaSDLPath?: string | null;
  /** Largest request body; default 100 kB. */
  maxRequestBytes?: number;
  /** Deepest selection-set nesting allowed; default 12. */
  maxQueryDepth?: number;
}

export interface App {
  app: express.Express;
  close(): Promise<void>;
}

export async function createApp(options: AppOptions): Promise<App> {
  const { production } = options;
  const secret = sessionSecret(options.sessionSecret, production);
  const maxRequestBytes = options.maxRequestBytes ?? 100_000;
  const exportSchemaSDLPath = production
    ? null
    : options.exportSchemaSDLPath === undefined
      ? path.join(PROJECT_ROOT, "schema.graphql")
      : options.exportSchemaSDLPath;

  const authPool = createAuthPool(options.authDatabaseUrl);
  const sessions = cookieSession({ pool: authPool, secret, secure: options.secureCookies ?? production });
  const preset = makePreset({
    authDatabaseUrl: options.authDatabaseUrl,
    authPool,
    production,
    exportSchemaSDLPath,
    maxRequestBytes,
    maxQueryDepth: options.maxQueryDepth ?? 12,
  });
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);

  async function close(): Promise<void> {
    sessions.close();
    await pgl.release();
    for (const service of preset.pgServices ?? []) await service.release?.();
    await authPool.end();
  }

  try {
    // Build the schema now (and write schema.graphql): a broken schema fails at start, not on first request.
    await pgl.getSchema();
  } catch (error) {
    await close();
    throw error;
  }

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", options.trustProxy ?? false);

  app.use(requestId());
  app.use(securityHeaders({ production }));
  app.get("/health", health(authPool));
  app.use(body({ limitBytes: maxRequestBytes }));
  app.use(sessions.middleware);
  app.use(resolveCaller(authPool));
  app.use(requireCsrfToken());
  app.use("/graphql", graphqlRequestShape(), codeEveryGraphQLError());
  await serv.addTo(app, null, false);
  app.use(notFound());
  app.use(unhandledError());

  return { app, close };
}
