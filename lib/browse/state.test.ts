import { describe, expect, it } from "vitest";
import { agreementBrowse as spec } from "@/lib/agreements/browse-spec";
import { isFiltered, parseState, stateQuery, toggleValue } from "./state";

const fromQuery = (query: string) => {
  const q = new URLSearchParams(query);
  return Object.fromEntries([...new Set(q.keys())].map((k) => [k, q.getAll(k)]));
};

describe("browse state in the URL", () => {
  it("reads filters, ignoring what is not valid, without duplicates", () => {
    const state = parseState(spec, {
      topic: "narcotics-trafficking",
      status: ["SIGNED", "BOGUS", "SIGNED"],
      party: ["in", "us", "x1"],
      year: "2024",
      sort: "title",
      page: "0",
      signatory: "abc",
    });
    expect(state).toEqual({
      filters: {
        topic: ["narcotics-trafficking"],
        status: ["SIGNED"],
        kind: [],
        party: ["IN", "US"],
        signatory: [],
        series: [],
        year: ["2024"],
      },
      sort: "title",
      page: 1,
    });
  });

  it("refuses odd values: SQL, HTML, huge numbers, inherited property names", () => {
    const state = parseState(spec, {
      topic: "x'; DROP TABLE",
      status: "<b>",
      series: "99999999999",
      year: "20245",
      sort: "constructor",
      page: "-2",
    });
    expect(state.filters.topic).toEqual([]);
    expect(state.filters.status).toEqual([]);
    expect(state.filters.series).toEqual([]);
    expect(state.filters.year).toEqual([]);
    expect([state.sort, state.page]).toEqual(["changed", 1]);
    expect(isFiltered(state)).toBe(false);
  });

  it("keeps one value for a one-value filter and at most five countries", () => {
    const state = parseState(spec, { series: ["3", "4"], party: ["IN", "US", "MX", "CN", "JP", "FR"] });
    expect(state.filters.series).toEqual(["3"]);
    expect(state.filters.party).toHaveLength(5);
  });

  it("round-trips through the query string", () => {
    const state = parseState(spec, {
      topic: "fentanyl",
      status: ["SIGNED", "IN_FORCE"],
      party: ["IN"],
      series: "3",
      page: "2",
    });
    expect(parseState(spec, fromQuery(stateQuery(spec, state)))).toEqual(state);
  });

  it("toggles a value on and off, back to page 1; a one-value filter switches", () => {
    const base = parseState(spec, { page: "3" });
    const on = toggleValue(spec, base, "status", "SIGNED");
    expect([on.filters.status, on.page]).toEqual([["SIGNED"], 1]);
    expect(toggleValue(spec, toggleValue(spec, on, "status", "IN_FORCE"), "status", "SIGNED").filters.status).toEqual([
      "IN_FORCE",
    ]);
    expect(toggleValue(spec, on, "status", "SIGNED").filters.status).toEqual([]);
    const year = toggleValue(spec, base, "year", "2024");
    expect(toggleValue(spec, year, "year", "2023").filters.year).toEqual(["2023"]);
    expect(toggleValue(spec, year, "year", "2024").filters.year).toEqual([]);
    expect(stateQuery(spec, base)).toBe("?page=3");
    expect(stateQuery(spec, parseState(spec, {}))).toBe("");
  });
});
