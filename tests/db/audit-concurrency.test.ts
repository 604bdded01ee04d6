// The audit trail is one hash chain (db/migrations: 1.4 Audit trail). Writers lock
// the chain's head row, so concurrent transactions append one after another. Here 20
// transactions, each on its own connection, as a patient with a real session, update
// their profile at the same moment; afterwards the chain must verify, and its seq
// values must be contiguous with no duplicate and no fork (two rows claiming the
// same predecessor).
import pg from "pg";
import { randomUUID } from "node:crypto";
import { withRootClient } from "../helpers/db.ts";
import { testDatabase } from "../helpers/env.ts";

const WRITERS = 20;

async function createPatient(): Promise<string> {
  return withRootClient(async (client) => {
    const { rows } = await client.query<{ id: string }>("select tests.create_user($1) as id", [
      `audit-${randomUUID().slice(0, 8)}@example.com`,
    ]);
    return rows[0]!.id;
  });
}

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: testDatabase.root, application_name: "audit-concurrency-test" });
  await client.connect();
  return client;
}

/**
 * One writer: a transaction as hp_patient with a fresh session of its user (as the
 * server would set it), waits at the barrier so all writers start together, updates
 * the profile, holds its transaction open a moment (so the others queue behind it),
 * commits.
 */
async function writeConcurrently(client: pg.Client, userId: string, barrier: Promise<void>, ready: () => void): Promise<void> {
  await client.query("begin");
  const { rows } = await client.query<{ session_id: string }>("select session_id from app_private.open_session($1)", [userId]);
  await client.query(
    `select set_config('happy_path.session_id', $1, true), set_config('happy_path.request_id', $2, true),
            set_config('role', 'hp_patient', true)`,
    [rows[0]!.session_id, `audit-concurrency-${userId}`],
  );
  ready();
  await barrier;
  const updated = await client.query(
    "update app_public.user_profiles set preferred_name = $2 where user_id = $1",
    [userId, `Writer ${userId.slice(0, 8)}`],
  );
  expect(updated.rowCount).toBe(1);
  await client.query("select pg_sleep(0.02)");
  await client.query("commit");
}

interface ChainCheck {
  intact: boolean;
  rows_checked: string;
  first_broken_seq: string | null;
  problem: string | null;
}

describe("the audit chain under concurrent writers", () => {
  const clients: pg.Client[] = [];
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.end().catch(() => undefined)));
  });

  test(`${WRITERS} concurrent profile updates append one unbroken chain`, async () => {
    const users = await Promise.all(Array.from({ length: WRITERS }, () => createPatient()));
    for (let i = 0; i < WRITERS; i++) clients.push(await connect());
    const [headBefore] = await withRootClient(async (c) => (await c.query<{ seq: string }>("select seq from app_private.audit_chain_head")).rows);

    // Everyone opens a transaction, then all updates are released at once; meanwhile
    // we watch how many writers are waiting for a lock at the same time.
    let release!: () => void;
    const barrier = new Promise<void>((resolve) => (release = resolve));
    let waiting = 0;
    let allReady!: () => void;
    const everyoneReady = new Promise<void>((resolve) => (allReady = resolve));
    const ready = () => {
      waiting += 1;
      if (waiting === WRITERS) allReady();
    };
    const writers = users.map((userId, i) => writeConcurrently(clients[i]!, userId, barrier, ready));
    await everyoneReady;
    release();
    let mostWaiting = 0;
    let done = false;
    const finished = Promise.all(writers).finally(() => (done = true));
    while (!done) {
      const waitingNow = await withRootClient(async (c) =>
        Number((await c.query<{ n: string }>(
          `select count(*) as n from pg_stat_activity
           where application_name = 'audit-concurrency-test' and wait_event_type = 'Lock'`,
        )).rows[0]!.n),
      );
      mostWaiting = Math.max(mostWaiting, waitingNow);
    }
    await finished;
    // The writers really did contend for the chain's head.
    expect(mostWaiting).toBeGreaterThanOrEqual(2);

    await withRootClient(async (client) => {
      const chain = (await client.query<ChainCheck>("select * from app_public.verify_audit_chain()")).rows[0]!;
      expect(chain).toMatchObject({ intact: true, first_broken_seq: null, problem: null });

      const shape = (
        await client.query<{ rows: string; distinct_seqs: string; min_seq: string; max_seq: string; head: string }>(
          `select count(*) as rows, count(distinct seq) as distinct_seqs, min(seq) as min_seq, max(seq) as max_seq,
                  (select seq from app_private.audit_chain_head) as head
           from app_public.audit_logs`,
        )
      ).rows[0]!;
      expect(shape.min_seq).toBe("1");
      expect(shape.distinct_seqs).toBe(shape.rows);
      expect(shape.max_seq).toBe(shape.rows);
      expect(shape.head).toBe(shape.max_seq);
      expect(shape.rows).toBe(chain.rows_checked);

      // No fork: no two rows hang off the same predecessor.
      const forks = await client.query(
        "select prev_hash, count(*) from app_public.audit_logs group by prev_hash having count(*) > 1",
      );
      expect(forks.rows).toEqual([]);

      // Each writer's update is in the chain exactly once, after the head we started from.
      const ours = await client.query<{ record_id: string; seq: string; request_id: string }>(
        `select record_id, seq, request_id from app_public.audit_logs
         where table_name = 'app_public.user_profiles' and action = 'update' and record_id = any($1::uuid[])
         order by seq`,
        [users],
      );
      expect(ours.rows).toHaveLength(WRITERS);
      expect(new Set(ours.rows.map((r) => r.record_id))).toEqual(new Set(users));
      for (const row of ours.rows) {
        expect(BigInt(row.seq)).toBeGreaterThan(BigInt(headBefore!.seq));
        expect(row.request_id).toBe(`audit-concurrency-${row.record_id}`);
      }
      // Nothing else was written meanwhile: their updates are one contiguous run of seqs.
      const seqs = ours.rows.map((r) => BigInt(r.seq));
      expect(seqs[seqs.length - 1]! - seqs[0]!).toBe(BigInt(WRITERS - 1));
    });
  });
});
