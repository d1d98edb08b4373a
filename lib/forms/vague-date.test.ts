import { describe, expect, it } from "vitest";
import { parseVagueDate, vagueDateText } from "./vague-date";

const iso = (text: string) => {
  const parsed = parseVagueDate(text);
  return parsed && `${parsed.date.toISOString().slice(0, 10)} ${parsed.precision}`;
};

describe("parseVagueDate", () => {
  it.each([
    ["2024", "2024-01-01 YEAR"],
    ["2024-02", "2024-02-01 MONTH"],
    ["2024-2", "2024-02-01 MONTH"],
    ["2024-02-28", "2024-02-28 DAY"],
    ["February 2024", "2024-02-01 MONTH"],
    ["Feb 2024", "2024-02-01 MONTH"],
    ["28 February 2024", "2024-02-28 DAY"],
    ["February 28, 2024", "2024-02-28 DAY"],
    ["  28  feb.  2024 ", "2024-02-28 DAY"],
  ])("reads %j", (text, expected) => {
    expect(iso(text)).toBe(expected);
  });
  it.each(["", "yesterday", "2024-02-30", "2024-13", "31 Smarch 2024", "99999", "1066"])("refuses %j", (text) => {
    expect(parseVagueDate(text)).toBeNull();
  });
});

describe("vagueDateText", () => {
  it("writes back what parseVagueDate reads, at the stored precision", () => {
    for (const text of ["2024", "2024-02", "2024-02-28"]) {
      const parsed = parseVagueDate(text)!;
      expect(vagueDateText(parsed.date, parsed.precision)).toBe(text);
    }
    expect(vagueDateText(null, "DAY")).toBe("");
  });
});
