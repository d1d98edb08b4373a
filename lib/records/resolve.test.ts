import { describe, expect, it } from "vitest";
import { slugify, splitNames } from "./resolve";

describe("slugify", () => {
  it("makes URL-safe slugs, dropping accents", () => {
    expect(slugify("Law enforcement training")).toBe("law-enforcement-training");
    expect(slugify("H-1B visas")).toBe("h-1b-visas");
    expect(slugify("Coopération  policière!")).toBe("cooperation-policiere");
    expect(slugify("!!!")).toBe("topic");
  });
});

describe("splitNames", () => {
  it("splits a comma-separated list, trimming and dropping blanks and repeats", () => {
    expect(splitNames(" Fentanyl, narcotics trafficking ,, fentanyl,")).toEqual(["Fentanyl", "narcotics trafficking"]);
    expect(splitNames(undefined)).toEqual([]);
  });
});
