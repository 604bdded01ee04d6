// The test helpers themselves: acting as a user goes through the real session
// resolution and RLS, and the HTTP client keeps cookies like a browser.
import { randomUUID } from "node:crypto";
import { asUser, withRootClient } from "../helpers/db.ts";
import { applySetCookies, startTestServer, type TestServer } from "../helpers/http.ts";

async function createUser(): Promise<string> {
  const email = `helper-${randomUUID()}@example.com`;
  return withRootClient(async (client) => {
    const { rows } = await client.query<{ id: string }>("select tests.create_user($1) as id", [email]);
    return rows[0]!.id;
  });
}

describe("asUser", () => {
  test("acts as the user's role with a live session, and rolls back", async () => {
    const alice = await createUser();
    const bob = await createUser();
    const seen = await asUser(alice, "patient", async (client) => {
      const { rows } = await client.query<{ me: string; role: string; ids: string[] }>(
        "select app_public.current_user_id() as me, current_user as role, array(select id from app_public.users) as ids",
      );
      return rows[0]!;
    });
    expect(seen.me).toBe(alice);
    expect(seen.role).toBe("hp_patient");
    expect(seen.ids).toEqual([alice]);
    expect(seen.ids).not.toContain(bob);
    const sessions = await withRootClient((client) =>
      client.query("select 1 from app_public.user_sessions where user_id = $1", [alice]),
    );
    expect(sessions.rowCount).toBe(0);
  });

  test("anonymous has no user", async () => {
    const me = await asUser(null, "anonymous", async (client) => {
      const { rows } = await client.query<{ me: string | null }>("select app_public.current_user_id() as me");
      return rows[0]!.me;
    });
    expect(me).toBeNull();
  });
});

describe("cookie jar", () => {
  test("stores, replaces and expires cookies", () => {
    const jar = new Map<string, string>();
    applySetCookies(jar, ["hp.sid=abc; Path=/; HttpOnly", "hp.csrf=t%2B1; Path=/"]);
    expect([...jar]).toEqual([
      ["hp.sid", "abc"],
      ["hp.csrf", "t%2B1"],
    ]);
    applySetCookies(jar, ["hp.sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT", "hp.csrf=x; Max-Age=0"]);
    expect(jar.size).toBe(0);
  });
});

describe("test server", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  test("answers GraphQL as anonymous", async () => {
    const result = await server.client().graphql<{ __typename: string }>("{ __typename }");
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
    expect(result.data?.__typename).toBe("Query");
  });
});
