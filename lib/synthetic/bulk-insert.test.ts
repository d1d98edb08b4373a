import { describe, expect, it } from "vitest";
import { literal } from "./bulk-insert";

describe("literal", () => {
  it("escapes quotes in strings", () => {
    expect(literal("Officials' meeting")).toBe("'Officials'' meeting'");
  });
  it("writes dates as calendar dates", () => {
    expect(literal(new Date("2024-02-28T00:00:00Z"))).toBe("'2024-02-28'");
  });
  it("writes text arrays, empty ones too", () => {
    expect(literal(["CT", "it's"])).toBe("ARRAY['CT','it''s']::text[]");
    expect(literal([])).toBe("'{}'::text[]");
  });
  it("writes NULL, booleans, numbers and raw SQL", () => {
    expect([literal(null), literal(true), literal(42), literal({ raw: "CURRENT_TIMESTAMP" })]).toEqual([
      "NULL",
      "TRUE",
      "42",
      "CURRENT_TIMESTAMP",
    ]);
  });
  it("refuses numbers that are not finite", () => {
    expect(() => literal(Number.NaN)).toThrow();
  });
});
