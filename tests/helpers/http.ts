// The API over real HTTP, for jest tests: the server app on an ephemeral port against
// the test database, and a small GraphQL client that behaves like the web page
// (cookie jar, x-csrf-token echoed from the hp.csrf cookie) or like a mobile app
// (Bearer token).
//
//   const server = await startTestServer();          // afterAll(() => server.close())
//   const page = server.client();                    // cookies + CSRF, like the browser
//   await page.graphql(`mutation($input: LoginInput!) { login(input: $input) { ... } }`, { input });
//   const { data, errors } = await page.graphql(`{ currentUser { id } }`);
//   const app = server.client({ bearer: token });    // Authorization: Bearer <token>
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createApp, type AppOptions } from "../../server/app.ts";
import { testDatabase } from "./env.ts";

/** The cookie the page reads and echoes in the x-csrf-token header (server/middleware/cookieSession.ts). */
export const CSRF_COOKIE = "hp.csrf";
export const CSRF_HEADER = "x-csrf-token";

export interface TestServer {
  /** http://127.0.0.1:<port> */
  url: string;
  client(options?: ClientOptions): GraphQLClient;
  close(): Promise<void>;
}

/** Starts the app (development mode unless told otherwise) on 127.0.0.1:<random port>. */
export async function startTestServer(options: Partial<AppOptions> = {}): Promise<TestServer> {
  const { app, close } = await createApp({
    authDatabaseUrl: testDatabase.auth,
    production: false,
    exportSchemaSDLPath: null,
    ...options,
  });
  const server: Server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let closed: Promise<void> | undefined;
  return {
    url,
    client: (clientOptions) => new GraphQLClient(url, clientOptions),
    close() {
      closed ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await close();
      })();
      return closed;
    },
  };
}

export interface ClientOptions {
  /** Sent as `Authorization: Bearer <token>`. */
  bearer?: string;
  /** Echo the hp.csrf cookie in x-csrf-token, as the page does (default true). */
  csrf?: boolean;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
  /** Default "/graphql". */
  graphqlPath?: string;
}

export interface GraphQLErrorLike {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

export interface GraphQLResponse<TData> {
  status: number;
  data?: TData | null;
  errors?: GraphQLErrorLike[];
  headers: Headers;
}

/**
 * Reads Set-Cookie headers into a name → value jar (path and domain are ignored: there
 * is one test server). A cookie that is expired or has Max-Age <= 0 is removed. The
 * Secure flag is ignored, so production-mode cookies still flow over plain HTTP here.
 */
export function applySetCookies(jar: Map<string, string>, setCookies: string[], now: Date = new Date()): void {
  for (const header of setCookies) {
    const [pair = "", ...attributes] = header.split(";");
    const eq = pair.indexOf("=");
    if (eq <= 0) continue;
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    let expired = false;
    for (const attribute of attributes) {
      const [key = "", ...rest] = attribute.split("=");
      const attrValue = rest.join("=").trim();
      const lower = key.trim().toLowerCase();
      if (lower === "max-age" && Number(attrValue) <= 0) expired = true;
      if (lower === "expires" && Date.parse(attrValue) <= now.getTime()) expired = true;
    }
    if (expired) jar.delete(name);
    else jar.set(name, value);
  }
}

export class GraphQLClient {
  readonly cookies = new Map<string, string>();
  bearer: string | undefined;
  csrf: boolean;
  readonly headers: Record<string, string>;
  readonly graphqlPath: string;
  readonly baseUrl: string;

  constructor(baseUrl: string, options: ClientOptions = {}) {
    this.baseUrl = baseUrl;
    this.bearer = options.bearer;
    this.csrf = options.csrf ?? true;
    this.headers = { ...options.headers };
    this.graphqlPath = options.graphqlPath ?? "/graphql";
  }

  /** The value of a cookie in the jar (decoded). */
  cookie(name: string): string | undefined {
    const raw = this.cookies.get(name);
    return raw === undefined ? undefined : decodeURIComponent(raw);
  }

  /** Any HTTP request, with the jar, the Bearer token and the CSRF header applied. */
  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    for (const [name, value] of Object.entries(this.headers)) if (!headers.has(name)) headers.set(name, value);
    if (this.cookies.size > 0 && !headers.has("cookie")) {
      headers.set("cookie", [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    }
    if (this.bearer && !headers.has("authorization")) headers.set("authorization", `Bearer ${this.bearer}`);
    const csrfToken = this.cookie(CSRF_COOKIE);
    if (this.csrf && csrfToken && !headers.has(CSRF_HEADER)) headers.set(CSRF_HEADER, csrfToken);
    const response = await fetch(new URL(path, this.baseUrl), { ...init, headers, redirect: "manual" });
    applySetCookies(this.cookies, response.headers.getSetCookie());
    return response;
  }

  /** POSTs a GraphQL operation; never throws for GraphQL errors (see `data()`). */
  async graphql<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    init: { headers?: Record<string, string> } = {},
  ): Promise<GraphQLResponse<TData>> {
    const response = await this.request(this.graphqlPath, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...init.headers },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    let body: { data?: TData | null; errors?: GraphQLErrorLike[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new Error(`${this.graphqlPath} answered ${response.status} with non-JSON: ${text.slice(0, 200)}`);
    }
    return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
  }

  /** Like graphql(), but throws on any error and returns `data`. */
  async data<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<TData> {
    const result = await this.graphql<TData>(query, variables);
    if (result.errors?.length || result.data == null) {
      throw new Error(`GraphQL failed (HTTP ${result.status}): ${JSON.stringify(result.errors ?? result.data)}`);
    }
    return result.data;
  }
}
