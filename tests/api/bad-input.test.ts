// Wrong, hostile or stale input over real HTTP: each gets its documented code
// (docs/errors.md) and changes nothing, checked as the superuser before and after.
// The last part runs the server in production mode, where an error says its code and
// a generic message, and nothing about SQL, constraints or the stack.
import {
  CURRENT_USER,
  emailedToken,
  enableTwoFactor,
  errorCodes,
  expectCode,
  expectData,
  login,
  loginWithBearer,
  loginWithCookie,
  register,
  registerAndVerify,
  rootQuery,
  rowCounts,
  sessionsOf,
  strongPassword,
  uniqueEmail,
  VERIFY_EMAIL,
  wrongTotpCode,
  type Account,
} from "../helpers/accounts.ts";
import { CSRF_HEADER, startTestServer, type GraphQLClient, type GraphQLResponse, type TestServer } from "../helpers/http.ts";

const UPDATE_PROFILE = `mutation($userId: UUID!, $patch: UserProfilePatch!) {
  updateUserProfile(input: { userId: $userId, patch: $patch }) { userProfile { firstName } }
}`;

async function profileOf(userId: string): Promise<Record<string, unknown>> {
  const [row] = await rootQuery("select * from app_public.user_profiles where user_id = $1", [userId]);
  return row!;
}

/** Runs `act` and asserts that no table a refused request could touch has gained or lost a row. */
async function expectNothingChanged<T>(act: () => Promise<T>): Promise<T> {
  const before = await rowCounts();
  const result = await act();
  expect(await rowCounts()).toEqual(before);
  return result;
}

/** POSTs a raw body to /graphql and returns the status and the error codes. */
async function postRaw(client: GraphQLClient, body: string, headers: Record<string, string> = {}) {
  const response = await client.request("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  const json = (await response.json()) as Pick<GraphQLResponse<unknown>, "errors">;
  return { status: response.status, codes: errorCodes(json) };
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe("registration refusals leave no trace", () => {
  test.each([
    ["no at sign", "not-an-email"],
    ["no domain dot", "someone@localhost"],
    ["two at signs", "some@one@example.com"],
    ["a space", "some one@example.com"],
    ["longer than 255", `${"a".repeat(250)}@example.com`],
  ])("a malformed email (%s) is EMAIL", async (_why, email) => {
    const result = await expectNothingChanged(() => register(server.client(), { email }));
    expectCode(result, "EMAIL");
  });

  test.each([
    ["too short", () => "Ab3$xyz"],
    ["one character repeated", () => "aaaaaaaaaaaaaaaaaaaaaab"],
    ["a common password", () => "Password123"],
    ["built from the email", (localPart: string) => `My ${localPart} 42!`],
    ["longer than 256", () => `${strongPassword()}${"xyz!".repeat(70)}`],
  ])("a weak password (%s) is WEAKP", async (_why, makePassword) => {
    const email = uniqueEmail("weakling");
    const password = makePassword(email.split("@")[0]!);
    const result = await expectNothingChanged(() => register(server.client(), { email, password }));
    expectCode(result, "WEAKP");
  });

  test("terms not accepted is TERMS", async () => {
    const result = await expectNothingChanged(() => register(server.client(), { acceptTerms: false }));
    expectCode(result, "TERMS");
  });
});

describe("sign-in refusals", () => {
  test("five wrong passwords lock the account: LOCKD, and then even the right password is refused", async () => {
    const account = await registerAndVerify(server);
    const codes: unknown[] = [];
    for (let i = 0; i < 5; i++) {
      codes.push(...errorCodes(await login(server.client(), { ...account, password: strongPassword() })));
    }
    expect(codes).toEqual(["CREDS", "CREDS", "CREDS", "CREDS", "LOCKD"]);
    expectCode(await login(server.client(), account), "LOCKD");
    expectCode(await login(server.client(), account, { issueBearerToken: true }), "LOCKD");
    expect(await sessionsOf(account.userId)).toEqual([]);
    const [secrets] = await rootQuery<{ locked: boolean }>(
      "select locked_until > now() as locked from app_private.user_secrets where user_id = $1",
      [account.userId],
    );
    expect(secrets).toEqual({ locked: true });
  });

  test("a wrong TOTP code is TFABD and opens no session", async () => {
    const account = await registerAndVerify(server);
    const page = await loginWithCookie(server, account);
    await enableTwoFactor(page, account.userId);
    const sessionsBefore = await sessionsOf(account.userId);

    expectCode(await login(server.client(), account, { totpCode: await wrongTotpCode(account.userId) }), "TFABD");
    expectCode(await login(server.client(), account, { totpCode: "not a code" }), "TFABD");
    expect(await sessionsOf(account.userId)).toEqual(sessionsBefore);
  });
});

describe("sessions the database no longer accepts", () => {
  let account: Account;
  let page: GraphQLClient;
  let app: GraphQLClient;
  beforeEach(async () => {
    account = await registerAndVerify(server);
    page = await loginWithCookie(server, account);
    app = await loginWithBearer(server, account);
  });

  async function expectCookieIsAnonymous(): Promise<void> {
    expect(expectData(await page.graphql(CURRENT_USER))).toEqual({ currentUser: null });
    // The stale cookie was dropped, and what needs a session says LOGIN.
    expect(page.cookies.has("hp.sid")).toBe(false);
    expectCode(
      await page.graphql(`mutation($input: ChangePasswordInput!) { changePassword(input: $input) { success } }`, {
        input: { oldPassword: account.password, newPassword: strongPassword() },
      }),
      "LOGIN",
    );
  }

  test("past its absolute expiry: the cookie is anonymous, the token is BADTOKEN", async () => {
    await rootQuery(
      `update app_public.user_sessions set created_at = now() - interval '2 days', expires_at = now() - interval '1 second'
       where user_id = $1`,
      [account.userId],
    );
    const before = await profileOf(account.userId);
    const refused = await app.graphql(CURRENT_USER);
    expect(refused.status).toBe(401);
    expectCode(refused, "BADTOKEN");
    await expectCookieIsAnonymous();
    expect(await profileOf(account.userId)).toEqual(before);
  });

  test("idle longer than the timeout: refused the same way", async () => {
    await rootQuery("update app_public.user_sessions set last_seen_at = now() - interval '31 minutes' where user_id = $1", [
      account.userId,
    ]);
    expectCode(await app.graphql(CURRENT_USER), "BADTOKEN");
    await expectCookieIsAnonymous();
  });

  test("revoked from another device: the cookie is anonymous, the token is BADTOKEN", async () => {
    const other = await loginWithBearer(server, account);
    const sessions = await sessionsOf(account.userId);
    expect(sessions).toHaveLength(3);
    for (const session of sessions.slice(0, 2)) {
      expectData(
        await other.graphql(`mutation($id: UUID!) { revokeSession(input: { sessionId: $id }) { result } }`, {
          id: session.id,
        }),
      );
    }
    expectCode(await app.graphql(CURRENT_USER), "BADTOKEN");
    await expectCookieIsAnonymous();
    expect((await sessionsOf(account.userId)).map((s) => s.revoked_reason)).toEqual([
      "revoked_by_user",
      "revoked_by_user",
      null,
    ]);
  });
});

describe("credentials that were never valid", () => {
  test("a forged bearer token is 401 BADTOKEN", async () => {
    for (const token of ["x".repeat(43), "forged-token-forged-token-forged-token-1234", "a"]) {
      const result = await server.client({ bearer: token }).graphql(CURRENT_USER);
      expect({ token, status: result.status, codes: errorCodes(result) }).toEqual({
        token,
        status: 401,
        codes: ["BADTOKEN"],
      });
      expect(result.headers.get("www-authenticate")).toMatch(/^Bearer /);
    }
  });

  test.each([
    ["Basic credentials", "Basic dXNlcjpwYXNzd29yZA=="],
    ["Bearer without a token", "Bearer"],
    ["two tokens", "Bearer abc def"],
    ["another scheme", "Token 0123456789abcdef0123456789abcdef"],
    ["control characters", "Bearer abc\tdef"],
    ["an empty header", ""],
  ])("a garbled Authorization header (%s) is 401 BADTOKEN", async (_why, header) => {
    const result = await server.client({ headers: { authorization: header } }).graphql(CURRENT_USER);
    expect(result.status).toBe(401);
    expectCode(result, "BADTOKEN");
  });

  test("a forged hp.sid cookie is simply anonymous, and can change nothing", async () => {
    const victim = await registerAndVerify(server);
    await loginWithCookie(server, victim);
    const [session] = await sessionsOf(victim.userId);
    for (const forged of [
      "s%3Aforged.c2lnbmF0dXJl",
      `s%3A${session!.id}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`,
      encodeURIComponent(session!.id),
      "garbage",
    ]) {
      const attacker = server.client();
      attacker.cookies.set("hp.sid", forged);
      attacker.cookies.set("hp.csrf", "guess");
      const me = await attacker.graphql(CURRENT_USER);
      expect({ forged, status: me.status, data: me.data }).toEqual({ forged, status: 200, data: { currentUser: null } });
      const before = await profileOf(victim.userId);
      const change = await attacker.graphql(UPDATE_PROFILE, { userId: victim.userId, patch: { firstName: "Mallory" } });
      expectCode(change, "DENIED");
      expect(await profileOf(victim.userId)).toEqual(before);
    }
  });
});

describe("one-time tokens and new passwords", () => {
  const RESET_PASSWORD = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { success } }`;
  const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { success } }`;

  test("a token only works for its own purpose, and a misused one stays valid", async () => {
    const email = uniqueEmail("purpose");
    expectData(await register(server.client(), { email }));
    const verifyToken = await emailedToken(email, "verify_email");
    const anonymous = server.client();
    const misused = await expectNothingChanged(() =>
      anonymous.graphql(RESET_PASSWORD, { input: { token: verifyToken, newPassword: strongPassword() } }),
    );
    expectCode(misused, "TOKEN");
    expectCode(await anonymous.graphql(VERIFY_EMAIL, { token: "x".repeat(43) }), "TOKEN");
    expect(expectData(await anonymous.graphql(VERIFY_EMAIL, { token: verifyToken }))).toEqual({ verifyEmail: { result: true } });
  });

  test("a weak new password is WEAKP and changes nothing", async () => {
    const account = await registerAndVerify(server);
    const page = await loginWithCookie(server, account);
    const result = await page.graphql(CHANGE_PASSWORD, { input: { oldPassword: account.password, newPassword: "Password123" } });
    expectCode(result, "WEAKP");
    expectData(await login(server.client(), account));
  });

  // docs/errors.md: WEAKP covers a password that "contains the email's local part". register
  // checks it; changePassword and resetPassword call assertStrongPassword without the email.
  test("changePassword refuses a new password built from the email (WEAKP)", async () => {
    const account = await registerAndVerify(server);
    const page = await loginWithCookie(server, account);
    const newPassword = `My ${account.email.split("@")[0]} 42!`;
    expectCode(await page.graphql(CHANGE_PASSWORD, { input: { oldPassword: account.password, newPassword } }), "WEAKP");
  });

  test("resetPassword refuses a new password built from the email (WEAKP)", async () => {
    const account = await registerAndVerify(server);
    expectData(await server.client().graphql(`mutation($e: String!) { forgotPassword(input: { email: $e }) { result } }`, { e: account.email }));
    const token = await emailedToken(account.email, "reset_password");
    const newPassword = `My ${account.email.split("@")[0]} 42!`;
    expectCode(await server.client().graphql(RESET_PASSWORD, { input: { token, newPassword } }), "WEAKP");
  });
});

describe("malformed requests", () => {
  test("a body over 100 kB is 413 TOOBIG and runs nothing", async () => {
    const email = uniqueEmail("huge");
    const body = JSON.stringify({
      query: `mutation($input: RegisterInput!) { register(input: $input) { success } }`,
      variables: {
        input: { email, password: strongPassword(), firstName: "x".repeat(110_000), acceptTerms: true },
      },
    });
    const answer = await expectNothingChanged(() => postRaw(server.client(), body));
    expect(answer).toEqual({ status: 413, codes: ["TOOBIG"] });
  });

  test.each([
    ["truncated", `{"query": "{ currentUser { rowId } }"`],
    ["not JSON at all", `query { currentUser { rowId } }`],
    ["a trailing comma", `{"query": "{ __typename }",}`],
  ])("malformed JSON (%s) is 400 BADJSON", async (_why, body) => {
    expect(await postRaw(server.client(), body)).toEqual({ status: 400, codes: ["BADJSON"] });
  });

  test("a cookie-authenticated mutation without the right x-csrf-token is 403 CSRF and changes nothing", async () => {
    const account = await registerAndVerify(server);
    const page = await loginWithCookie(server, account);
    const before = await profileOf(account.userId);
    const body = JSON.stringify({ query: UPDATE_PROFILE, variables: { userId: account.userId, patch: { firstName: "Forged" } } });

    page.csrf = false;
    const missing = await expectNothingChanged(() => postRaw(page, body));
    const wrong = await expectNothingChanged(() => postRaw(page, body, { [CSRF_HEADER]: "not-the-token" }));
    expect([missing, wrong]).toEqual([
      { status: 403, codes: ["CSRF"] },
      { status: 403, codes: ["CSRF"] },
    ]);
    expect(await profileOf(account.userId)).toEqual(before);

    // The same request with the token goes through: the refusal was about the header only.
    page.csrf = true;
    expect(expectData(await page.graphql(UPDATE_PROFILE, { userId: account.userId, patch: { firstName: "Real" } }))).toEqual({
      updateUserProfile: { userProfile: { firstName: "Real" } },
    });
  });
});

describe("every error carries a code (docs/errors.md)", () => {
  // Parse and validation errors pass through server/errors.ts makeMaskError untouched,
  // and grafserv answers a wrong method or media type itself: none carries extensions.code.
  test("GraphQL parse, validation and variable errors, and grafserv's HTTP refusals, all carry extensions.code", async () => {
    const client = server.client();
    const answers: { what: string; status: number; codes: unknown[] }[] = [];
    for (const [what, query, variables] of [
      ["an unknown field", "{ currentUser { nope } }", {}],
      ["a syntax error", "{ currentUser ", {}],
      ["a malformed variable", "query($id: UUID!) { userProfile(userId: $id) { firstName } }", { id: "not-a-uuid" }],
    ] as const) {
      const result = await client.graphql(query, variables);
      answers.push({ what, status: result.status, codes: errorCodes(result) });
    }
    for (const [what, init] of [
      ["GET", { method: "GET" }],
      ["text/plain", { method: "POST", headers: { "content-type": "text/plain" }, body: `{"query":"{ __typename }"}` }],
      ["no query", { method: "POST", headers: { "content-type": "application/json" }, body: `{"nope":1}` }],
    ] as const) {
      const response = await client.request("/graphql", init);
      const body = (await response.json()) as Pick<GraphQLResponse<unknown>, "errors">;
      answers.push({ what, status: response.status, codes: errorCodes(body) });
    }
    const withoutCode = answers.filter((answer) => answer.codes.length === 0 || answer.codes.some((c) => typeof c !== "string"));
    expect(withoutCode).toEqual([]);
  });
});

describe("values the database refuses", () => {
  let account: Account;
  let app: GraphQLClient;
  beforeAll(async () => {
    account = await registerAndVerify(server);
    app = await loginWithBearer(server, account);
  });

  test.each([
    ["a first name over 100 characters", { firstName: "x".repeat(101) }],
    ["a blank first name", { firstName: "   " }],
    ["pronouns over 50 characters", { pronouns: "x".repeat(51) }],
    ["a last name over 100 characters", { lastName: "x".repeat(101) }],
    ["an unknown timezone", { timezone: "Mars/Olympus_Mons" }],
    ["a timezone over 64 characters", { timezone: `Europe/${"x".repeat(60)}` }],
    ["a malformed language", { language: "english" }],
    ["a lower-case country", { country: "gb" }],
    ["a birth date in the future", { dateOfBirth: "2999-01-01" }],
    ["a malformed phone number", { emergencyContactPhone: "call me maybe" }],
  ])("%s is INVALID and the profile is unchanged", async (_why, patch) => {
    const before = await profileOf(account.userId);
    const result = await expectNothingChanged(() => app.graphql(UPDATE_PROFILE, { userId: account.userId, patch }));
    expectCode(result, "INVALID");
    expect(await profileOf(account.userId)).toEqual(before);
  });

  test("a text scale out of range is INVALID", async () => {
    const result = await app.graphql(
      `mutation($id: UUID!) { updateUserPreference(input: { userId: $id, patch: { textScale: "5" } }) { userPreference { textScale } } }`,
      { id: account.userId },
    );
    expectCode(result, "INVALID");
  });

  test("ids that are not yours to act on are NTFND", async () => {
    const other = await registerAndVerify(server);
    await loginWithBearer(server, other);
    const [otherSession] = await sessionsOf(other.userId);
    const before = await sessionsOf(other.userId);
    const attempts = [
      [`mutation($id: UUID!) { revokeSession(input: { sessionId: $id }) { result } }`, { id: otherSession!.id }],
      [`mutation($id: UUID!) { respondToInvitation(input: { relationshipId: $id, accept: true }) { result { rowId } } }`, { id: otherSession!.id }],
      [`mutation($id: UUID!) { endRelationship(input: { relationshipId: $id }) { result { rowId } } }`, { id: otherSession!.id }],
    ] as const;
    for (const [mutation, variables] of attempts) {
      const result = await expectNothingChanged(() => app.graphql(mutation, variables));
      expect({ mutation, codes: errorCodes(result) }).toEqual({ mutation, codes: ["NTFND"] });
    }
    expect(await sessionsOf(other.userId)).toEqual(before);
  });

  test("a value of the wrong type never reaches the database", async () => {
    const result = await expectNothingChanged(() =>
      app.graphql(`query($id: UUID!) { userProfile(userId: $id) { firstName } }`, { id: "not-a-uuid" }),
    );
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(result.data ?? null).toBeNull();
  });
});

describe("in production, errors say their code and nothing more", () => {
  let production: TestServer;
  let account: Account;
  let app: GraphQLClient;
  beforeAll(async () => {
    production = await startTestServer({ production: true, secureCookies: false, sessionSecret: "x".repeat(40) });
    account = await registerAndVerify(production);
    app = await loginWithBearer(production, account);
  });
  afterAll(async () => {
    await production?.close();
  });

  /** Nothing that names our SQL, a constraint or a source file. */
  function expectNoLeak(result: Pick<GraphQLResponse<unknown>, "errors">): void {
    const text = JSON.stringify(result.errors);
    expect(text).not.toMatch(/app_public|app_private|user_profiles|constraint|violates|check|relation|permission denied|sqlState|SQLSTATE|\.ts:|\.js:|\bat [\w.<>]+ \(/i);
    for (const error of result.errors ?? []) expect(Object.keys(error.extensions ?? {})).toEqual(["code"]);
  }

  test("a check violation is INVALID with a generic message and only the code", async () => {
    const result = await app.graphql(UPDATE_PROFILE, { userId: account.userId, patch: { timezone: "Mars/Olympus_Mons" } });
    expectCode(result, "INVALID");
    expect(result.errors?.[0]?.message).toBe("A value is not valid.");
    expectNoLeak(result);
  });

  test("a value too long and a missing grant say no more", async () => {
    const tooLong = await app.graphql(UPDATE_PROFILE, { userId: account.userId, patch: { firstName: "x".repeat(101) } });
    expectCode(tooLong, "INVALID");
    expectNoLeak(tooLong);
    const denied = await production.client().graphql(`{ users { nodes { email } } }`);
    expectCode(denied, "DENIED");
    expect(denied.errors?.[0]?.message).toBe("You are not allowed to do that.");
    expectNoLeak(denied);
  });

  test("our own SQL codes pass through with their message, still without detail", async () => {
    const result = await app.graphql(`mutation($id: UUID!) { revokeSession(input: { sessionId: $id }) { result } }`, {
      id: "00000000-0000-4000-8000-000000000000",
    });
    expectCode(result, "NTFND");
    expectNoLeak(result);
  });

  test("outside production the same error carries its SQL detail (so the check above means something)", async () => {
    const dev = await loginWithBearer(server, await registerAndVerify(server));
    const devUserId = expectData(await dev.graphql<{ currentUserId: string }>(`{ currentUserId }`)).currentUserId;
    const result = await dev.graphql(UPDATE_PROFILE, { userId: devUserId, patch: { timezone: "Mars/Olympus_Mons" } });
    expectCode(result, "INVALID");
    expect(result.errors?.[0]?.extensions).toMatchObject({ sqlState: "23514", constraint: expect.any(String) });
  });

  test("HTTP refusals have the same shape, and production sends its strict headers", async () => {
    const forged = await production.client({ bearer: "forged-token-forged-token-forged" }).graphql(CURRENT_USER);
    expect(forged.status).toBe(401);
    expectCode(forged, "BADTOKEN");
    expectNoLeak(forged);
    expect(forged.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
    expect(forged.headers.get("strict-transport-security")).toMatch(/max-age=/);

    const notFound = await production.client().request("/no/such/path");
    expect(notFound.status).toBe(404);
    expect(await notFound.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: "NOTFOUND" } }] });
  });
});
