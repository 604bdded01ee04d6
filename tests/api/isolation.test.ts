// Two patients, Alice and Bob, signed in at once. Whatever Alice asks over GraphQL
// (by row id, by node id, through a connection, or a mutation naming Bob's id), she
// gets nothing of Bob's and changes nothing of his (checked as the superuser).
// Anonymous callers see nothing private, and the schema itself shows no secret.
import {
  errorCodes,
  expectCode,
  expectData,
  loginWithBearer,
  loginWithCookie,
  registerAndVerify,
  rootQuery,
  type Account,
} from "../helpers/accounts.ts";
import { startTestServer, type GraphQLClient, type TestServer } from "../helpers/http.ts";

interface Footprint {
  profile: Record<string, unknown>;
  preferences: Record<string, unknown>;
  sessions: Record<string, unknown>[];
  consents: Record<string, unknown>[];
}

/** Everything of a user's that another user might try to read or change, read as the superuser. */
async function footprint(userId: string): Promise<Footprint> {
  const [profile] = await rootQuery("select * from app_public.user_profiles where user_id = $1", [userId]);
  const [preferences] = await rootQuery("select * from app_public.user_preferences where user_id = $1", [userId]);
  const sessions = await rootQuery("select * from app_public.user_sessions where user_id = $1 order by id", [userId]);
  const consents = await rootQuery("select * from app_public.consent_tracking where user_id = $1 order by id", [userId]);
  return { profile: profile!, preferences: preferences!, sessions, consents };
}

/** What Bob's own client can see of his ids: node ids and row ids to aim at. */
interface Targets {
  profileNodeId: string;
  preferenceNodeId: string;
  userNodeId: string;
  sessionRowId: string;
  sessionNodeId: string;
  consentRowId: string;
  consentNodeId: string;
}

async function targetsOf(client: GraphQLClient): Promise<Targets> {
  const data = expectData(
    await client.graphql<{
      currentUser: {
        id: string;
        userProfile: { id: string };
        userPreference: { id: string };
        userSessions: { nodes: { id: string; rowId: string }[] };
        consentTrackings: { nodes: { id: string; rowId: string }[] };
      };
    }>(`{ currentUser {
      id
      userProfile { id }
      userPreference { id }
      userSessions(first: 1) { nodes { id rowId } }
      consentTrackings(first: 1) { nodes { id rowId } }
    } }`),
  );
  const me = data.currentUser;
  return {
    userNodeId: me.id,
    profileNodeId: me.userProfile.id,
    preferenceNodeId: me.userPreference.id,
    sessionRowId: me.userSessions.nodes[0]!.rowId,
    sessionNodeId: me.userSessions.nodes[0]!.id,
    consentRowId: me.consentTrackings.nodes[0]!.rowId,
    consentNodeId: me.consentTrackings.nodes[0]!.id,
  };
}

/** A signed-in patient: their account, a Bearer client, a cookie client, and their ids. */
interface Person {
  account: Account;
  app: GraphQLClient;
  page: GraphQLClient;
  targets: Targets;
}

let server: TestServer;
const people = {} as Record<"Alice" | "Bob", Person>;

beforeAll(async () => {
  server = await startTestServer();
  for (const name of ["Alice", "Bob"] as const) {
    const account = await registerAndVerify(server, { firstName: name });
    const app = await loginWithBearer(server, account);
    const page = await loginWithCookie(server, account);
    people[name] = { account, app, page, targets: await targetsOf(app) };
  }
});
afterAll(async () => {
  await server?.close();
});

/** Update mutations aimed at the target's rows, by user id and by node id. */
function updatesAimedAt(target: Person): [string, Record<string, unknown>][] {
  return [
    [
      `mutation($id: UUID!) { updateUserProfile(input: { userId: $id, patch: { firstName: "Mallory" } }) { userProfile { firstName } } }`,
      { id: target.account.userId },
    ],
    [
      `mutation($id: ID!) { updateUserProfileById(input: { id: $id, patch: { emergencyContactName: "Mallory" } }) { userProfile { firstName } } }`,
      { id: target.targets.profileNodeId },
    ],
    [
      `mutation($id: UUID!) { updateUserPreference(input: { userId: $id, patch: { emailNotifications: false } }) { userPreference { theme } } }`,
      { id: target.account.userId },
    ],
    [
      `mutation($id: ID!) { updateUserPreferenceById(input: { id: $id, patch: { hideNotificationContent: false } }) { userPreference { theme } } }`,
      { id: target.targets.preferenceNodeId },
    ],
  ];
}

describe.each([
  ["Alice", "Bob"],
  ["Bob", "Alice"],
] as const)("%s against %s", (actorName, targetName) => {
  let actor: Person;
  let target: Person;
  beforeAll(() => {
    actor = people[actorName];
    target = people[targetName];
  });

  test("reads by row id find nothing: profile, preferences, account, session, consent", async () => {
    for (const client of [actor.app, actor.page]) {
      const data = expectData(
        await client.graphql(
          `query($user: UUID!, $email: String!, $session: UUID!, $consent: UUID!) {
            userProfile(userId: $user) { firstName }
            userPreference(userId: $user) { theme }
            user(rowId: $user) { email }
            userByEmail(email: $email) { rowId }
            userSession(rowId: $session) { rowId }
            consentTracking(rowId: $consent) { rowId }
          }`,
          {
            user: target.account.userId,
            email: target.account.email,
            session: target.targets.sessionRowId,
            consent: target.targets.consentRowId,
          },
        ),
      );
      expect(data).toEqual({
        userProfile: null,
        userPreference: null,
        user: null,
        userByEmail: null,
        userSession: null,
        consentTracking: null,
      });
    }
  });

  test("reads by node id find nothing: the *ById fields and node()", async () => {
    const t = target.targets;
    const data = expectData(
      await actor.app.graphql(
        `query($profile: ID!, $preference: ID!, $user: ID!, $session: ID!, $consent: ID!) {
          userProfileById(id: $profile) { firstName }
          userPreferenceById(id: $preference) { theme }
          userById(id: $user) { email }
          userSessionById(id: $session) { rowId }
          consentTrackingById(id: $consent) { rowId }
          p: node(id: $profile) { id }
          u: node(id: $user) { id }
          s: node(id: $session) { id }
          c: node(id: $consent) { id }
        }`,
        {
          profile: t.profileNodeId,
          preference: t.preferenceNodeId,
          user: t.userNodeId,
          session: t.sessionNodeId,
          consent: t.consentNodeId,
        },
      ),
    );
    expect(data).toEqual({
      userProfileById: null,
      userPreferenceById: null,
      userById: null,
      userSessionById: null,
      consentTrackingById: null,
      p: null,
      u: null,
      s: null,
      c: null,
    });
  });

  test("connections hold only the actor's own rows, even when filtering for the target's", async () => {
    const me = actor.account.userId;
    const data = expectData(
      await actor.page.graphql<Record<string, { totalCount: number; nodes: { userId?: string; rowId?: string }[] }>>(
        `query($other: UUID!) {
          users { totalCount nodes { rowId } }
          userProfiles { totalCount nodes { userId } }
          userPreferences { totalCount nodes { userId } }
          userSessions { totalCount nodes { userId } }
          consentTrackings { totalCount nodes { userId } }
          otherProfiles: userProfiles(condition: { userId: $other }) { totalCount nodes { userId } }
          otherSessions: userSessions(filter: { userId: { equalTo: $other } }) { totalCount nodes { userId } }
          otherConsents: consentTrackings(condition: { userId: $other }) { totalCount nodes { userId } }
        }`,
        { other: target.account.userId },
      ),
    );
    expect(data.users!.nodes).toEqual([{ rowId: me }]);
    for (const name of ["userProfiles", "userPreferences", "userSessions", "consentTrackings"]) {
      const owners = new Set(data[name]!.nodes.map((n) => n.userId));
      expect({ name, owners: [...owners] }).toEqual({ name, owners: [me] });
    }
    expect(data.userSessions!.totalCount).toBe(2); // the actor's cookie and bearer sessions
    for (const name of ["otherProfiles", "otherSessions", "otherConsents"]) {
      expect({ name, ...data[name] }).toEqual({ name, totalCount: 0, nodes: [] });
    }
  });

  test("updates naming the target's ids change nothing of theirs and return nothing of theirs", async () => {
    const before = await footprint(target.account.userId);
    for (const client of [actor.app, actor.page]) {
      for (const [mutation, variables] of updatesAimedAt(target)) {
        const result = await client.graphql<Record<string, Record<string, unknown> | null>>(mutation, variables);
        // Whatever the answer, it holds none of the target's data.
        const payload = Object.values(result.data ?? {})[0] ?? null;
        const returned = payload ? (Object.values(payload)[0] ?? null) : null;
        expect({ mutation, returned }).toEqual({ mutation, returned: null });
      }
    }
    expect(await footprint(target.account.userId)).toEqual(before);
  });

  test("revoking the target's session is NTFND, and it keeps working", async () => {
    const before = await footprint(target.account.userId);
    for (const client of [actor.app, actor.page]) {
      expectCode(
        await client.graphql(`mutation($id: UUID!) { revokeSession(input: { sessionId: $id }) { result } }`, {
          id: target.targets.sessionRowId,
        }),
        "NTFND",
      );
    }
    expect(await footprint(target.account.userId)).toEqual(before);
    const stillThere = expectData(await target.app.graphql<{ currentUserId: string }>(`{ currentUserId }`));
    expect(stillThere.currentUserId).toBe(target.account.userId);
  });

  test("consent mutations act on the caller only", async () => {
    const before = await footprint(target.account.userId);
    const data = expectData(
      await actor.app.graphql<{ withdrawConsent: { result: { userId: string } }; grantConsent: { result: { userId: string } } }>(
        `mutation {
          withdrawConsent(input: { consent: research }) { result { userId } }
          grantConsent(input: { consent: research, documentVersion: "v1" }) { result { userId } }
        }`,
      ),
    );
    expect(data.withdrawConsent.result.userId).toBe(actor.account.userId);
    expect(data.grantConsent.result.userId).toBe(actor.account.userId);
    expect(await footprint(target.account.userId)).toEqual(before);
  });
});

describe("what a patient's API offers at all", () => {
  // docs/errors.md: "An update or delete that matched no row the caller may touch is NTFND."
  // PostGraphile V5's update step returns null instead of raising when no row matched
  // (only its delete step raises), so these answer a success-shaped payload with null.
  test("updates naming another user's ids answer NTFND, as docs/errors.md promises", async () => {
    for (const [mutation, variables] of updatesAimedAt(people.Bob)) {
      const result = await people.Alice.app.graphql(mutation, variables);
      expect({ mutation, codes: errorCodes(result) }).toEqual({ mutation, codes: ["NTFND"] });
    }
  });

  test("the therapist-only views are refused to a patient", async () => {
    expectCode(await people.Alice.app.graphql(`{ myPatients { nodes { patientId } } }`), "DENIED");
  });

  test("no mutation writes an account, a session, a consent row or moves a profile to another user", async () => {
    const data = expectData(
      await people.Alice.app.graphql<{ mutation: { fields: { name: string }[] }; patch: { inputFields: { name: string }[] } }>(
        `{ mutation: __type(name: "Mutation") { fields { name } } patch: __type(name: "UserProfilePatch") { inputFields { name } } }`,
      ),
    );
    // Accounts, sessions, consents, relationships and the two logs change only through
    // their functions; profiles and preferences are created at registration, never deleted.
    const forbidden = data.mutation.fields
      .map((f) => f.name)
      .filter(
        (name) =>
          /^(create|update|delete)(User|UserSession|ConsentTracking|TherapeuticRelationship|AuditLog|DataAccessLog)(By\w+)?$/.test(name) ||
          /^(create|delete)(UserProfile|UserPreference)(By\w+)?$/.test(name),
      );
    expect(forbidden).toEqual([]);
    expect(data.mutation.fields.map((f) => f.name)).toEqual(expect.arrayContaining(["updateUserProfile", "updateUserPreference"]));
    expect(data.patch.inputFields.map((f) => f.name)).not.toContain("userId");
    // The settings mutation is an admin's: a patient is DENIED.
    expectCode(
      await people.Alice.app.graphql(
        `mutation($value: JSON!) {
          updateSystemConfiguration(input: { key: "session.idle_timeout", patch: { value: $value } }) { systemConfiguration { key } }
        }`,
        { value: "9 hours" },
      ),
      "DENIED",
    );
  });
});

describe("anonymous callers", () => {
  test("see no user: currentUser is null and private tables are DENIED", async () => {
    const anonymous = server.client();
    const me = expectData(await anonymous.graphql(`{ currentUser { rowId } currentUserId currentSessionId }`));
    expect(me).toEqual({ currentUser: null, currentUserId: null, currentSessionId: null });

    const fields = [
      `{ users { nodes { rowId } } }`,
      `{ userProfiles { nodes { userId } } }`,
      `{ userPreferences { nodes { userId } } }`,
      `{ userSessions { nodes { userId } } }`,
      `{ consentTrackings { nodes { userId } } }`,
      `{ dataAccessLogs { nodes { patientId } } }`,
      `{ auditLogs { nodes { seq } } }`,
      `{ therapeuticRelationships { nodes { rowId } } }`,
    ];
    for (const query of fields) {
      const result = await anonymous.graphql<Record<string, { nodes: unknown[] } | null>>(query);
      // Either refused outright or empty: never a row.
      const rows = Object.values(result.data ?? {}).flatMap((connection) => connection?.nodes ?? []);
      expect({ query, rows, codes: errorCodes(result).filter((c) => c !== "DENIED") }).toEqual({ query, rows: [], codes: [] });
    }
    const byId = await anonymous.graphql(
      `query($id: UUID!) { userProfile(userId: $id) { firstName } user(rowId: $id) { email } }`,
      { id: people.Bob.account.userId },
    );
    expect(byId.data ?? {}).not.toHaveProperty("userProfile.firstName");
    expect(byId.data ?? {}).not.toHaveProperty("user.email");
    expect(errorCodes(byId).filter((c) => c !== "DENIED")).toEqual([]);
  });

  test("cannot change anything: updates are DENIED and nothing changes", async () => {
    const bob = people.Bob.account;
    const before = await footprint(bob.userId);
    const result = await server.client().graphql(
      `mutation($id: UUID!) { updateUserProfile(input: { userId: $id, patch: { firstName: "Mallory" } }) { userProfile { firstName } } }`,
      { id: bob.userId },
    );
    expectCode(result, "DENIED");
    expectCode(await server.client().graphql(`mutation { grantConsent(input: { consent: research, documentVersion: "v1" }) { result { rowId } } }`), "DENIED");
    expect(await footprint(bob.userId)).toEqual(before);
  });
});

describe("the schema shows no secret", () => {
  interface IntrospectedType {
    name: string;
    kind: string;
    description: string | null;
    fields: { name: string }[] | null;
    inputFields: { name: string }[] | null;
    enumValues: { name: string }[] | null;
  }

  let types: IntrospectedType[];
  beforeAll(async () => {
    const data = expectData(
      await server.client().graphql<{ __schema: { types: IntrospectedType[] } }>(
        `{ __schema { types { name kind description fields { name } inputFields { name } enumValues { name } } } }`,
      ),
    );
    types = data.__schema.types;
  });

  test("no type comes from app_private", () => {
    const names = types.map((t) => t.name);
    for (const privateType of [
      "UserSecret",
      "UserToken",
      "UserRecoveryCode",
      "SessionToken",
      "NotificationOutbox",
      "ConnectSession",
      "AuditChainHead",
      "AuditLogsDefault",
      "LoginStatus",
      "OutboxStatus",
      "UserTokenPurpose",
    ]) {
      expect(names).not.toContain(privateType);
    }
    // Descriptions may mention app_private (to say what is NOT here); names may not.
    const names2 = types.flatMap((t) => [t.name, ...(t.fields ?? []).map((f) => f.name)]);
    expect(names2.filter((name) => /private|connectSession|outbox/i.test(name))).toEqual([]);
  });

  test("no output field carries a password, token, TOTP secret or recovery code", () => {
    // The only tokens a client ever receives are the ones login hands out, by design.
    // (AuditLog.prevHash/rowHash are the audit chain's links, not secrets.)
    const allowed = new Set(["LoginPayload.accessToken", "LoginPayload.csrfToken"]);
    const offending = types
      .filter((t) => t.kind === "OBJECT" && !t.name.startsWith("__") && t.name !== "Mutation")
      .flatMap((t) => (t.fields ?? []).map((f) => `${t.name}.${f.name}`))
      .filter((name) => /password|token|secret|totp|recovery|codeHash/i.test(name.split(".")[1]!))
      .filter((name) => !allowed.has(name));
    expect(offending).toEqual([]);
  });

  test("no filter, condition or order lets a client probe a secret column", () => {
    const orderings = types.filter((t) => t.kind === "ENUM" && /OrderBy$/.test(t.name));
    expect(orderings.map((t) => t.name)).toContain("UserOrderBy");
    const probes = types.filter((t) => /(Filter|Condition|Input|OrderBy|GroupBy)$/.test(t.name) && !/^(Register|Login|ChangePassword|ResetPassword)Input$/.test(t.name));
    const offending = probes
      .flatMap((t) => [...(t.inputFields ?? []), ...(t.enumValues ?? [])].map((f) => `${t.name}.${f.name}`))
      .filter((name) => /password|tokenHash|codeHash|secret/i.test(name.split(".")[1]!));
    expect(offending).toEqual([]);
  });
});
