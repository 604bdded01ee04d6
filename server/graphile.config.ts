// The PostGraphile preset: which plugins build the API from app_public, how a
// request reaches the database, and what the HTTP endpoint offers.
//
// Only app_public is introspected, as hp_authenticator; PostGraphile reads the
// grants (of the roles the authenticator may switch to) and leaves out every
// table, column and function that no application role may use.
import { makePgService } from "postgraphile/adaptors/pg";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { PgSimplifyInflectionPreset } from "@graphile/simplify-inflection";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";
import { PgAggregatesPreset } from "@graphile/pg-aggregates";
import type pg from "pg";
import { makeGraphqlContext } from "./context.ts";
import { makeMaskError } from "./errors.ts";
import { AuthPlugin } from "./plugins/auth.ts";
import { depthLimitPlugin } from "./plugins/depthLimit.ts";
import { LogoutCookiePlugin } from "./plugins/logout.ts";
import { UpdateNotFoundPlugin } from "./plugins/updateNotFound.ts";

export interface PresetOptions {
  /** hp_authenticator's connection string (PostGraphile's own pool). */
  authDatabaseUrl: string;
  /** The small authenticator pool for the auth functions (see authDatabase.ts). */
  authPool: pg.Pool;
  production: boolean;
  /** Where to write the schema's SDL (sorted), or null not to. */
  exportSchemaSDLPath: string | null;
  maxRequestBytes: number;
  maxQueryDepth: number;
}

export function makePreset(options: PresetOptions): GraphileConfig.Preset {
  return {
    extends: [PostGraphileAmberPreset, PgSimplifyInflectionPreset, PostGraphileConnectionFilterPreset, PgAggregatesPreset],
    plugins: [AuthPlugin, LogoutCookiePlugin, UpdateNotFoundPlugin, depthLimitPlugin(options.maxQueryDepth)],
    pgServices: [
      makePgService({
        connectionString: options.authDatabaseUrl,
        schemas: ["app_public"],
        pubsub: false,
      }),
    ],
    schema: {
      ...(options.exportSchemaSDLPath ? { exportSchemaSDLPath: options.exportSchemaSDLPath, sortExport: true } : {}),
    },
    grafast: {
      context: makeGraphqlContext(options.authPool),
    },
    grafserv: {
      graphqlPath: "/graphql",
      graphiql: !options.production,
      graphiqlPath: "/graphiql",
      graphiqlOnGraphQLGET: false,
      websockets: false,
      maxRequestLength: options.maxRequestBytes,
      maskError: makeMaskError(options.production),
    },
  };
}
