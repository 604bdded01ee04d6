// Crisis, end to end: one GraphQL mutation writes a journal entry with a plan; its
// own result carries the resources to show; the database holds a detection and an
// open case; the worker (as hp_worker) delivers the page to a local webhook. With
// the webhook down, delivery is retried until it succeeds and nothing is lost; a
// missed deadline escalates the case. Bad input is refused without loss.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { startTestServer, type GraphQLClient, type TestServer } from "../helpers/http.ts";
import { startWorker, type RunningWorker } from "../../worker/runner.ts";
import { testDatabase } from "../helpers/env.ts";
import { expectCode, expectData, loginWithBearer, registerAndVerify, registerTherapist, rootQuery, rootValue, type Account } from "../helpers/accounts.ts";
import { waitFor } from "../helpers/wait.ts";

interface Page {
  body: { escalation_id: string; risk_level: string; tier: number };
  raw: string;
}

/** A paging webhook on loopback that can be told to fail the next N deliveries. */
async function startWebhook() {
  const pages: Page[] = [];
  let failNext = 0;
  const server: Server = createServer((req: IncomingMessage, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    req.on("end", () => {
      if (failNext > 0) {
        failNext--;
        res.writeHead(503).end();
        return;
      }
      pages.push({ body: JSON.parse(raw) as Page["body"], raw });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/page`,
    pages,
    failTimes(n: number) {
      failNext = n;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}


const WRITE_ENTRY = `mutation($content: String!) {
  createJournalEntry(input: { journalEntry: { content: $content } }) {
    journalEntry { rowId crisisSupport { riskLevel message emergencyGuidance resources safetyPlan groundingPrompt } }
  }
}`;

let server: TestServer;
let webhook: Awaited<ReturnType<typeof startWebhook>>;
let worker: RunningWorker;
let patient: Account;
let app: GraphQLClient;

beforeAll(async () => {
  webhook = await startWebhook();
  process.env.CRISIS_WEBHOOK_URL = webhook.url;
  server = await startTestServer();
  patient = await registerAndVerify(server, { firstName: "Sol" });
  await rootQuery("update app_public.user_profiles set country = 'US' where user_id = $1", [patient.userId]);
  app = await loginWithBearer(server, patient);
  worker = await startWorker({ authDatabaseUrl: testDatabase.auth, concurrency: 2 });
});
afterAll(async () => {
  await worker?.stop();
  await server?.close();
  await webhook?.close();
  delete process.env.CRISIS_WEBHOOK_URL;
});

test("one mutation: the entry, the help to show, a detection, a case, and a delivered page", async () => {
  const text = "I have decided to kill myself tonight. I have the pills ready and I wrote the letters.";
  const data = expectData(
    await app.graphql<{
      createJournalEntry: {
        journalEntry: {
          rowId: string;
          crisisSupport: { riskLevel: string; resources: { contact: string; instructions: string }[]; groundingPrompt: string | null } | null;
        };
      };
    }>(WRITE_ENTRY, { content: text }),
  );
  const entry = data.createJournalEntry.journalEntry;
  expect(entry.crisisSupport?.riskLevel).toBe("critical");
  expect(entry.crisisSupport?.resources[0]?.contact).toBe("911");
  expect(entry.crisisSupport?.resources.map((r) => r.contact)).toEqual(expect.arrayContaining(["988", "741741"]));
  expect(entry.crisisSupport?.groundingPrompt).toBeTruthy();

  const [escalation] = await rootQuery<{ id: string; status: string; risk_level: string }>(
    `select e.id, e.status, e.risk_level from app_public.crisis_escalations e
     join app_public.crisis_detections d on d.id = e.detection_id where d.source_id = $1`,
    [entry.rowId],
  );
  expect(escalation).toMatchObject({ status: "open", risk_level: "critical" });
  const pages = await waitFor(() => webhook.pages.filter((p) => p.body.escalation_id === escalation!.id), (p) => p.length > 0);
  expect(pages).toHaveLength(1);
  expect(pages[0]!.body).toMatchObject({ risk_level: "critical", tier: 1 });
  expect(pages[0]!.raw).not.toMatch(/kill|pills|letters|Sol/i);
});

test("with the webhook down, delivery is retried until it succeeds: nothing is lost", async () => {
  webhook.failTimes(1);
  const data = expectData(
    await app.graphql<{ createJournalEntry: { journalEntry: { rowId: string } } }>(WRITE_ENTRY, {
      content: "I want to kill myself, I can't do this anymore.",
    }),
  );
  const escalationId = await rootValue<string>(
    `select e.id as value from app_public.crisis_escalations e join app_public.crisis_detections d on d.id = e.detection_id
     where d.source_id = $1`,
    [data.createJournalEntry.journalEntry.rowId],
  );
  const pages = await waitFor(() => webhook.pages.filter((p) => p.body.escalation_id === escalationId), (p) => p.length > 0, 30_000);
  expect(pages).toHaveLength(1);
  const [notification] = await rootQuery<{ status: string; attempts: number }>(
    "select status::text, attempts from app_private.crisis_notifications where escalation_id = $1 and channel = 'webhook'",
    [escalationId],
  );
  expect(notification).toEqual({ status: "sent", attempts: 2 });
}, 40_000);

test("a missed deadline escalates to the next tier, and the page goes out again", async () => {
  const escalationId = await rootValue<string>(
    "select id as value from app_public.crisis_escalations where user_id = $1 and status = 'open' order by created_at limit 1",
    [patient.userId],
  );
  await rootQuery("update app_public.crisis_escalations set response_due_at = now() - interval '1 second' where id = $1", [escalationId]);
  await rootQuery("select graphile_worker.add_job('escalate_overdue_crisis_cases', queue_name := 'crisis', priority := -100)");
  const pages = await waitFor(
    () => webhook.pages.filter((p) => p.body.escalation_id === escalationId && p.body.tier === 2),
    (p) => p.length > 0,
  );
  expect(pages).toHaveLength(1);
  expect(await rootValue<number>("select tier as value from app_public.crisis_escalations where id = $1", [escalationId])).toBe(2);
});

describe("bad input: a clear code and no loss", () => {
  test.each([
    ["empty text", "   ", "EMPTY"],
  ])("%s is refused with %s", async (_what, content, code) => {
    const before = await rootValue<number>("select count(*)::int as value from app_public.journal_entries where user_id = $1", [patient.userId]);
    expectCode(await app.graphql(WRITE_ENTRY, { content }), code);
    expect(await rootValue<number>("select count(*)::int as value from app_public.journal_entries where user_id = $1", [patient.userId])).toBe(before);
  });

  test("1 MB of text never reaches the database (TOOBIG)", async () => {
    const response = await app.request("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: WRITE_ENTRY, variables: { content: "x".repeat(1_000_000) } }),
    });
    expect(response.status).toBe(413);
  });

  test("emoji-only and mixed-language texts are kept, and screened", async () => {
    const emoji = expectData(await app.graphql<{ createJournalEntry: { journalEntry: { rowId: string; crisisSupport: unknown } } }>(
      WRITE_ENTRY, { content: "😔😔😔🌧️" },
    ));
    expect(emoji.createJournalEntry.journalEntry.crisisSupport).toBeNull();
    const mixed = expectData(await app.graphql<{ createJournalEntry: { journalEntry: { rowId: string; crisisSupport: { riskLevel: string } | null } } }>(
      WRITE_ENTRY, { content: "Honestly hoy no puedo más, I want to kill myself" },
    ));
    expect(["high", "critical"]).toContain(mixed.createJournalEntry.journalEntry.crisisSupport?.riskLevel);
  });

  test("a patient cannot close their own case, nor read another's", async () => {
    const own = await rootValue<string>(
      "select id as value from app_public.crisis_escalations where user_id = $1 order by created_at limit 1",
      [patient.userId],
    );
    expectCode(
      await app.graphql(`mutation($id: UUID!) { resolveCrisisCase(input: { escalationId: $id, outcomeNotes: "fine" }) { result { status } } }`, { id: own }),
      "DENIED",
    );
    const other = await registerAndVerify(server, { firstName: "Uma" });
    const otherApp = await loginWithBearer(server, other);
    const seen = expectData(await otherApp.graphql<{ crisisEscalations: { totalCount: number } }>(`{ crisisEscalations { totalCount } }`));
    expect(seen.crisisEscalations.totalCount).toBe(0);
    expect(await rootValue<string>("select status::text as value from app_public.crisis_escalations where id = $1", [own])).not.toBe("resolved");
  });

  test("a therapist without access sees no case; the crisis team member works it", async () => {
    const outsider = await loginWithBearer(server, await registerTherapist(server, { firstName: "Vic" }));
    expect(expectData(await outsider.graphql<{ crisisEscalations: { totalCount: number } }>(`{ crisisEscalations { totalCount } }`)).crisisEscalations.totalCount).toBe(0);
    const oncall = await registerTherapist(server, { firstName: "Wren" });
    await rootQuery("insert into app_public.crisis_team_members (user_id, tier) values ($1, 1)", [oncall.userId]);
    const team = await loginWithBearer(server, oncall);
    const open = expectData(await team.graphql<{ crisisEscalations: { nodes: { rowId: string; status: string }[] } }>(
      `{ crisisEscalations(condition: { status: open }) { nodes { rowId status } } }`,
    ));
    expect(open.crisisEscalations.nodes.length).toBeGreaterThan(0);
    const acknowledged = expectData(await team.graphql<{ acknowledgeCrisisCase: { result: { status: string } } }>(
      `mutation($id: UUID!) { acknowledgeCrisisCase(input: { escalationId: $id }) { result { status } } }`,
      { id: open.crisisEscalations.nodes[0]!.rowId },
    ));
    expect(acknowledged.acknowledgeCrisisCase.result.status).toBe("acknowledged");
  });
});
