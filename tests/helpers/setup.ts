// Loaded by jest before every test file (jest.config.ts setupFilesAfterEnv).
import { closeDatabasePools } from "./db.ts";

afterAll(async () => {
  await closeDatabasePools();
});
