// npm run worker — the background worker on its own (npm start runs it beside the
// server). Uses the embedded cluster unless DATABASE_URL is set; in production set
// DATABASE_URL and AUTH_DATABASE_URL (the worker only ever uses the latter).
import { openDatabase } from "../db/tools/database.ts";
import { startWorker } from "./runner.ts";

const cluster = await openDatabase((line) => console.log(`[postgres] ${line}`));
let worker;
try {
  worker = await startWorker({ authDatabaseUrl: cluster.urls.auth });
} catch (error) {
  await cluster.stop();
  throw error;
}
const running = worker;
console.log("Worker started.");

let shuttingDown = false;
async function shutDown(signal: string): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  console.log(`${signal}: finishing the jobs in hand...`);
  try {
    await running.stop();
  } finally {
    await cluster.stop();
  }
}
process.once("SIGINT", () => void shutDown("SIGINT"));
process.once("SIGTERM", () => void shutDown("SIGTERM"));

try {
  await running.done;
} catch {
  process.exitCode = 1;
  await cluster.stop();
}
