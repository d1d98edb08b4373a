// Vitest setup for *.int.test.ts: each test file gets its own fresh database, installed as the
// process's `db` before the file's imports run.
import { afterAll } from "vitest";
import { createTestDatabase, type TestTarget } from "./database";

const target = (process.env.PARLEY_TEST_TARGET ?? "pglite") as TestTarget;
const database = await createTestDatabase(target);
(globalThis as unknown as { parleyDb: typeof database }).parleyDb = database;

afterAll(async () => {
  await database.close();
});
