import { describe, expect, it } from "vitest";
import {
  highlightParts,
  MARK_END,
  MARK_START,
  MAX_QUERY_LENGTH,
  normaliseQuery,
  looseQuery,
  queryTerms,
  termRuns,
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

describe("queryTerms and looseQuery", () => {
  const loose = (q: string, alternatives?: Map<string, string[]>) => looseQuery(queryTerms(q), alternatives);

  it("keeps letters and digits of any script, and prefixes the last word", () => {
    expect(queryWords(`"law enforc`)).toEqual(["law", "enforc"]);
    expect(loose("law enforc")).toBe("law & enforc:*");
    expect(queryWords("गृह मंत्रालय")).toHaveLength(2);
  });

  it("reads a compound as written or joined, a phrase in order, -not and or", () => {
    expect(loose("counter-terrorism Pakistan")).toBe("(counter <-> terrorism | counterterrorism) & Pakistan:*");
    expect(loose('"next round" Washington')).toBe("(next <-> round) & Washington:*");
    expect(loose("fentanyl -India")).toBe("fentanyl & !India");
    expect(loose("fentanyl heroin or cocaine")).toBe("fentanyl & (heroin | cocaine:*)");
  });

  it("also matches a run of terms as the names it stands for", () => {
    const alternatives = new Map([
      ["fletc", ["Federal Law Enforcement Training Centers"]],
      ["counter narcotics", ["Narcotics trafficking"]],
    ]);
    expect(termRuns(queryTerms("FLETC India"))).toEqual(["fletc", "fletc india", "india"]);
    expect(loose("FLETC India", alternatives)).toBe(
      "(FLETC | Federal <-> Law <-> Enforcement <-> Training <-> Centers) & India:*",
    );
    expect(loose("counter narcotics Pakistan", alternatives)).toBe(
      "(counter <-> narcotics | Narcotics <-> trafficking) & Pakistan:*",
    );
  });

  it.each([
    '\'); DROP TABLE "Agreement"; --',
    "<script>alert(1)</script>",
    "!!! ((( :* & |",
    '"unbalanced',
    '- or "" or',
  ])("never yields tsquery syntax from %j", (text) => {
    const query = loose(text);
    expect(query.replace(/[\p{L}\p{M}\p{N}]+(:\*)?|<->|[()|&! ]/gu, "")).toBe("");
    expect(query.split("(").length).toBe(query.split(")").length);
  });

  it("gives nothing for a query without words", () => {
    expect(loose("?!")).toBe("");
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
