import { describe, expect, it } from "vitest";
import { z } from "zod";
import { chosenId } from "./fields";

const messages = (value: unknown) => {
  const parsed = chosenId("Series", "Choose a series").safeParse(value);
  return parsed.success ? parsed.data : z.flattenError(parsed.error).formErrors;
};

describe("an id picked from a list", () => {
  it("says what to choose when left empty, and refuses what names no record", () => {
    expect(messages("")).toEqual(["Choose a series"]);
    expect(messages(undefined)).toEqual(["Choose a series"]);
    expect(messages("abc")).toEqual(["Choose a series"]);
    expect(messages("-3")).toEqual(["Series is not valid"]);
    expect(messages("99999999999")).toEqual(["Series is not valid"]);
  });

  it("reads the chosen id", () => {
    expect(messages("12")).toBe(12);
  });
});
