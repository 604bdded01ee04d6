// Opening the database, building it, and migrating it: the steps every command shares.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { runMigrations } from "graphile-worker";
import { credentials, databaseName, migrateEnv, urlsFrom, type DatabaseUrls } from "./config.ts";
import { PROJECT_ROOT, startEmbedded, type RunningCluster } from "./embedded.ts";

export { PROJECT_ROOT };

/** The configured server (DATABASE_URL), or the embedded cluster. */
export async function openDatabase(log: (line: string) => void = () => undefined): Promise<RunningCluster> {
  if (process.env.DATABASE_URL) {
    return {
      urls: urlsFrom({
        DATABASE_URL: process.env.DATABASE_URL,
        ROOT_DATABASE_URL: process.env.ROOT_DATABASE_URL,
        AUTH_DATABASE_URL: process.env.AUTH_DATABASE_URL,
        SHADOW_DATABASE_URL: process.env.SHADOW_DATABASE_URL,
        TEST_DATABASE_NAME: process.env.TEST_DATABASE_NAME,
      }),
      stop: async () => undefined,
    };
  }
  return startEmbedded(log);
}

export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function sqlFile(relative: string): string {
  return readFileSync(path.join(PROJECT_ROOT, relative), "utf8");
}

export function graphileMigrate(args: string[], env: NodeJS.ProcessEnv): void {
  const cli = path.join(PROJECT_ROOT, "node_modules/graphile-migrate/dist/cli.js");
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: PROJECT_ROOT, env, stdio: "inherit" });
  if (result.status !== 0) {
    throw new Error(`graphile-migrate ${args.join(" ")} failed`);
  }
}

/** Creates the cluster roles (idempotent). Needs the superuser connection. */
export async function createRoles(urls: DatabaseUrls): Promise<void> {
  if (!urls.root) throw new Error("ROOT_DATABASE_URL is needed to create roles and databases.");
  await withClient(urls.root, async (client) => {
    await client.query("select set_config('happy_path.owner_password', $1, false)", [credentials(urls.owner).password]);
    await client.query("select set_config('happy_path.authenticator_password', $1, false)", [
      credentials(urls.auth).password,
    ]);
    await client.query(sqlFile("db/bootstrap/roles.sql"));
  });
}

export async function databaseExists(urls: DatabaseUrls, url: string): Promise<boolean> {
  if (!urls.root) return true;
  return withClient(urls.root, async (client) => {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [databaseName(url)]);
    return rowCount === 1;
  });
}

/**
 * graphile-worker's own schema, and our grants on it (db/bootstrap/worker-privileges.sql).
 * Idempotent. Runs before our migrations, which queue jobs with graphile_worker.add_job.
 */
export async function installWorkerSchema(ownerUrl: string): Promise<void> {
  await runMigrations({ connectionString: ownerUrl });
  await withClient(ownerUrl, (client) => client.query(sqlFile("db/bootstrap/worker-privileges.sql")));
}

/** What every migrate is followed by: the reference data (idempotent). */
export async function afterMigrations(ownerUrl: string): Promise<void> {
  await withClient(ownerUrl, (client) => loadReferenceData(client));
}

/**
 * Loads db/reference/*.sql in one transaction. Reference tables are guarded by forced
 * RLS like every other table, so the loader acts as hp_definer (the owner may switch
 * to it; it bypasses RLS) rather than adding write policies for the owner everywhere.
 */
export async function loadReferenceData(client: pg.Client): Promise<void> {
  const dir = path.join(PROJECT_ROOT, "db/reference");
  await client.query("begin");
  try {
    await client.query("set local role hp_definer");
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".sql")).sort()) {
      await client.query(readFileSync(path.join(dir, file), "utf8"));
    }
    await client.query("commit");
  } catch (error) {
    await client.query("rollback");
    throw error;
  }
}

/** Drops and rebuilds a database from nothing: roles, extensions, migrations, current.sql. */
export async function resetDatabase(urls: DatabaseUrls, target: "app" | "test"): Promise<void> {
  await createRoles(urls);
  const env = migrateEnv(urls, target);
  graphileMigrate(["reset", "--erase"], env);
  graphileMigrate(["watch", "--once"], env);
  await afterMigrations(env.DATABASE_URL!);
}

/** Applies committed migrations (and, outside production, the working current.sql). */
export async function migrateDatabase(urls: DatabaseUrls, { includeCurrent }: { includeCurrent: boolean }): Promise<void> {
  const env = migrateEnv(urls, "app");
  // Roles are cluster-wide and idempotent: where we have a superuser (development,
  // the embedded cluster), make sure a role a new migration names exists.
  if (urls.root) await createRoles(urls);
  await installWorkerSchema(urls.owner);
  graphileMigrate(["migrate"], env);
  if (includeCurrent) graphileMigrate(["watch", "--once"], env);
  await afterMigrations(urls.owner);
}

/**
 * Writes db/schema.sql, the dump reviewers read. Needs a pg_dump of the server's major
 * version; where there is none, says so and leaves the committed file alone.
 */
export function dumpSchema(ownerUrl: string): boolean {
  const target = path.join(PROJECT_ROOT, "db/schema.sql");
  let dump: string;
  try {
    dump = execFileSync(
      "pg_dump",
      ["--schema-only", "--exclude-schema=graphile_migrate", "--exclude-schema=graphile_worker", ownerUrl],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
  } catch (error) {
    console.warn(`db/schema.sql not refreshed: pg_dump failed or is missing (${(error as Error).message.split("\n")[0]}).`);
    return false;
  }
  const cleaned = dump
    .split("\n")
    .filter((line) => !/^\\(un)?restrict /.test(line) && !/^-- Dumped (from|by) /.test(line))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n");
  if (!existsSync(target) || readFileSync(target, "utf8") !== cleaned) writeFileSync(target, cleaned);
  return true;
}
