import { describe, expect, it } from "vitest";
import { newsHeading, newsOf } from "./changes";
import { watchTarget } from "./kinds";
import { canonicalViewQuery, viewHref } from "./views";

describe("news of an audit event", () => {
  it("is a new or rescheduled round, a new agreement or status change, a new outcome or commitment", () => {
    expect(newsOf({ action: "CREATE", recordType: "DIALOGUE", after: {} })).toEqual({ kind: "round" });
    expect(newsOf({ action: "UPDATE", recordType: "DIALOGUE", after: { startDate: "2025-03-04" } })).toEqual({
      kind: "rescheduled",
      detail: undefined,
    });
    expect(newsOf({ action: "UPDATE", recordType: "DIALOGUE", after: { status: "POSTPONED" } })?.detail).toBe(
      "Postponed",
    );
    expect(newsOf({ action: "STATUS_CHANGE", recordType: "AGREEMENT", after: { status: "IN_FORCE" } })).toEqual({
      kind: "agreement-status",
      detail: "In force",
    });
    expect(newsOf({ action: "CREATE", recordType: "OUTCOME", after: { kind: "COMMITMENT" } })?.kind).toBe("commitment");
    expect(newsOf({ action: "RESTORE", recordType: "OUTCOME", after: null })?.kind).toBe("outcome");
  });

  it("is nothing for an edit that moves no date or status, or a record of another kind", () => {
    expect(newsOf({ action: "UPDATE", recordType: "DIALOGUE", after: { summary: "typo fixed" } })).toBeNull();
    expect(newsOf({ action: "UPDATE", recordType: "AGREEMENT", after: { title: "x" } })).toBeNull();
    expect(newsOf({ action: "CREATE", recordType: "CITATION", after: {} })).toBeNull();
    expect(newsOf({ action: "DELETE", recordType: "DIALOGUE", after: null })).toBeNull();
  });

  it("is headed with its count", () => {
    expect(newsHeading("round", 1)).toBe("1 new round");
    expect(newsHeading("agreement-status", 3)).toBe("3 agreement status changes");
  });
});

describe("watch targets and view filters", () => {
  it("keep a country pair in one order, and nothing beside a single target", () => {
    expect(watchTarget("COUNTRY_PAIR", 9, 4)).toEqual({ kind: "COUNTRY_PAIR", targetId: 4, otherId: 9 });
    expect(watchTarget("SERIES", 9, 4)).toEqual({ kind: "SERIES", targetId: 9, otherId: 0 });
  });

  it("spell a view's filters as its page reads them, from the first page", () => {
    expect(canonicalViewQuery("dialogues", "country=us&country=IN&page=4&bogus=1&level=NOPE")).toBe(
      "country=US&country=IN",
    );
    expect(canonicalViewQuery("search", "q=  fentanyl   precursors &type=agreement&type=nope&from=2020")).toBe(
      "q=fentanyl+precursors&type=agreement&from=2020",
    );
    expect(viewHref("outcomes", "")).toBe("/outcomes");
  });
});
