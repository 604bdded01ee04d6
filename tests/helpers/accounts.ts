// Accounts for API tests, made the way a client makes them: register over GraphQL,
// read the email the database queued (as the superuser: the outbox is app_private),
// follow its link, sign in with a cookie or a Bearer token.
//
//   const alice = await registerAndVerify(server);            // { email, password, userId }
//   const page = await loginWithCookie(server, alice);        // cookies + CSRF
//   const app = await loginWithBearer(server, alice);         // Authorization: Bearer
//   expectCode(await app.graphql(`...`), "NTFND");
//
// Every account has a unique email, so tests never depend on each other's users.
import { randomUUID } from "node:crypto";
import { withRootClient } from "./db.ts";
import type { GraphQLClient, GraphQLResponse, TestServer } from "./http.ts";

export interface Account {
  email: string;
  password: string;
  userId: string;
}

/** A fresh address; the label says which test made it when you read the database. */
export function uniqueEmail(label = "user"): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.com`;
}

/** A password the strength rules accept (unique per call, nothing like the email). */
export function strongPassword(): string {
  return `Plum orchard ${randomUUID().slice(0, 6)} sings!`;
}

// ---------------------------------------------------------------------------
// GraphQL documents used by several files
// ---------------------------------------------------------------------------
export const REGISTER = `mutation Register($input: RegisterInput!) { register(input: $input) { success } }`;
export const VERIFY_EMAIL = `mutation Verify($token: String!) { verifyEmail(input: { token: $token }) { result } }`;
export const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) { userId expiresAt csrfToken accessToken }
}`;
export const CURRENT_USER = `{ currentUser { rowId email role accountStatus emailVerified twoFactorEnabled } }`;

export interface LoginResult {
  login: { userId: string; expiresAt: string; csrfToken: string | null; accessToken: string | null } | null;
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------
/** The codes of a response's errors, in order ([] when there are none). */
export function errorCodes(result: Pick<GraphQLResponse<unknown>, "errors">): unknown[] {
  return (result.errors ?? []).map((error) => error.extensions?.code);
}

/** Asserts the response failed with exactly this one code. */
export function expectCode(result: Pick<GraphQLResponse<unknown>, "errors">, code: string): void {
  expect(errorCodes(result)).toEqual([code]);
}

/** Asserts the response has no errors and returns its data. */
export function expectData<T>(result: GraphQLResponse<T>): T {
  expect(result.errors).toBeUndefined();
  expect(result.data).toBeTruthy();
  return result.data as T;
}

// ---------------------------------------------------------------------------
// Email: the outbox, read as the superuser
// ---------------------------------------------------------------------------
export interface OutboxMessage {
  template: string;
  subject: string;
  body: string;
}

/** The newest message of this template sent to this address, if any. */
export async function latestEmail(address: string, template: string): Promise<OutboxMessage | undefined> {
  return withRootClient(async (client) => {
    const { rows } = await client.query<OutboxMessage>(
      `select template, subject, body from app_private.notification_outbox
       where to_address = lower($1) and template = $2
       order by created_at desc, id desc limit 1`,
      [address, template],
    );
    return rows[0];
  });
}

/** The one-time token of the link in an email's body. */
export function linkToken(body: string): string {
  const token = /[?&]token=([A-Za-z0-9_-]+)/.exec(body)?.[1];
  if (!token) throw new Error(`No token link in this email: ${body}`);
  return token;
}

/** The token of the newest email of this template to this address (fails if there is none). */
export async function emailedToken(address: string, template: string): Promise<string> {
  const message = await latestEmail(address, template);
  if (!message) throw new Error(`No '${template}' email to ${address} in the outbox`);
  return linkToken(message.body);
}

// ---------------------------------------------------------------------------
// Registering and signing in
// ---------------------------------------------------------------------------
export interface RegisterOptions {
  email?: string;
  password?: string;
  firstName?: string;
  lastName?: string | null;
  acceptTerms?: boolean;
}

/** Calls register with sensible defaults; returns the raw response. */
export function register(client: GraphQLClient, options: RegisterOptions = {}) {
  return client.graphql<{ register: { success: boolean } | null }>(REGISTER, {
    input: {
      email: options.email ?? uniqueEmail(),
      password: options.password ?? strongPassword(),
      firstName: options.firstName ?? "Robin",
      lastName: options.lastName === undefined ? "Tester" : options.lastName,
      acceptTerms: options.acceptTerms ?? true,
    },
  });
}

/** The id of the account with this email (as the superuser), or undefined. */
export async function userIdOf(email: string): Promise<string | undefined> {
  return withRootClient(async (client) => {
    const { rows } = await client.query<{ id: string }>("select id from app_public.users where email = lower($1)", [email]);
    return rows[0]?.id;
  });
}

/** Registers over GraphQL and follows the verification link: an active, verified patient. */
export async function registerAndVerify(server: TestServer, options: RegisterOptions = {}): Promise<Account> {
  const email = options.email ?? uniqueEmail(options.firstName?.toLowerCase() ?? "user");
  const password = options.password ?? strongPassword();
  const anonymous = server.client();
  expectData(await register(anonymous, { ...options, email, password }));
  const token = await emailedToken(email, "verify_email");
  expect(expectData(await anonymous.graphql(VERIFY_EMAIL, { token }))).toEqual({ verifyEmail: { result: true } });
  const userId = await userIdOf(email);
  if (!userId) throw new Error(`register did not create ${email}`);
  return { email, password, userId };
}

/** Registers and verifies, then makes the account a therapist (no API does that: an admin's job). */
export async function registerTherapist(server: TestServer, options: RegisterOptions = {}): Promise<Account> {
  const account = await registerAndVerify(server, { firstName: "Theo", ...options });
  await withRootClient((client) =>
    client.query("update app_public.users set role = 'therapist' where id = $1", [account.userId]),
  );
  return account;
}

/** Calls login on this client; returns the raw response. */
export function login(
  client: GraphQLClient,
  account: Pick<Account, "email" | "password">,
  extra: { totpCode?: string; issueBearerToken?: boolean } = {},
) {
  return client.graphql<LoginResult>(LOGIN, { input: { email: account.email, password: account.password, ...extra } });
}

/** A new client signed in with the session cookie (and echoing the CSRF token). */
export async function loginWithCookie(
  server: TestServer,
  account: Pick<Account, "email" | "password">,
  extra: { totpCode?: string } = {},
): Promise<GraphQLClient> {
  const page = server.client();
  const data = expectData(await login(page, account, extra));
  expect(data.login?.csrfToken).toBeTruthy();
  return page;
}

/** A new client that sends the access token from a Bearer-mode login. */
export async function loginWithBearer(
  server: TestServer,
  account: Pick<Account, "email" | "password">,
  extra: { totpCode?: string } = {},
): Promise<GraphQLClient & { bearer: string }> {
  const data = expectData(await login(server.client(), account, { ...extra, issueBearerToken: true }));
  const token = data.login?.accessToken;
  if (!token) throw new Error("login returned no access token");
  return server.client({ bearer: token }) as GraphQLClient & { bearer: string };
}

/** Turns two-factor on over GraphQL for a signed-in client; returns the ten recovery codes. */
export async function enableTwoFactor(client: GraphQLClient, userId: string): Promise<string[]> {
  expectData(await client.graphql(`mutation { beginTwoFactorEnrolment(input: {}) { result } }`));
  const data = expectData(
    await client.graphql<{ confirmTwoFactorEnrolment: { result: string[] } }>(
      `mutation($code: String!) { confirmTwoFactorEnrolment(input: { code: $code }) { result } }`,
      { code: await totpCode(userId, { pending: true }) },
    ),
  );
  return data.confirmTwoFactorEnrolment.result;
}

// ---------------------------------------------------------------------------
// Looking behind the API, as the superuser
// ---------------------------------------------------------------------------
/** A TOTP code for the user's confirmed (or pending) secret, `stepOffset` 30-second steps from now. */
export async function totpCode(userId: string, { pending = false, stepOffset = 0 } = {}): Promise<string> {
  const column = pending ? "totp_pending_secret" : "totp_secret";
  return withRootClient(async (client) => {
    const { rows } = await client.query<{ code: string | null }>(
      `select app_private.totp_code(${column}, floor(extract(epoch from now()) / 30)::bigint + $2) as code
       from app_private.user_secrets where user_id = $1`,
      [userId, stepOffset],
    );
    const code = rows[0]?.code;
    if (!code) throw new Error(`user ${userId} has no ${column}`);
    return code;
  });
}

/** Six digits that are not the user's code for any step the server would accept now. */
export async function wrongTotpCode(userId: string, { pending = false } = {}): Promise<string> {
  const valid = new Set<string>();
  for (let offset = -2; offset <= 2; offset++) valid.add(await totpCode(userId, { pending, stepOffset: offset }));
  return ["000000", "111111", "222222", "333333", "444444", "555555"].find((code) => !valid.has(code))!;
}

export interface SessionRow {
  id: string;
  revoked_at: Date | null;
  revoked_reason: string | null;
}

/** The user's sessions, oldest first. */
export async function sessionsOf(userId: string): Promise<SessionRow[]> {
  return withRootClient(async (client) => {
    const { rows } = await client.query<SessionRow>(
      "select id, revoked_at, revoked_reason from app_public.user_sessions where user_id = $1 order by created_at, id",
      [userId],
    );
    return rows;
  });
}

/** Runs one query as the superuser and returns its rows. */
export async function rootQuery<R extends Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<R[]> {
  return withRootClient(async (client) => (await client.query<R>(sql, params)).rows);
}

/** The single value of a one-row, one-column query run as the superuser. */
export async function rootValue<T>(sql: string, params: unknown[] = []): Promise<T> {
  const [row] = await rootQuery<{ value: T }>(sql, params);
  if (!row || !("value" in row)) throw new Error(`expected one row with a 'value' column from: ${sql}`);
  return row.value;
}

/** Row counts of tables that a refused request must leave alone (and the audit chain's head). */
export async function rowCounts(): Promise<Record<string, number>> {
  const tables = [
    "app_public.users",
    "app_public.user_profiles",
    "app_public.user_preferences",
    "app_public.user_sessions",
    "app_public.consent_tracking",
    "app_public.therapeutic_relationships",
    "app_public.data_access_logs",
    "app_public.audit_logs",
    "app_private.user_secrets",
    "app_private.user_tokens",
    "app_private.notification_outbox",
  ];
  const sql = tables.map((table) => `select '${table}' as name, count(*)::int as n from ${table}`).join(" union all ");
  const rows = await rootQuery<{ name: string; n: number }>(sql);
  return Object.fromEntries(rows.map((row) => [row.name, row.n]));
}
