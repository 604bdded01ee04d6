// npm run db:reset — drops the application database and builds it from nothing:
// roles, extensions, every migration, the working current.sql, reference data, and
// a fresh db/schema.sql. Needs ROOT_DATABASE_URL (set for you in embedded mode).
import { dumpSchema, openDatabase, resetDatabase } from "./database.ts";

const cluster = await openDatabase();
try {
  await resetDatabase(cluster.urls, "app");
  dumpSchema(cluster.urls.owner);
  console.log("Database rebuilt.");
} finally {
  await cluster.stop();
}
