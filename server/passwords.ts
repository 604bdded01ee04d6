// Passwords are hashed and verified here, in Node, with argon2id (PostgreSQL has no
// argon2): the clear password never reaches the database. The parameters are
// OWASP's (19 MiB, 2 passes, 1 lane), about 18 ms per verify on our machines.
import argon2 from "argon2";
import { apiError } from "./errors.ts";

const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

/** The handful of passwords (10+ characters) that lead every breach list. */
const COMMON_PASSWORDS = new Set([
  "1234567890",
  "0987654321",
  "12345678910",
  "123456789a",
  "1q2w3e4r5t",
  "1qaz2wsx3edc",
  "qwertyuiop",
  "qwerty12345",
  "qwerty123456",
  "asdfghjkl;",
  "zxcvbnm123",
  "password12",
  "password123",
  "password1234",
  "passw0rd123",
  "iloveyou12",
  "iloveyou123",
  "letmein123",
  "welcome123",
  "admin12345",
  "administrator",
  "changeme123",
  "football123",
  "baseball123",
  "sunshine123",
  "princess123",
  "monkey12345",
  "dragon12345",
  "trustno1234",
  "happypath123",
]);

/**
 * Refuses passwords that are easy to guess; throws WEAKP with a reason the user can act on.
 * `email` (when known) lets us refuse a password built from the address.
 */
export function assertStrongPassword(password: string, email?: string): void {
  const characters = [...password];
  if (characters.length < PASSWORD_MIN_LENGTH) {
    throw apiError("WEAKP", `Use at least ${PASSWORD_MIN_LENGTH} characters.`);
  }
  if (characters.length > PASSWORD_MAX_LENGTH) {
    throw apiError("WEAKP", `Use at most ${PASSWORD_MAX_LENGTH} characters.`);
  }
  const counts = new Map<string, number>();
  for (const c of characters) counts.set(c, (counts.get(c) ?? 0) + 1);
  if (counts.size < 4 || Math.max(...counts.values()) > characters.length / 2) {
    throw apiError("WEAKP", "Use more different characters.");
  }
  const lower = password.toLowerCase();
  const localPart = email?.split("@")[0]?.trim().toLowerCase() ?? "";
  if (localPart.length >= 3 && lower.includes(localPart)) {
    throw apiError("WEAKP", "Do not use your email address in your password.");
  }
  if (COMMON_PASSWORDS.has(lower)) {
    throw apiError("WEAKP", "That password is too common.");
  }
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

/** False for a wrong password and for a hash argon2 cannot read. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies against a throwaway hash, so that a login for an unknown email takes as
 * long as one for a known email with a wrong password.
 */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword(`no such user ${Math.random()}`);
  await verifyPassword(await dummyHash, password);
  return false;
}
