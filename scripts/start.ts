// npm start — the whole platform in one process, for development and evaluation:
//
//   1. the database: DATABASE_URL's server, or the embedded cluster under .data/
//      (created on first run, kept between runs);
//   2. a new database is built from nothing (roles, extensions, migrations,
//      reference data); an existing one is migrated, and its data is kept;
//   3. the API server (PORT, default 3000) and the worker, side by side.
//
// In production run the pieces separately: `npm run db:migrate` once per deploy, then
// `npm run server` and `npm run worker` as their own processes (docker-compose.yml).
import "../server/environment.ts";
import { databaseExists, migrateDatabase, openDatabase, resetDatabase } from "../db/tools/database.ts";
import { createApp } from "../server/app.ts";
import { isProduction, port, trustProxy } from "../server/config.ts";
import { startWorker } from "../worker/runner.ts";

const production = isProduction();
const log = (line: string) => console.log(line);

const cluster = await openDatabase(process.env.DEBUG_EMBEDDED_PG ? log : undefined);
const { urls } = cluster;

try {
  if (!(await databaseExists(urls, urls.owner))) {
    console.log("No database yet: building it from nothing.");
    await resetDatabase(urls, "app");
  } else {
    await migrateDatabase(urls, { includeCurrent: !production });
  }
} catch (error) {
  console.error(`The database could not be prepared: ${error instanceof Error ? error.message : String(error)}`);
  await cluster.stop();
  process.exit(1);
}

const api = await createApp({
  authDatabaseUrl: urls.auth,
  production,
  sessionSecret: process.env.SESSION_SECRET,
  trustProxy: trustProxy(process.env.TRUST_PROXY),
});
const worker = await startWorker({ authDatabaseUrl: urls.auth });
const server = api.app.listen(port(), () => {
  const base = `http://localhost:${port()}`;
  console.log(`Happy Path is running.`);
  console.log(`  GraphQL:  ${base}/graphql`);
  if (!production) console.log(`  GraphiQL: ${base}/graphiql`);
  console.log(`  Health:   ${base}/health`);
  if (!process.env.DATABASE_URL) console.log(`  Database: embedded PostgreSQL on port ${new URL(urls.owner).port} (data in .data/)`);
});

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: shutting down`);
  server.close();
  await Promise.allSettled([worker.stop(), api.close()]);
  await cluster.stop();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
