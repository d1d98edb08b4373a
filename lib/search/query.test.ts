import { describe, expect, it } from "vitest";
import {
  highlightParts,
  MARK_END,
  MARK_START,
  MAX_QUERY_LENGTH,
  normaliseQuery,
  prefixQuery,
  queryWords,
} from "./query";

describe("normaliseQuery", () => {
  it("trims, collapses whitespace and caps the length", () => {
    expect(normaliseQuery("  law \n enforcement  ")).toBe("law enforcement");
    expect(normaliseQuery("x".repeat(2000))).toHaveLength(MAX_QUERY_LENGTH);
    expect(normaliseQuery(undefined)).toBe("");
    expect(normaliseQuery(["fentanyl", "other"])).toBe("fentanyl");
  });
});

describe("queryWords and prefixQuery", () => {
  it("keeps letters and digits of any script, and prefixes the last word", () => {
    expect(queryWords(`"law enforc`)).toEqual(["law", "enforc"]);
    expect(prefixQuery(queryWords(`"law enforc`))).toBe("law & enforc:*");
    expect(queryWords("गृह मंत्रालय")).toHaveLength(2);
  });
  it.each(['\'); DROP TABLE "Agreement"; --', "<script>alert(1)</script>", "!!! ((( :* & |", '"unbalanced'])(
    "never yields tsquery syntax from %j",
    (text) => {
      expect(prefixQuery(queryWords(text))).toMatch(/^([\p{L}\p{M}\p{N}]+(:\*)?( & )?)*$/u);
    },
  );
  it("gives nothing for a query without words", () => {
    expect(prefixQuery(queryWords("?!"))).toBe("");
  });
});

describe("highlightParts", () => {
  it("splits a snippet into plain and highlighted parts", () => {
    expect(highlightParts(`on ${MARK_START}fentanyl${MARK_END} supply`)).toEqual([
      { text: "on ", hit: false },
      { text: "fentanyl", hit: true },
      { text: " supply", hit: false },
    ]);
  });
});
