// npm run worker — the background worker on its own (npm start runs it beside the
// server). Uses the embedded cluster unless DATABASE_URL is set; in production set
// DATABASE_URL and AUTH_DATABASE_URL (the worker only ever uses the latter).
import { openDatabase } from "../db/tools/database.ts";
import { startWorker, type RunningWorker } from "./runner.ts";

const cluster = await openDatabase((line) => console.log(`[postgres] ${line}`));
let worker: RunningWorker;
try {
  worker = await startWorker({ authDatabaseUrl: cluster.urls.auth });
} catch (error) {
  await cluster.stop();
  throw error;
}
console.log("Worker started.");
let stopping = false;

// On SIGINT/SIGTERM: finish the jobs in hand (so none stays locked), stop the cluster
// if we started it, then exit. A second signal exits at once.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`${signal}: finishing the jobs in hand (again to exit at once)...`);
    void worker.stop();
  });
}

let exitCode = 0;
try {
  await worker.done;
} catch {
  exitCode = 1;
} finally {
  await cluster.stop();
}
process.exit(exitCode);
