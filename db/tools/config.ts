// Where the database is, and who connects to it.
//
// Two modes, chosen by the environment:
// - DATABASE_URL set: an existing PostgreSQL server. DATABASE_URL is the owner's
//   connection to the application database (migrations run as the owner);
//   ROOT_DATABASE_URL is a superuser connection used only to create the database,
//   roles and extensions (db:reset, tests); AUTH_DATABASE_URL is the authenticator's
//   connection that the server and worker use.
// - DATABASE_URL unset: an embedded PostgreSQL cluster kept under .data/ in the
//   project, on a non-default port, with generated passwords (see embedded.ts).
import { createHmac } from "node:crypto";

export const ROLES = {
  owner: "hp_owner",
  authenticator: "hp_authenticator",
} as const;

export interface DatabaseUrls {
  /** Superuser connection to a maintenance database; undefined in production. */
  root: string | undefined;
  /** The schema owner's connection to the application database (migrations). */
  owner: string;
  /** The authenticator's connection (server and worker, never a superuser). */
  auth: string;
  /** graphile-migrate's scratch database for `commit`. */
  shadow: string;
  /** The owner's connection to the database `npm test` rebuilds from nothing. */
  testOwner: string;
  /** The authenticator's connection to the test database. */
  testAuth: string;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = "/" + database;
  return u.toString();
}

export function withCredentials(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  return u.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

export function credentials(url: string): { user: string; password: string } {
  const u = new URL(url);
  return { user: decodeURIComponent(u.username), password: decodeURIComponent(u.password) };
}

/**
 * The authenticator's password when AUTH_DATABASE_URL is not given: derived from the
 * owner's password, so a development setup needs only DATABASE_URL. Production sets
 * AUTH_DATABASE_URL with a password of its own.
 */
export function derivedAuthenticatorPassword(ownerPassword: string): string {
  return createHmac("sha256", ownerPassword).update("hp_authenticator").digest("base64url");
}

/** Builds every connection string from the owner's URL (and the optional overrides). */
export function urlsFrom(env: {
  DATABASE_URL: string;
  ROOT_DATABASE_URL?: string | undefined;
  AUTH_DATABASE_URL?: string | undefined;
  SHADOW_DATABASE_URL?: string | undefined;
  TEST_DATABASE_NAME?: string | undefined;
}): DatabaseUrls {
  const owner = env.DATABASE_URL;
  const name = databaseName(owner);
  const auth =
    env.AUTH_DATABASE_URL ??
    withCredentials(owner, ROLES.authenticator, derivedAuthenticatorPassword(credentials(owner).password));
  const testName = env.TEST_DATABASE_NAME ?? `${name}_test`;
  return {
    root: env.ROOT_DATABASE_URL,
    owner,
    auth,
    shadow: env.SHADOW_DATABASE_URL ?? withDatabase(owner, `${name}_shadow`),
    testOwner: withDatabase(owner, testName),
    testAuth: withDatabase(auth, testName),
  };
}

/** The environment that graphile-migrate and child processes read. */
export function migrateEnv(urls: DatabaseUrls, target: "app" | "test" = "app"): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HP_NODE: process.execPath,
    DATABASE_URL: target === "app" ? urls.owner : urls.testOwner,
    AUTH_DATABASE_URL: target === "app" ? urls.auth : urls.testAuth,
    SHADOW_DATABASE_URL: urls.shadow,
    ...(urls.root ? { ROOT_DATABASE_URL: urls.root } : {}),
  };
}
