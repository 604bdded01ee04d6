// The worker's only view of app_private.notification_outbox: read one message by id,
// then record the outcome through SQL functions, so that the rules (what "sent" means,
// when a message gives up) live in the database.
//
// Statements issued, all as hp_worker:
//   select id, to_address, subject, body, status, attempts
//     from app_private.notification_outbox where id = $1
//   select app_private.outbox_mark_sent($1::uuid, $2::text)
//   select app_private.outbox_mark_failed($1::uuid, $2::text)
// (outbox_mark_failed decides when a message has failed for good.)
import type { PoolClient } from "pg";

export type OutboxStatus = "pending" | "sent" | "failed";

export interface OutboxMessage {
  id: string;
  to_address: string;
  subject: string;
  body: string;
  status: OutboxStatus;
  attempts: number;
}

/** How a message left: 'smtp' in production, 'log' in development. */
export type Transport = "smtp" | "log";

export async function loadMessage(client: PoolClient, id: string): Promise<OutboxMessage | undefined> {
  const { rows } = await client.query<OutboxMessage>(
    `select id, to_address, subject, body, status, attempts
       from app_private.notification_outbox
      where id = $1`,
    [id],
  );
  return rows[0];
}

export async function markSent(client: PoolClient, id: string, transport: Transport): Promise<void> {
  await client.query("select app_private.outbox_mark_sent($1::uuid, $2::text)", [id, transport]);
}

export async function markFailed(client: PoolClient, id: string, error: string): Promise<void> {
  await client.query("select app_private.outbox_mark_failed($1::uuid, $2::text)", [id, error]);
}
