// npm run db:migrate — the production path: applies committed migrations only, then
// graphile-worker's schema, its grants, and the reference data. The roles and
// extensions must exist beforehand (db/bootstrap/*.sql, run once by a DBA).
import { migrateDatabase, openDatabase } from "./database.ts";

const cluster = await openDatabase();
try {
  await migrateDatabase(cluster.urls, { includeCurrent: false });
  console.log("Migrations applied.");
} finally {
  await cluster.stop();
}
