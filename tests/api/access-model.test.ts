// The access model end to end (docs/access-model.md): a therapist invites a patient,
// the patient accepts and consents to sharing, and only then does the therapist see
// the patient, through myPatients, with the "minimum necessary" fields. The read is
// in the patient's "who viewed my record" log under the request id the server sent
// back. Withdrawing consent or ending the relationship cuts access at once.
import {
  errorCodes,
  expectCode,
  expectData,
  loginWithBearer,
  registerAndVerify,
  registerTherapist,
  rootQuery,
  rootValue,
  type Account,
} from "../helpers/accounts.ts";
import { startTestServer, type GraphQLClient, type TestServer } from "../helpers/http.ts";

interface PatientSummary {
  patientId: string;
  relationshipId: string;
  relationshipType: string;
  since: string;
  firstName: string;
  lastName: string | null;
  preferredName: string | null;
  pronouns: string | null;
  age: number | null;
  timezone: string;
  language: string;
  country: string | null;
}

const MY_PATIENTS = `{ myPatients { nodes {
  patientId relationshipId relationshipType since firstName lastName preferredName pronouns age timezone language country
} } }`;
const MY_THERAPISTS = `{ myTherapists { nodes { therapistId relationshipId relationshipType status firstName lastName pronouns } } }`;
const GRANT_SHARING = `mutation { grantConsent(input: { consent: therapist_sharing, documentVersion: "2026-11-01" }) {
  result { consentType action }
} }`;
const WITHDRAW_SHARING = `mutation { withdrawConsent(input: { consent: therapist_sharing }) { result { consentType action } } }`;

/** The therapist's view of their patients, and the X-Request-Id of the request that read it. */
async function myPatients(therapist: GraphQLClient): Promise<{ patients: PatientSummary[]; requestId: string }> {
  const result = await therapist.graphql<{ myPatients: { nodes: PatientSummary[] } }>(MY_PATIENTS);
  const requestId = result.headers.get("x-request-id");
  if (!requestId) throw new Error("the server sent no X-Request-Id");
  return { patients: expectData(result).myPatients.nodes, requestId };
}

async function invite(therapist: GraphQLClient, patient: Account): Promise<string> {
  const data = expectData(
    await therapist.graphql<{ invitePatient: { result: { rowId: string; status: string } } }>(
      `mutation($email: String!) { invitePatient(input: { patientEmail: $email, relationshipType: individual, notes: "Referred by GP" }) {
        result { rowId status }
      } }`,
      { email: patient.email.toUpperCase() },
    ),
  );
  expect(data.invitePatient.result.status).toBe("pending");
  return data.invitePatient.result.rowId;
}

async function accept(patient: GraphQLClient, relationshipId: string): Promise<void> {
  const data = expectData(
    await patient.graphql<{ respondToInvitation: { result: { status: string } } }>(
      `mutation($id: UUID!) { respondToInvitation(input: { relationshipId: $id, accept: true }) { result { status } } }`,
      { id: relationshipId },
    ),
  );
  expect(data.respondToInvitation.result.status).toBe("active");
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe("a therapist sees a patient only with an active relationship and current consent", () => {
  let therapist: Account;
  let patient: Account;
  let therapistApp: GraphQLClient;
  let patientApp: GraphQLClient;
  let relationshipId: string;
  /** The request ids of every myPatients call that returned this patient. */
  const readsThatSawPatient: string[] = [];

  /** myPatients, remembering which requests saw the patient (each must be in the access log). */
  async function therapistSees(): Promise<PatientSummary[]> {
    const { patients, requestId } = await myPatients(therapistApp);
    if (patients.some((p) => p.patientId === patient.userId)) readsThatSawPatient.push(requestId);
    return patients;
  }

  /** The request ids under which the access log recorded reads of this patient (as the superuser). */
  async function loggedReads(): Promise<string[]> {
    const rows = await rootQuery<{ request_id: string }>(
      "select request_id from app_public.data_access_logs where patient_id = $1 order by accessed_at, request_id",
      [patient.userId],
    );
    return rows.map((r) => r.request_id);
  }

  beforeAll(async () => {
    therapist = await registerTherapist(server, { firstName: "Theo", lastName: "Rapist" });
    patient = await registerAndVerify(server, { firstName: "Pat", lastName: "Ient" });
    therapistApp = await loginWithBearer(server, therapist);
    patientApp = await loginWithBearer(server, patient);
    // Data the therapist must not see, next to data they may see.
    expectData(
      await patientApp.graphql(
        `mutation($id: UUID!) { updateUserProfile(input: { userId: $id, patch: {
          preferredName: "Patty", pronouns: "they/them", dateOfBirth: "1990-06-15", gender: "non-binary",
          timezone: "Europe/Paris", language: "fr", country: "FR",
          emergencyContactName: "Sam Ient", emergencyContactPhone: "+33 1 23 45 67 89", emergencyContactRelationship: "sibling"
        } }) { userProfile { userId } } }`,
        { id: patient.userId },
      ),
    );
  });

  test("invited: the patient sees who asks; the therapist sees nothing yet", async () => {
    relationshipId = await invite(therapistApp, patient);
    const mine = expectData(await patientApp.graphql<{ myTherapists: { nodes: unknown[] } }>(MY_THERAPISTS));
    expect(mine.myTherapists.nodes).toEqual([
      {
        therapistId: therapist.userId,
        relationshipId,
        relationshipType: "individual",
        status: "pending",
        firstName: "Theo",
        lastName: "Rapist",
        pronouns: null,
      },
    ]);
    expect(await therapistSees()).toEqual([]);
    // A second open invitation for the same pair is refused.
    const again = await therapistApp.graphql(
      `mutation($email: String!) { invitePatient(input: { patientEmail: $email, relationshipType: individual }) { result { rowId } } }`,
      { email: patient.email },
    );
    expectCode(again, "NUNIQ");
  });

  test("accepted but no consent to share: still nothing", async () => {
    await accept(patientApp, relationshipId);
    expect(await therapistSees()).toEqual([]);
    expect(await loggedReads()).toEqual([]);
  });

  test("with consent: myPatients returns the patient with only the allowed fields", async () => {
    expect(expectData(await patientApp.graphql(GRANT_SHARING))).toEqual({
      grantConsent: { result: { consentType: "therapist_sharing", action: "granted" } },
    });
    const patients = await therapistSees();
    const expectedAge = await rootValue<number>("select extract(year from age(current_date, date '1990-06-15'))::int as value");
    expect(patients).toEqual([
      {
        patientId: patient.userId,
        relationshipId,
        relationshipType: "individual",
        since: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        firstName: "Pat",
        lastName: "Ient",
        preferredName: "Patty",
        pronouns: "they/them",
        age: expectedAge,
        timezone: "Europe/Paris",
        language: "fr",
        country: "FR",
      },
    ]);
  });

  test("the summary type itself has no birth date, gender, contact or account field", async () => {
    const data = expectData(
      await therapistApp.graphql<{ __type: { fields: { name: string }[] } }>(`{ __type(name: "PatientSummary") { fields { name } } }`),
    );
    expect(data.__type.fields.map((f) => f.name).sort()).toEqual(
      ["age", "country", "firstName", "language", "lastName", "patientId", "preferredName", "pronouns", "relationshipId", "relationshipType", "since", "timezone"].sort(),
    );
  });

  test("the therapist still cannot read the patient's profile, account or sessions directly", async () => {
    const data = expectData(
      await therapistApp.graphql(
        `query($id: UUID!) {
          userProfile(userId: $id) { dateOfBirth gender emergencyContactName }
          user(rowId: $id) { email }
          userProfiles(condition: { userId: $id }) { nodes { userId } }
          userSessions(condition: { userId: $id }) { nodes { userId } }
        }`,
        { id: patient.userId },
      ),
    );
    expect(data).toEqual({ userProfile: null, user: null, userProfiles: { nodes: [] }, userSessions: { nodes: [] } });
  });

  test("the patient sees the read in dataAccessLogs, under the request id the server sent back", async () => {
    await therapistSees();
    const requestId = readsThatSawPatient.at(-1)!;
    const data = expectData(
      await patientApp.graphql<{ dataAccessLogs: { nodes: Record<string, unknown>[] } }>(
        `query($requestId: String!) { dataAccessLogs(condition: { requestId: $requestId }) { nodes {
          accessorId accessorRole patientId dataKind requestId
        } } }`,
        { requestId },
      ),
    );
    expect(data.dataAccessLogs.nodes).toEqual([
      { accessorId: therapist.userId, accessorRole: "hp_therapist", patientId: patient.userId, dataKind: "user_profiles", requestId },
    ]);
    // Exactly one record per request that saw the patient; none for the reads that saw nothing.
    expect(await loggedReads()).toEqual(readsThatSawPatient);
    // The therapist cannot read the log, and nobody can change it.
    expectCode(await therapistApp.graphql(`{ dataAccessLogs { nodes { rowId } } }`), "DENIED");
  });

  test("withdrawing consent empties myPatients at once; granting again restores it", async () => {
    expectData(await patientApp.graphql(WITHDRAW_SHARING));
    expect(await therapistSees()).toEqual([]);
    expectData(await patientApp.graphql(GRANT_SHARING));
    expect((await therapistSees()).map((p) => p.patientId)).toEqual([patient.userId]);
  });

  test("ending the relationship empties myPatients, though consent stands", async () => {
    const data = expectData(
      await patientApp.graphql<{ endRelationship: { result: { status: string; endedBy: string } } }>(
        `mutation($id: UUID!) { endRelationship(input: { relationshipId: $id }) { result { status endedBy } } }`,
        { id: relationshipId },
      ),
    );
    expect(data.endRelationship.result).toEqual({ status: "ended", endedBy: patient.userId });
    expect(await therapistSees()).toEqual([]);
    expect(expectData(await patientApp.graphql<{ myTherapists: { nodes: unknown[] } }>(MY_THERAPISTS)).myTherapists.nodes).toEqual([]);
    expect(expectData(await patientApp.graphql(`{ hasConsented(consent: therapist_sharing) }`))).toEqual({ hasConsented: true });
    expect(await loggedReads()).toEqual(readsThatSawPatient);
    // Ending twice is NTFND.
    expectCode(
      await therapistApp.graphql(`mutation($id: UUID!) { endRelationship(input: { relationshipId: $id }) { result { status } } }`, {
        id: relationshipId,
      }),
      "NTFND",
    );
  });
});

describe("who may take which step", () => {
  test("a patient cannot invite, a therapist cannot accept, another patient cannot accept or end", async () => {
    const therapist = await registerTherapist(server);
    const patient = await registerAndVerify(server);
    const stranger = await registerAndVerify(server);
    const therapistApp = await loginWithBearer(server, therapist);
    const patientApp = await loginWithBearer(server, patient);
    const strangerApp = await loginWithBearer(server, stranger);

    const byPatient = await patientApp.graphql(
      `mutation($email: String!) { invitePatient(input: { patientEmail: $email, relationshipType: individual }) { result { rowId } } }`,
      { email: stranger.email },
    );
    expect(errorCodes(byPatient)).toEqual(["DENIED"]);

    const relationshipId = await invite(therapistApp, patient);
    const ACCEPT = `mutation($id: UUID!) { respondToInvitation(input: { relationshipId: $id, accept: true }) { result { status } } }`;
    expectCode(await therapistApp.graphql(ACCEPT, { id: relationshipId }), "DENIED");
    expectCode(await strangerApp.graphql(ACCEPT, { id: relationshipId }), "NTFND");
    expectCode(
      await strangerApp.graphql(`mutation($id: UUID!) { endRelationship(input: { relationshipId: $id }) { result { status } } }`, {
        id: relationshipId,
      }),
      "NTFND",
    );
    const [row] = await rootQuery("select status::text from app_public.therapeutic_relationships where id = $1", [relationshipId]);
    expect(row).toEqual({ status: "pending" });
    // Nor does a stranger's consent open anything to this therapist.
    expectData(await strangerApp.graphql(GRANT_SHARING));
    expect((await myPatients(therapistApp)).patients).toEqual([]);
  });
});
