import { describe, expect, it } from "vitest";
import { themeTrends } from "./theme-trends";

const t = (id: number, name: string) => ({ id, name, slug: name.toLowerCase() });
const cyber = t(1, "Cyber");
const drugs = t(2, "Drugs");
const migration = t(3, "Migration");

describe("themeTrends", () => {
  it("calls a theme new at the last round, recurring, or dropped, with how many rounds had it", () => {
    expect(themeTrends([[cyber, drugs], [drugs], [drugs, migration]])).toEqual([
      { ...migration, trend: "new", rounds: 1 },
      { ...drugs, trend: "recurring", rounds: 3 },
      { ...cyber, trend: "dropped", rounds: 1 },
    ]);
  });

  it("counts a theme once per round, and has nothing to say without rounds", () => {
    expect(themeTrends([[cyber, cyber]])).toEqual([{ ...cyber, trend: "new", rounds: 1 }]);
    expect(themeTrends([])).toEqual([]);
  });
});
