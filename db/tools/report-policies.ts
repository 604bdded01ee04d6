// npm run report:policies — regenerates docs/policies.md from the application database.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { openDatabase, PROJECT_ROOT, withClient } from "./database.ts";
import { buildPolicyReport } from "./policy-report.ts";

const cluster = await openDatabase();
try {
  const report = await withClient(cluster.urls.owner, (client) => buildPolicyReport(client));
  writeFileSync(path.join(PROJECT_ROOT, "docs/policies.md"), report);
  console.log("docs/policies.md written.");
} finally {
  await cluster.stop();
}
