// deliver_crisis_webhook { id } — posts one crisis notification to the paging
// webhook (CRISIS_WEBHOOK_URL). Queued by SQL on the crisis queue at the highest
// priority. The body carries ids, the risk level, the tier and the deadline: never
// the patient's words or identity. When CRISIS_WEBHOOK_SECRET is set, the body is
// signed (X-Happy-Path-Signature: sha256=<hex HMAC>). Any failure (no answer, a
// non-2xx status, a timeout) is recorded and rethrown, so graphile-worker retries
// with exponential backoff; a notification already delivered is skipped, so the
// job is safe to run twice.
import { createHmac } from "node:crypto";
import type { Task } from "graphile-worker";
import { uuidField } from "../payload.ts";

const TIMEOUT_MS = 10_000;

const deliverCrisisWebhook: Task = async (payload, helpers) => {
  const id = uuidField("deliver_crisis_webhook", payload, "id");
  const url = process.env.CRISIS_WEBHOOK_URL;
  if (!url) {
    helpers.logger.warn("deliver_crisis_webhook: CRISIS_WEBHOOK_URL is not set; email notifications only.");
    return;
  }
  const { rows } = await helpers.query<{ body: Record<string, unknown> | null }>(
    "select app_private.webhook_payload($1) as body",
    [id],
  );
  const body = rows[0]?.body;
  if (!body) {
    helpers.logger.info(`deliver_crisis_webhook: ${id} was already delivered.`);
    return;
  }
  const text = JSON.stringify(body);
  const headers: Record<string, string> = { "content-type": "application/json" };
  const secret = process.env.CRISIS_WEBHOOK_SECRET;
  if (secret) headers["x-happy-path-signature"] = `sha256=${createHmac("sha256", secret).update(text).digest("hex")}`;
  try {
    const response = await fetch(url, { method: "POST", headers, body: text, signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!response.ok) throw new Error(`webhook answered ${response.status}`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await helpers.query("select app_private.webhook_delivered($1, false, $2)", [id, message]);
    throw new Error(`deliver_crisis_webhook: ${message}`);
  }
  await helpers.query("select app_private.webhook_delivered($1, true)", [id]);
  helpers.logger.info(`deliver_crisis_webhook: notification ${id} delivered.`);
};

export default deliverCrisisWebhook;
