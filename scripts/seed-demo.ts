// npm run seed:demo — a demo patient and therapist to explore the API with.
//
//   patient    patient@demo.happypath.dev    demo-patient-2026
//   therapist  therapist@demo.happypath.dev  demo-therapist-2026
//
// The patient has accepted the therapist's invitation and consents to sharing, so
// the therapist's queries show the patient's shared data. Run it after `npm start`
// (or `npm run db:reset`) has built the database; running it twice changes nothing.
// Never run it against a production database: the passwords are public.
import pg from "pg";
import { openDatabase, withClient } from "../db/tools/database.ts";
import { hashPassword } from "../server/passwords.ts";

export const DEMO_ACCOUNTS = [
  { email: "patient@demo.happypath.dev", password: "demo-patient-2026", firstName: "Pat", lastName: "Demo", role: "patient" },
  { email: "therapist@demo.happypath.dev", password: "demo-therapist-2026", firstName: "Theo", lastName: "Demo", role: "therapist" },
] as const;

if (process.env.NODE_ENV === "production") {
  console.error("seed:demo refuses to run with NODE_ENV=production: its passwords are public.");
  process.exit(1);
}

const cluster = await openDatabase();
try {
  // Accounts are created the way registration creates them, as the authenticator.
  const auth = new pg.Pool({ connectionString: cluster.urls.auth, max: 1 });
  for (const account of DEMO_ACCOUNTS) {
    await auth.query("select app_private.register_user($1, $2, $3, $4, true)", [
      account.email,
      await hashPassword(account.password),
      account.firstName,
      account.lastName,
    ]);
  }
  await auth.end();

  // Then what an admin and the two people would do: confirm the emails, make the
  // therapist a therapist, accept the invitation, consent to sharing. As the owner
  // acting as hp_definer, because no application role may do all of that at once.
  await withClient(cluster.urls.owner, async (client) => {
    await client.query("begin");
    await client.query("set local role hp_definer");
    await client.query(
      `update app_public.users set email_verified = true, account_status = 'active'
       where email = any($1)`,
      [DEMO_ACCOUNTS.map((a) => a.email)],
    );
    await client.query(`update app_public.users set role = 'therapist' where email = $1`, [DEMO_ACCOUNTS[1].email]);
    await client.query(
      `update app_public.user_profiles set timezone = 'Europe/London', country = 'GB', pronouns = 'they/them'
       where user_id = (select id from app_public.users where email = $1)`,
      [DEMO_ACCOUNTS[0].email],
    );
    await client.query(
      `insert into app_public.therapeutic_relationships (therapist_id, patient_id, relationship_type, status, responded_at, notes)
       select t.id, p.id, 'individual', 'active', now(), 'Demo relationship'
       from app_public.users t, app_public.users p
       where t.email = $1 and p.email = $2
         and not exists (select 1 from app_public.therapeutic_relationships r
                         where r.therapist_id = t.id and r.patient_id = p.id and r.status = 'active')`,
      [DEMO_ACCOUNTS[1].email, DEMO_ACCOUNTS[0].email],
    );
    await client.query(
      `select app_private.record_consent(id, 'therapist_sharing', 'granted', 'demo')
       from app_public.users u
       where email = $1 and not app_private.has_consent(u.id, 'therapist_sharing')`,
      [DEMO_ACCOUNTS[0].email],
    );
    await client.query("commit");
  });
  console.log("Demo accounts ready:");
  for (const account of DEMO_ACCOUNTS) console.log(`  ${account.role.padEnd(9)} ${account.email}  ${account.password}`);
} finally {
  await cluster.stop();
}
