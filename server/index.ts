// node server/index.ts — runs the API on PORT (default 3000) against the database
// db/tools finds: DATABASE_URL's server when set, otherwise the embedded cluster.
import "./environment.ts";
import { openDatabase } from "../db/tools/database.ts";
import { createApp } from "./app.ts";
import { isProduction, port, trustProxy } from "./config.ts";

const production = isProduction();
const cluster = await openDatabase((line) => console.log(line));
const { app, close } = await createApp({
  authDatabaseUrl: cluster.urls.auth,
  ownerDatabaseUrl: cluster.urls.owner,
  production,
  sessionSecret: process.env.SESSION_SECRET,
  trustProxy: trustProxy(process.env.TRUST_PROXY),
}).catch(async (error: unknown) => {
  console.error(`The server did not start: ${error instanceof Error ? error.message : String(error)}`);
  await cluster.stop();
  process.exit(1);
});

const server = app.listen(port(), () => {
  const base = `http://localhost:${port()}`;
  console.log(`Happy Path API on ${base}/graphql`);
  if (!production) console.log(`GraphiQL: ${base}/graphiql`);
});

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: shutting down`);
  server.close();
  await close();
  await cluster.stop();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
