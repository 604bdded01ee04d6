// jest in ESM mode (graphile-worker and PostGraphile are ESM-only). Run it through
// `npm test` / `npm run test:jest`: scripts/test.ts rebuilds the test database, sets
// NODE_OPTIONS=--experimental-vm-modules and the TEST_*_DATABASE_URL variables.
// @swc/jest strips the types; `tsc -p .` is what checks them.
import type { Config } from "jest";

const config: Config = {
  rootDir: ".",
  testEnvironment: "node",
  testMatch: ["<rootDir>/tests/**/*.test.ts"],
  extensionsToTreatAsEsm: [".ts"],
  transform: {
    "^.+\\.ts$": [
      "@swc/jest",
      {
        jsc: { parser: { syntax: "typescript" }, target: "es2023" },
        module: { type: "es6" },
        sourceMaps: "inline",
      },
    ],
  },
  // Sources import each other with `.ts` (Node's type stripping needs it); a `.js`
  // spelling of a local module is mapped back to the file that exists.
  moduleNameMapper: {
    "^(\\.{1,2}/.*)\\.js$": "$1",
  },
  setupFilesAfterEnv: ["<rootDir>/tests/helpers/setup.ts"],
  // Database round trips and server start-up are slower than unit tests.
  testTimeout: 30_000,
  // Test files share one database; each test rolls back, but servers and workers
  // started by different files would compete for jobs.
  maxWorkers: 1,
};

export default config;
