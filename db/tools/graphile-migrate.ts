// npm run gm -- <graphile-migrate arguments>
// Runs graphile-migrate against the database db/tools finds (the embedded cluster, or
// DATABASE_URL's server) with DATABASE_URL, SHADOW_DATABASE_URL and ROOT_DATABASE_URL
// set, e.g. `npm run gm -- commit --message "mood tracking"` or `npm run gm -- watch`.
import { migrateEnv } from "./config.ts";
import { graphileMigrate, openDatabase } from "./database.ts";

const cluster = await openDatabase();
try {
  graphileMigrate(process.argv.slice(2), migrateEnv(cluster.urls));
} finally {
  await cluster.stop();
}
