// The server's settings from the environment (the database URLs come from
// db/tools: see index.ts).
//
//   NODE_ENV=production  production mode: no GraphiQL, no schema export, Secure
//                        cookies, SESSION_SECRET required, no error detail
//   PORT                 default 3000
//   SESSION_SECRET       signs the session cookie (at least 32 characters)
//   TRUST_PROXY          Express's 'trust proxy': true, false, a hop count, or
//                        addresses/subnets ("loopback", "10.0.0.0/8"); default false
import { randomBytes } from "node:crypto";

export function isProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === "production";
}

export function port(env: NodeJS.ProcessEnv = process.env): number {
  return Number(env.PORT ?? 3000);
}

export function trustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === "" || value === "false") return false;
  if (value === "true") return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

/** Production refuses to start without a real secret; development makes one per process. */
export function sessionSecret(given: string | undefined, production: boolean): string {
  if (given && given.length >= 32) return given;
  if (production) {
    throw new Error("SESSION_SECRET must be set to at least 32 random characters in production.");
  }
  if (given) console.warn("SESSION_SECRET is shorter than 32 characters; fine for development only.");
  return given || randomBytes(32).toString("base64url");
}
