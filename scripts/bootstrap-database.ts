// node scripts/bootstrap-database.ts — the production path's first step, run once per
// deploy before `db/tools/migrate.ts` (docker-compose's `migrate` service runs both).
//
// graphile-migrate's plain `migrate` never runs afterReset, so on a real server the
// cluster roles, the database and its extensions must be made some other way: this
// does it, as the superuser, idempotently:
//   1. db/bootstrap/roles.sql  (passwords taken from DATABASE_URL and AUTH_DATABASE_URL)
//   2. CREATE DATABASE <name> OWNER hp_owner, if missing
//   3. db/bootstrap/database.sql in that database (extensions, default privileges)
//
// Needs DATABASE_URL (owner), AUTH_DATABASE_URL (authenticator) and ROOT_DATABASE_URL
// (a superuser). Passwords in these URLs must be URL-encoded.
import { readFileSync } from "node:fs";
import path from "node:path";
import { databaseName, urlsFrom, withDatabase } from "../db/tools/config.ts";
import { createRoles, databaseExists, PROJECT_ROOT, withClient } from "../db/tools/database.ts";

const { DATABASE_URL, ROOT_DATABASE_URL, AUTH_DATABASE_URL } = process.env;
if (!DATABASE_URL || !ROOT_DATABASE_URL || !AUTH_DATABASE_URL) {
  console.error("DATABASE_URL, AUTH_DATABASE_URL and ROOT_DATABASE_URL must all be set.");
  process.exit(1);
}
const urls = urlsFrom({ DATABASE_URL, ROOT_DATABASE_URL, AUTH_DATABASE_URL });
const root = ROOT_DATABASE_URL;
const name = databaseName(urls.owner);

try {
  await createRoles(urls);
  console.log("Roles are in place.");
  if (!(await databaseExists(urls, urls.owner))) {
    await withClient(root, (client) =>
      client.query(`create database ${client.escapeIdentifier(name)} owner hp_owner encoding 'UTF8'`),
    );
    console.log(`Created database ${name}.`);
  }
  const databaseSql = readFileSync(path.join(PROJECT_ROOT, "db/bootstrap/database.sql"), "utf8");
  await withClient(withDatabase(root, name), (client) => client.query(databaseSql));
  console.log(`Database ${name} bootstrapped (extensions, default privileges).`);
} catch (error) {
  console.error(error);
  process.exit(1);
}
process.exit(0);
