import { describe, expect, it } from "vitest";
import { browseQuery, parseBrowseParams, toggle } from "./browse-params";

describe("agreement browse params", () => {
  it("reads facets from the URL, ignoring what is not valid", () => {
    const params = parseBrowseParams({ topic: "narcotics-trafficking", status: ["SIGNED", "BOGUS", "SIGNED"], party: ["in", "us", "x1"], year: "2024", sort: "title", page: "0", signatory: "abc" });
    expect(params).toEqual({ topic: "narcotics-trafficking", status: ["SIGNED"], kind: [], party: ["IN", "US"], signatory: undefined, series: undefined, year: 2024, sort: "title", page: 1 });
  });

  it("round-trips through the query string", () => {
    const params = parseBrowseParams({ topic: "fentanyl", status: ["SIGNED", "IN_FORCE"], party: ["IN"], series: "3", page: "2" });
    expect(parseBrowseParams(Object.fromEntries([...new URLSearchParams(browseQuery(params)).keys()].map((k) => [k, new URLSearchParams(browseQuery(params)).getAll(k)])))).toEqual(params);
  });

  it("toggles a facet value on and off, back to page 1", () => {
    const base = parseBrowseParams({ page: "3" });
    const on = toggle(base, "status", "SIGNED");
    expect([on.status, on.page]).toEqual([["SIGNED"], 1]);
    expect(toggle(on, "status", "SIGNED").status).toEqual([]);
    expect(toggle(toggle(base, "year", 2024), "year", 2024).year).toBeUndefined();
    expect(browseQuery(base)).toBe("?page=3");
    expect(browseQuery(parseBrowseParams({}))).toBe("");
  });
});
