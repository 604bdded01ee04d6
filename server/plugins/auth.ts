// The four mutations that need Node: whatever touches a clear password (argon2id
// runs here, not in PostgreSQL) or the session cookie. Each is a Grafast
// `sideEffect` step that calls the app_private functions on the authenticator's
// own pool, never the request's role-switched client. Every rule other than
// password strength (lockout, second factor, account status, token validity,
// revoking other sessions) is decided by those SQL functions.
//
// register does not sign in: a new account must first confirm its email, and
// register answers the same whether or not the address already had an account,
// so that nobody can find out who is a patient here.
import { context, sideEffect } from "postgraphile/grafast";
import { extendSchema, gql } from "postgraphile/utils";
import * as db from "../authDatabase.ts";
import { apiError } from "../errors.ts";
import { assertStrongPassword, hashPassword, verifyAgainstNothing, verifyPassword } from "../passwords.ts";
import type { AuthContext } from "../types.ts";

interface RegisterInput {
  email: string;
  password: string;
  firstName: string;
  lastName?: string | null;
  acceptTerms: boolean;
}
interface LoginInput {
  email: string;
  password: string;
  totpCode?: string | null;
  issueBearerToken?: boolean | null;
}
interface ChangePasswordInput {
  oldPassword: string;
  newPassword: string;
}
interface ResetPasswordInput {
  token: string;
  newPassword: string;
}

const LOGIN_REFUSALS: Record<Exclude<db.LoginStatus, "ok">, { code: string; message: string }> = {
  invalid: { code: "CREDS", message: "Wrong email or password." },
  locked: { code: "LOCKD", message: "Too many failed attempts; the account is locked for a while." },
  disabled: { code: "ACCDIS", message: "This account is disabled." },
  totp_required: { code: "TFARQ", message: "Enter the code from your authenticator app." },
  totp_invalid: { code: "TFABD", message: "That authenticator or recovery code is not valid." },
};

function auth(ctx: Grafast.Context): AuthContext {
  if (!ctx.happyPath) throw new Error("Auth mutations need an HTTP request context.");
  return ctx.happyPath;
}

async function register(input: RegisterInput, ctx: AuthContext) {
  assertStrongPassword(input.password, input.email);
  const passwordHash = await hashPassword(input.password);
  const success = await db.registerUser(ctx.authPool, ctx, {
    email: input.email,
    passwordHash,
    firstName: input.firstName,
    lastName: input.lastName ?? null,
    acceptTerms: input.acceptTerms,
  });
  return { success };
}

async function login(input: LoginInput, ctx: AuthContext) {
  const bearer = input.issueBearerToken === true;
  if (!bearer && !ctx.cookieSessionPossible) {
    // express-session would silently drop a Secure cookie on plain HTTP: refuse before opening a session.
    throw apiError("HTTPS", "Cookie sign-in needs HTTPS (behind a TLS proxy, set TRUST_PROXY).");
  }
  const account = await db.loginLookup(ctx.authPool, input.email);
  const passwordOk = account
    ? await verifyPassword(account.passwordHash, input.password)
    : await verifyAgainstNothing(input.password);
  const outcome = await db.loginComplete(ctx.authPool, ctx, account?.userId ?? null, passwordOk, input.totpCode ?? null);
  if (outcome.status !== "ok") {
    const refusal = LOGIN_REFUSALS[outcome.status] ?? LOGIN_REFUSALS.invalid;
    throw apiError(refusal.code, refusal.message);
  }
  if (!outcome.sessionId || !outcome.token || !outcome.expiresAt || !account) {
    throw new Error("login_complete said ok without a session");
  }
  const csrfToken = bearer ? null : await ctx.startCookieSession(outcome.sessionId, outcome.expiresAt);
  return {
    userId: account.userId,
    expiresAt: outcome.expiresAt.toISOString(),
    csrfToken,
    accessToken: bearer ? outcome.token : null,
  };
}

async function changePassword(input: ChangePasswordInput, ctx: AuthContext) {
  const sessionId = ctx.caller.session?.sessionId;
  if (!sessionId) throw apiError("LOGIN", "You must be signed in.");
  const currentHash = await db.passwordHashForSession(ctx.authPool, sessionId);
  if (!currentHash) throw apiError("LOGIN", "You must be signed in.");
  if (!(await verifyPassword(currentHash, input.oldPassword))) {
    throw apiError("CREDS", "The current password is wrong.");
  }
  assertStrongPassword(input.newPassword, (await db.emailForSession(ctx.authPool, sessionId)) ?? undefined);
  await db.changePassword(ctx.authPool, ctx, sessionId, await hashPassword(input.newPassword));
  return { success: true };
}

async function resetPassword(input: ResetPasswordInput, ctx: AuthContext) {
  assertStrongPassword(input.newPassword, (await db.emailForResetToken(ctx.authPool, input.token)) ?? undefined);
  const ok = await db.resetPassword(ctx.authPool, ctx, input.token, await hashPassword(input.newPassword));
  if (!ok) throw apiError("TOKEN", "This reset link is not valid or has expired.");
  return { success: true };
}

export const AuthPlugin = extendSchema(() => ({
  typeDefs: gql`
    input RegisterInput {
      email: String!
      "At least 10 characters; not a common password, not built from the email address."
      password: String!
      firstName: String!
      lastName: String
      "Accepts the current terms of service and privacy policy; registration is refused without it."
      acceptTerms: Boolean!
    }
    type RegisterPayload {
      "Always true when no error is raised, whether or not the email already had an account (we email its owner instead)."
      success: Boolean!
    }

    input LoginInput {
      email: String!
      password: String!
      "The authenticator app's code, or a recovery code, when two-factor authentication is on."
      totpCode: String
      "True: return an access token for the Authorization header. False (default): set the session cookie."
      issueBearerToken: Boolean = false
    }
    type LoginPayload {
      userId: UUID!
      "When the session ends at the latest; it also ends after a period of inactivity."
      expiresAt: Datetime!
      "Cookie mode: send it back in the x-csrf-token header of every mutation (also in the hp.csrf cookie)."
      csrfToken: String
      "Bearer mode: send it as 'Authorization: Bearer <accessToken>'. Shown once."
      accessToken: String
    }

    input ChangePasswordInput {
      oldPassword: String!
      newPassword: String!
    }
    type ChangePasswordPayload {
      "Your other sessions are signed out; this one stays."
      success: Boolean!
    }

    input ResetPasswordInput {
      "The token from the reset email."
      token: String!
      newPassword: String!
    }
    type ResetPasswordPayload {
      "Every session is signed out; sign in with the new password."
      success: Boolean!
    }

    extend type Mutation {
      "Creates a patient account and emails a confirmation link. Does not sign in."
      register(input: RegisterInput!): RegisterPayload
      "Signs in with email and password (and a second factor when enabled)."
      login(input: LoginInput!): LoginPayload
      "Changes the signed-in user's password."
      changePassword(input: ChangePasswordInput!): ChangePasswordPayload
      "Sets a new password with the token from a reset email."
      resetPassword(input: ResetPasswordInput!): ResetPasswordPayload
    }
  `,
  objects: {
    Mutation: {
      plans: {
        register(_$root, fieldArgs) {
          const $input = fieldArgs.getRaw("input");
          return sideEffect([$input, context()], ([input, ctx]) => register(input as RegisterInput, auth(ctx)));
        },
        login(_$root, fieldArgs) {
          const $input = fieldArgs.getRaw("input");
          return sideEffect([$input, context()], ([input, ctx]) => login(input as LoginInput, auth(ctx)));
        },
        changePassword(_$root, fieldArgs) {
          const $input = fieldArgs.getRaw("input");
          return sideEffect([$input, context()], ([input, ctx]) =>
            changePassword(input as ChangePasswordInput, auth(ctx)),
          );
        },
        resetPassword(_$root, fieldArgs) {
          const $input = fieldArgs.getRaw("input");
          return sideEffect([$input, context()], ([input, ctx]) =>
            resetPassword(input as ResetPasswordInput, auth(ctx)),
          );
        },
      },
    },
  },
}), "HappyPathAuthPlugin");
