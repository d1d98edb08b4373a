import path from "node:path";
import { describe, expect, it } from "vitest";
import { databaseTarget } from "./env";

describe("databaseTarget", () => {
  it("uses PostgreSQL when DATABASE_URL is set", () => {
    expect(databaseTarget({ DATABASE_URL: "postgresql://u@localhost/parley", PARLEY_DATA_DIR: "data/pglite" })).toEqual(
      { kind: "postgres", url: "postgresql://u@localhost/parley" },
    );
  });
  it("falls back to PGlite on disk under the project", () => {
    expect(databaseTarget({ DATABASE_URL: undefined, PARLEY_DATA_DIR: "data/pglite" })).toEqual({
      kind: "pglite",
      dataDir: path.resolve("data/pglite"),
    });
  });
});
