// npm test — rebuilds the test database from nothing, then runs the pgTAP files and jest.
//
//   npm test                          everything
//   npm run test:sql [-- files...]    pgTAP only (optionally some db/tests files)
//   npm run test:jest [-- jest args]  jest only (e.g. a path pattern, -t name)
//   add --no-reset to reuse the test database as it is (quicker while iterating;
//   pgTAP and the support files are still (re)installed)
//
// The database: the embedded cluster by default (started and stopped here if no other
// process runs it), or DATABASE_URL + ROOT_DATABASE_URL (a superuser is needed to
// rebuild the test database). The test database is `<name>_test` (TEST_DATABASE_NAME).
//
// jest runs in a child process (this same Node, ESM mode) and finds the test database
// in these variables (read by tests/helpers/env.ts):
//   TEST_ROOT_DATABASE_URL   superuser, test database  (setup, acting as any role)
//   TEST_OWNER_DATABASE_URL  hp_owner, test database
//   TEST_AUTH_DATABASE_URL   hp_authenticator, test database (what the server and worker use)
import { spawn } from "node:child_process";
import path from "node:path";
import { databaseName, withDatabase } from "../db/tools/config.ts";
import { openDatabase, PROJECT_ROOT, resetDatabase } from "../db/tools/database.ts";
import { installPgTapIntoEmbedded } from "../db/tools/embedded.ts";
import { findTestFiles, PgTapMissingError, prepareTestDatabase, runPgTap } from "../db/tools/pgtap.ts";

type Only = "sql" | "jest" | undefined;

function parseArgs(argv: string[]): { only: Only; reset: boolean; rest: string[] } {
  let only: Only;
  let reset = true;
  const rest: string[] = [];
  for (const arg of argv) {
    if (arg === "--only=sql" || arg === "--only=jest") only = arg.slice("--only=".length) as Only;
    else if (arg === "--no-reset") reset = false;
    else rest.push(arg);
  }
  return { only, reset, rest };
}

function runJest(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const jest = path.join(PROJECT_ROOT, "node_modules/jest/bin/jest.js");
  const nodeOptions = [process.env.NODE_OPTIONS, "--experimental-vm-modules", "--disable-warning=ExperimentalWarning"]
    .filter(Boolean)
    .join(" ");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [jest, ...args], {
      cwd: PROJECT_ROOT,
      env: { ...env, NODE_OPTIONS: nodeOptions },
      stdio: ["ignore", "inherit", "inherit"],
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  const { only, reset, rest } = parseArgs(process.argv.slice(2));
  const embedded = !process.env.DATABASE_URL;
  if (embedded && !installPgTapIntoEmbedded()) {
    console.warn("pgTAP's files were not found under /usr/share/postgresql; the pgTAP step will fail.");
  }
  const cluster = await openDatabase();
  try {
    const { urls } = cluster;
    if (!urls.root) {
      throw new Error("Tests rebuild their own database: set ROOT_DATABASE_URL (a superuser) with DATABASE_URL.");
    }
    const testDatabase = databaseName(urls.testOwner);
    const rootTest = withDatabase(urls.root, testDatabase);

    if (reset) {
      console.log(`Rebuilding the test database ${testDatabase}...`);
      await resetDatabase(urls, "test");
    }
    await prepareTestDatabase(rootTest);

    let failed = false;
    if (only !== "jest") {
      const files = only === "sql" && rest.length > 0 ? rest.map((f) => path.resolve(f)) : findTestFiles();
      const summary = await runPgTap(rootTest, { files });
      failed ||= summary.failed > 0;
    }
    if (only !== "sql") {
      const code = await runJest(only === "jest" ? rest : [], {
        ...process.env,
        TEST_ROOT_DATABASE_URL: rootTest,
        TEST_OWNER_DATABASE_URL: urls.testOwner,
        TEST_AUTH_DATABASE_URL: urls.testAuth,
      });
      failed ||= code !== 0;
    }
    return failed ? 1 : 0;
  } finally {
    await cluster.stop();
  }
}

let exitCode: number;
try {
  exitCode = await main();
} catch (error) {
  console.error(error instanceof PgTapMissingError ? error.message : error);
  exitCode = 1;
}
process.exit(exitCode);
