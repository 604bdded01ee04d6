// Installs (or upgrades) graphile-worker's own schema, as the owner, and grants its
// use to hp_worker and hp_definer. Our migrations call graphile_worker.add_job, so it
// runs before them: as graphile-migrate's afterReset action on a new database (it
// passes the database in GM_DBURL), and at the start of every migrate.
import { installWorkerSchema } from "./database.ts";

const url = process.env.GM_DBURL ?? process.env.DATABASE_URL;
if (!url) throw new Error("GM_DBURL or DATABASE_URL must name the database.");
await installWorkerSchema(url);
