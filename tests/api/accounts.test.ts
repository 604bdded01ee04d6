// An account's life over real HTTP, as a web page (cookie + CSRF) or an app (Bearer)
// sees it: register, confirm the email, sign in, read and change your own data, sign
// out; change or reset the password; turn on two-factor and sign in with it.
// The emails' links are read from app_private.notification_outbox as the superuser.
import {
  CURRENT_USER,
  emailedToken,
  expectCode,
  expectData,
  latestEmail,
  login,
  loginWithBearer,
  loginWithCookie,
  register,
  registerAndVerify,
  rootQuery,
  rootValue,
  sessionsOf,
  strongPassword,
  totpCode,
  uniqueEmail,
  userIdOf,
  VERIFY_EMAIL,
  wrongTotpCode,
} from "../helpers/accounts.ts";
import { CSRF_COOKIE, startTestServer, type GraphQLClient, type TestServer } from "../helpers/http.ts";

interface CurrentUser {
  currentUser: {
    rowId: string;
    email: string;
    role: string;
    accountStatus: string;
    emailVerified: boolean;
    twoFactorEnabled: boolean;
  } | null;
}

const OWN_PROFILE = `query Own($userId: UUID!) {
  userProfile(userId: $userId) { userId firstName lastName timezone }
  userPreference(userId: $userId) { userId theme textScale }
  currentUser { userProfile { firstName } userPreference { theme } }
}`;
const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { success } }`;
const FORGOT_PASSWORD = `mutation($email: String!) { forgotPassword(input: { email: $email }) { result } }`;
const RESET_PASSWORD = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { success } }`;

async function currentUserOf(client: GraphQLClient) {
  return expectData(await client.graphql<CurrentUser>(CURRENT_USER)).currentUser;
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe("register and confirm the email", () => {
  test("register queues a confirmation email whose link verifies the account, once", async () => {
    const email = uniqueEmail("newcomer");
    const anonymous = server.client();
    expect(expectData(await register(anonymous, { email, firstName: "Nora" }))).toEqual({ register: { success: true } });

    const [created] = await rootQuery<{ account_status: string; email_verified: boolean; role: string }>(
      "select account_status, email_verified, role from app_public.users where email = $1",
      [email],
    );
    expect(created).toEqual({ account_status: "pending_verification", email_verified: false, role: "patient" });
    const consents = await rootQuery<{ consent_type: string }>(
      `select consent_type::text from app_public.consent_tracking c join app_public.users u on u.id = c.user_id
       where u.email = $1 and action = 'granted' order by 1`,
      [email],
    );
    expect(consents.map((c) => c.consent_type)).toEqual(["privacy_policy", "terms_of_service"]);

    const message = await latestEmail(email, "verify_email");
    expect(message?.body).toMatch(/\/verify-email\?token=/);
    const token = await emailedToken(email, "verify_email");
    expect(expectData(await anonymous.graphql(VERIFY_EMAIL, { token }))).toEqual({ verifyEmail: { result: true } });

    const [verified] = await rootQuery("select account_status, email_verified from app_public.users where email = $1", [
      email,
    ]);
    expect(verified).toEqual({ account_status: "active", email_verified: true });
    // The link works once.
    expectCode(await anonymous.graphql(VERIFY_EMAIL, { token }), "TOKEN");
  });

  test("an unconfirmed account can sign in and ask for a new link, at most one a minute", async () => {
    const email = uniqueEmail("unconfirmed");
    const password = strongPassword();
    expectData(await register(server.client(), { email, password }));
    const page = await loginWithCookie(server, { email, password });
    expect(await currentUserOf(page)).toMatchObject({ accountStatus: "pending_verification", emailVerified: false });

    const RESEND = `mutation { resendVerificationEmail(input: {}) { result } }`;
    expect(expectData(await page.graphql(RESEND))).toEqual({ resendVerificationEmail: { result: true } });
    const emails = await rootValue<number>(
      "select count(*)::int as value from app_private.notification_outbox where to_address = $1 and template = 'verify_email'",
      [email],
    );
    expect(emails).toBe(1);
    expectCode(await server.client().graphql(RESEND), "DENIED");
  });

  test("registering a taken email answers the same and tells the owner instead", async () => {
    const owner = await registerAndVerify(server);
    const result = await register(server.client(), { email: owner.email.toUpperCase() });
    expect(expectData(result)).toEqual({ register: { success: true } });
    expect(await latestEmail(owner.email, "already_registered")).toBeDefined();
    expect(await rootValue("select count(*)::int as value from app_public.users where email = $1", [owner.email])).toBe(1);
  });
});

describe("signing in and out", () => {
  test("cookie mode: an HttpOnly hp.sid, a readable hp.csrf equal to the returned csrfToken", async () => {
    const account = await registerAndVerify(server);
    const page = server.client();
    const result = await login(page, account);
    const data = expectData(result);
    expect(data.login).toMatchObject({ userId: account.userId, accessToken: null });
    expect(data.login?.csrfToken).toEqual(expect.any(String));
    expect(page.cookie(CSRF_COOKIE)).toBe(data.login?.csrfToken);

    const setCookies = result.headers.getSetCookie();
    const sid = setCookies.find((c) => c.startsWith("hp.sid="));
    expect(sid).toMatch(/HttpOnly/i);
    expect(sid).toMatch(/SameSite=Lax/i);
    const csrf = setCookies.find((c) => c.startsWith("hp.csrf="));
    expect(csrf).toBeDefined();
    expect(csrf).not.toMatch(/HttpOnly/i);

    expect(await currentUserOf(page)).toEqual({
      rowId: account.userId,
      email: account.email,
      role: "patient",
      accountStatus: "active",
      emailVerified: true,
      twoFactorEnabled: false,
    });
    const sessions = await sessionsOf(account.userId);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.revoked_at).toBeNull();
  });

  test("bearer mode: an access token and no cookie", async () => {
    const account = await registerAndVerify(server);
    const client = server.client();
    const data = expectData(await login(client, account, { issueBearerToken: true }));
    expect(data.login).toMatchObject({ userId: account.userId, csrfToken: null });
    expect(data.login?.accessToken).toEqual(expect.any(String));
    expect(client.cookies.size).toBe(0);

    const app = server.client({ bearer: data.login!.accessToken! });
    expect((await currentUserOf(app))?.rowId).toBe(account.userId);
    // The same request without the token is anonymous.
    expect(await currentUserOf(server.client())).toBeNull();
  });

  test("a wrong password is CREDS, and so is an unknown email", async () => {
    const account = await registerAndVerify(server);
    expectCode(await login(server.client(), { ...account, password: strongPassword() }), "CREDS");
    expectCode(await login(server.client(), { email: uniqueEmail("nobody"), password: account.password }), "CREDS");
    expect(await sessionsOf(account.userId)).toHaveLength(0);
  });

  test("logout ends the cookie session: cookies cleared, and a replayed cookie is anonymous", async () => {
    const account = await registerAndVerify(server);
    const page = await loginWithCookie(server, account);
    const stolen = new Map(page.cookies);

    expect(expectData(await page.graphql(`mutation { logout(input: {}) { result } }`))).toEqual({
      logout: { result: true },
    });
    expect(page.cookies.has("hp.sid")).toBe(false);
    expect(page.cookies.has(CSRF_COOKIE)).toBe(false);
    expect(await currentUserOf(page)).toBeNull();

    const replay = server.client();
    for (const [name, value] of stolen) replay.cookies.set(name, value);
    expect(await currentUserOf(replay)).toBeNull();
    expect((await sessionsOf(account.userId)).map((s) => s.revoked_reason)).toEqual(["logout"]);
  });

  test("logoutEverywhere ends every session of the user, and only theirs", async () => {
    const account = await registerAndVerify(server);
    const bystander = await registerAndVerify(server);
    const page = await loginWithCookie(server, account);
    const phone = await loginWithBearer(server, account);
    const laptop = await loginWithBearer(server, account);
    const other = await loginWithBearer(server, bystander);

    expect(expectData(await phone.graphql(`mutation { logoutEverywhere(input: {}) { result } }`))).toEqual({
      logoutEverywhere: { result: 3 },
    });
    expectCode(await laptop.graphql(CURRENT_USER), "BADTOKEN");
    expectCode(await phone.graphql(CURRENT_USER), "BADTOKEN");
    expect(await currentUserOf(page)).toBeNull();
    expect((await sessionsOf(account.userId)).map((s) => s.revoked_reason)).toEqual([
      "logout_everywhere",
      "logout_everywhere",
      "logout_everywhere",
    ]);
    expect((await currentUserOf(other))?.rowId).toBe(bystander.userId);
  });
});

describe("your own profile and preferences", () => {
  test("read and update them over a cookie session (with the CSRF header)", async () => {
    const account = await registerAndVerify(server, { firstName: "Ada", lastName: "Lovelace" });
    const page = await loginWithCookie(server, account);

    const before = expectData(await page.graphql(OWN_PROFILE, { userId: account.userId }));
    expect(before).toEqual({
      userProfile: { userId: account.userId, firstName: "Ada", lastName: "Lovelace", timezone: "UTC" },
      userPreference: { userId: account.userId, theme: "system", textScale: "1.00" },
      currentUser: { userProfile: { firstName: "Ada" }, userPreference: { theme: "system" } },
    });

    const updated = expectData(
      await page.graphql(
        `mutation($userId: UUID!) {
          updateUserProfile(input: { userId: $userId, patch: {
            preferredName: "Addie", pronouns: "she/her", timezone: "Europe/London", country: "GB", language: "en-GB"
          } }) { userProfile { preferredName pronouns timezone country language } }
          updateUserPreference(input: { userId: $userId, patch: { theme: dark, textScale: "1.25", weeklySummary: false } }) {
            userPreference { theme textScale weeklySummary }
          }
        }`,
        { userId: account.userId },
      ),
    );
    expect(updated).toEqual({
      updateUserProfile: {
        userProfile: { preferredName: "Addie", pronouns: "she/her", timezone: "Europe/London", country: "GB", language: "en-GB" },
      },
      updateUserPreference: { userPreference: { theme: "dark", textScale: "1.25", weeklySummary: false } },
    });

    const [stored] = await rootQuery(
      `select p.preferred_name, p.timezone, pr.theme::text, pr.text_scale::text
       from app_public.user_profiles p join app_public.user_preferences pr using (user_id) where user_id = $1`,
      [account.userId],
    );
    expect(stored).toEqual({ preferred_name: "Addie", timezone: "Europe/London", theme: "dark", text_scale: "1.25" });
    // The change is in the audit trail, attributed to the user.
    const audit = await rootQuery<{ user_id: string }>(
      `select user_id from app_public.audit_logs
       where table_name = 'app_public.user_profiles' and action = 'update' and record_id = $1`,
      [account.userId],
    );
    expect(audit).toEqual([{ user_id: account.userId }]);
  });
});

describe("passwords", () => {
  test("changePassword: the old password then fails with CREDS; other sessions end, this one stays", async () => {
    const account = await registerAndVerify(server);
    const page = await loginWithCookie(server, account);
    const otherDevice = await loginWithBearer(server, account);
    const newPassword = strongPassword();

    expectCode(
      await page.graphql(CHANGE_PASSWORD, { input: { oldPassword: strongPassword(), newPassword } }),
      "CREDS",
    );
    expect(
      expectData(await page.graphql(CHANGE_PASSWORD, { input: { oldPassword: account.password, newPassword } })),
    ).toEqual({ changePassword: { success: true } });

    expect((await currentUserOf(page))?.rowId).toBe(account.userId);
    expectCode(await otherDevice.graphql(CURRENT_USER), "BADTOKEN");
    expectCode(await login(server.client(), account), "CREDS");
    expectData(await login(server.client(), { ...account, password: newPassword }));
    expect(await latestEmail(account.email, "password_changed")).toBeDefined();
  });

  test("forgotPassword + resetPassword: the emailed token works once, then TOKEN; every session ends", async () => {
    const account = await registerAndVerify(server);
    const device = await loginWithBearer(server, account);
    const anonymous = server.client();

    expect(expectData(await anonymous.graphql(FORGOT_PASSWORD, { email: account.email }))).toEqual({
      forgotPassword: { result: true },
    });
    const token = await emailedToken(account.email, "reset_password");
    const newPassword = strongPassword();
    expect(expectData(await anonymous.graphql(RESET_PASSWORD, { input: { token, newPassword } }))).toEqual({
      resetPassword: { success: true },
    });
    expectCode(
      await anonymous.graphql(RESET_PASSWORD, { input: { token, newPassword: strongPassword() } }),
      "TOKEN",
    );

    expectCode(await device.graphql(CURRENT_USER), "BADTOKEN");
    expect((await sessionsOf(account.userId)).map((s) => s.revoked_reason)).toEqual(["password_reset"]);
    expectCode(await login(server.client(), account), "CREDS");
    expectData(await login(server.client(), { ...account, password: newPassword }));
  });

  test("forgotPassword answers the same for an unknown address and queues nothing", async () => {
    const email = uniqueEmail("ghost");
    expect(expectData(await server.client().graphql(FORGOT_PASSWORD, { email }))).toEqual({
      forgotPassword: { result: true },
    });
    expect(await userIdOf(email)).toBeUndefined();
    expect(await latestEmail(email, "reset_password")).toBeUndefined();
  });
});

describe("two-factor authentication", () => {
  test("enrol over GraphQL, then login needs a code: missing TFARQ, wrong TFABD, right (TOTP or recovery) ok", async () => {
    const account = await registerAndVerify(server);
    const page = await loginWithCookie(server, account);

    const begun = expectData(
      await page.graphql<{ beginTwoFactorEnrolment: { result: string } }>(
        `mutation { beginTwoFactorEnrolment(input: {}) { result } }`,
      ),
    );
    expect(begun.beginTwoFactorEnrolment.result).toMatch(/^otpauth:\/\/totp\/Happy%20Path:.*\?secret=[A-Z2-7]+&/);

    const CONFIRM = `mutation($code: String!) { confirmTwoFactorEnrolment(input: { code: $code }) { result } }`;
    expectCode(await page.graphql(CONFIRM, { code: await wrongTotpCode(account.userId, { pending: true }) }), "TFABD");
    const confirmed = expectData(
      await page.graphql<{ confirmTwoFactorEnrolment: { result: string[] } }>(CONFIRM, {
        code: await totpCode(account.userId, { pending: true }),
      }),
    );
    const recoveryCodes = confirmed.confirmTwoFactorEnrolment.result;
    expect(recoveryCodes).toHaveLength(10);
    expect((await currentUserOf(page))?.twoFactorEnabled).toBe(true);

    expectCode(await login(server.client(), account), "TFARQ");
    expectCode(await login(server.client(), account, { totpCode: await wrongTotpCode(account.userId) }), "TFABD");
    // A wrong password with the right code is still CREDS: the code is no shortcut.
    expectCode(
      await login(server.client(), { ...account, password: strongPassword() }, {
        totpCode: await totpCode(account.userId, { stepOffset: 1 }),
      }),
      "CREDS",
    );

    // The enrolment used the current step; the next step's code is new, and accepted once.
    const next = await totpCode(account.userId, { stepOffset: 1 });
    const signedIn = await loginWithCookie(server, account, { totpCode: next });
    expect((await currentUserOf(signedIn))?.rowId).toBe(account.userId);
    expectCode(await login(server.client(), account, { totpCode: next }), "TFABD");

    // A recovery code works once.
    const recovery = recoveryCodes[0]!;
    const viaRecovery = await loginWithBearer(server, account, { totpCode: recovery });
    expect((await currentUserOf(viaRecovery))?.rowId).toBe(account.userId);
    expectCode(await login(server.client(), account, { totpCode: recovery }), "TFABD");

    // Beginning again while it is on is refused.
    expectCode(await page.graphql(`mutation { beginTwoFactorEnrolment(input: {}) { result } }`), "TFAON");
  });
});
