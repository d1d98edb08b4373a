import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, normaliseQuery } from "./queries";

describe("normaliseQuery", () => {
  it("trims and collapses whitespace", () => {
    expect(normaliseQuery("  law \n enforcement  ")).toBe("law enforcement");
  });
  it("caps very long queries", () => {
    expect(normaliseQuery("x".repeat(2000))).toHaveLength(MAX_QUERY_LENGTH);
  });
  it("treats a missing or repeated parameter sensibly", () => {
    expect(normaliseQuery(undefined)).toBe("");
    expect(normaliseQuery(["fentanyl", "other"])).toBe("fentanyl");
  });
});
