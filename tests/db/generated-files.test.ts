// The generated files committed for review must match the database they describe:
// schema.graphql (the API PostGraphile builds from app_public) and docs/policies.md
// (the policy report built from the catalog). Both are rebuilt here from the test
// database, which npm test has just built from the migrations.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { buildPolicyReport } from "../../db/tools/policy-report.ts";
import { createApp } from "../../server/app.ts";
import { testDatabase } from "../helpers/env.ts";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Fails with the fix in the message, and shows the first differing line rather than two huge strings. */
function expectSameFile(committedPath: string, generated: string, fix: string): void {
  const committed = readFileSync(path.join(PROJECT_ROOT, committedPath), "utf8");
  if (committed === generated) return;
  const a = committed.split("\n");
  const b = generated.split("\n");
  let line = 0;
  while (line < Math.max(a.length, b.length) && a[line] === b[line]) line++;
  throw new Error(
    `${committedPath} is stale: ${fix}.\n` +
      `First difference at line ${line + 1}:\n  committed: ${JSON.stringify(a[line] ?? "<end of file>")}\n` +
      `  generated: ${JSON.stringify(b[line] ?? "<end of file>")}`,
  );
}

async function waitForFile(file: string, ms = 10_000): Promise<string> {
  const deadline = Date.now() + ms;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`${file} was not written within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return readFileSync(file, "utf8");
}

describe("generated files are up to date", () => {
  test("schema.graphql is what the server builds from the database", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "happy-path-schema-"));
    const exportPath = path.join(dir, "schema.graphql");
    // The same preset as `npm start`, writing its sorted SDL to a scratch file.
    const { close } = await createApp({ authDatabaseUrl: testDatabase.auth, production: false, exportSchemaSDLPath: exportPath });
    try {
      const generated = await waitForFile(exportPath);
      expect(generated).toMatch(/^type Query implements Node/m);
      expectSameFile("schema.graphql", generated, "run npm start (or npm run schema:export) and commit schema.graphql");
    } finally {
      await close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("docs/policies.md is the policy report of the database", async () => {
    const client = new pg.Client({ connectionString: testDatabase.owner });
    await client.connect();
    try {
      const report = await buildPolicyReport(client);
      expect(report).toMatch(/^# Policy report/);
      expectSameFile("docs/policies.md", report, "run npm run report:policies");
    } finally {
      await client.end();
    }
  });
});
