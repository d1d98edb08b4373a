import { describe, expect, it } from "vitest";
import { paged, parsePage } from "./pagination";

describe("parsePage", () => {
  it("reads a positive page number", () => {
    expect(parsePage("3", 25)).toEqual({ page: 3, take: 25, skip: 50 });
  });
  it.each([undefined, "", "0", "-2", "abc", "1e3", "99999999999", "2.5"])("treats %j as page 1", (value) => {
    expect(parsePage(value).page).toBe(1);
  });
  it("takes the first of repeated parameters", () => {
    expect(parsePage(["2", "5"]).page).toBe(2);
  });
});

describe("paged", () => {
  it("counts pages, with at least one", () => {
    expect(paged([], 0, parsePage("1", 10)).pageCount).toBe(1);
    expect(paged([1], 21, parsePage("1", 10)).pageCount).toBe(3);
  });
});
