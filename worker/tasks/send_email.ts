// send_email { id } — delivers one app_private.notification_outbox message.
//
// Queued by SQL (a SECURITY DEFINER function or trigger calls graphile_worker.add_job
// with the outbox row's id; the payload never carries the address or the text).
// Safe to run twice: a message already marked sent is skipped. On failure the error
// is recorded on the message and rethrown, so graphile-worker retries with backoff
// (app_private.outbox_mark_failed decides when the message has failed for good).
import type { Task } from "graphile-worker";
import { deliver } from "../mailer.ts";
import { loadMessage, markFailed, markSent } from "../outbox.ts";
import { uuidField } from "../payload.ts";

const sendEmail: Task = async (payload, helpers) => {
  const id = uuidField("send_email", payload, "id");
  const message = await helpers.withPgClient((client) => loadMessage(client, id));
  if (!message) {
    helpers.logger.warn(`send_email: outbox message ${id} not found (deleted, or not visible to hp_worker).`);
    return;
  }
  if (message.status === "sent") {
    helpers.logger.info(`send_email: outbox message ${id} was already sent.`);
    return;
  }

  let transport;
  try {
    transport = await deliver(message, helpers.logger, helpers.abortSignal);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await helpers.withPgClient((client) => markFailed(client, id, reason));
    throw error;
  }
  // If this fails, the job is retried and the message may go out twice; better
  // than never.
  await helpers.withPgClient((client) => markSent(client, id, transport));
};

export default sendEmail;
