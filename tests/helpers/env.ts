// Where the test database is. scripts/test.ts (npm test, npm run test:jest) rebuilds
// it and sets these before starting jest:
//   TEST_ROOT_DATABASE_URL   a superuser, connected to the test database
//   TEST_OWNER_DATABASE_URL  hp_owner, connected to the test database
//   TEST_AUTH_DATABASE_URL   hp_authenticator (what the server and worker use)
function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run jest through \`npm test\` or \`npm run test:jest\`, which build the test database.`);
  }
  return value;
}

export const testDatabase = {
  get root(): string {
    return required("TEST_ROOT_DATABASE_URL");
  },
  get owner(): string {
    return required("TEST_OWNER_DATABASE_URL");
  },
  get auth(): string {
    return required("TEST_AUTH_DATABASE_URL");
  },
};
