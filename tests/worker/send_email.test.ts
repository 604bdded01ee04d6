// send_email end to end: SQL queues a message, the worker (as hp_worker, through the
// authenticator) delivers it in development mode (logged) and marks it sent once.
import { randomUUID } from "node:crypto";
import { startWorker, type RunningWorker } from "../../worker/runner.ts";
import { testDatabase } from "../helpers/env.ts";
import { withRootClient } from "../helpers/db.ts";
import { waitFor } from "../helpers/wait.ts";

async function outboxRow(id: string) {
  return withRootClient(async (client) => {
    const { rows } = await client.query<{ status: string; attempts: number; transport: string | null }>(
      "select status, attempts, transport from app_private.notification_outbox where id = $1",
      [id],
    );
    return rows[0];
  });
}


describe("send_email", () => {
  let worker: RunningWorker | undefined;
  const smtpUrl = process.env.SMTP_URL;
  beforeAll(() => {
    delete process.env.SMTP_URL;
  });
  afterAll(async () => {
    await worker?.stop();
    if (smtpUrl !== undefined) process.env.SMTP_URL = smtpUrl;
  });

  test("delivers a queued message once, as hp_worker", async () => {
    const messageId = await withRootClient(async (client) => {
      const { rows } = await client.query<{ id: string }>(
        `select app_private.queue_email(tests.create_user($1), 'welcome', 'Welcome', 'a one-time link') as id`,
        [`worker-${randomUUID()}@example.com`],
      );
      return rows[0]!.id;
    });
    worker = await startWorker({ authDatabaseUrl: testDatabase.auth, concurrency: 1 });
    const sent = await waitFor(() => outboxRow(messageId), (row) => row?.status === "sent");
    expect(sent).toEqual({ status: "sent", attempts: 1, transport: "log" });

    // A second job for the same message finds it sent and does nothing.
    await withRootClient((client) =>
      client.query("select graphile_worker.add_job('send_email', json_build_object('id', $1::uuid))", [messageId]),
    );
    const jobsLeft = await waitFor(
      () =>
        withRootClient(
          async (c) => (await c.query("select 1 from graphile_worker.jobs where task_identifier = 'send_email'")).rowCount,
        ),
      (count) => count === 0,
    );
    expect(jobsLeft).toBe(0);
    expect(await outboxRow(messageId)).toEqual({ status: "sent", attempts: 1, transport: "log" });
  });
});
