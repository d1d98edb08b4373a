import { describe, expect, it } from "vitest";
import { changedFields } from "./diff";

describe("changedFields", () => {
  it("keeps only the fields that changed, with their old and new values", () => {
    const result = changedFields(
      { title: "Round 1", venueCity: "New Delhi", summary: null, version: 1 },
      { title: "Round 1", venueCity: "Washington", summary: "Held", version: 2 },
    );
    expect(result).toEqual({
      before: { venueCity: "New Delhi", summary: null },
      after: { venueCity: "Washington", summary: "Held" },
    });
  });
  it("compares dates and arrays by value and stores dates as ISO strings", () => {
    const d = (s: string) => new Date(`${s}T00:00:00Z`);
    expect(
      changedFields({ startDate: d("2024-02-28"), aliases: ["A"] }, { startDate: d("2024-02-28"), aliases: ["A"] }),
    ).toEqual({ before: {}, after: {} });
    expect(changedFields({ startDate: d("2024-02-28") }, { startDate: d("2024-03-01") }).after).toEqual({
      startDate: "2024-03-01T00:00:00.000Z",
    });
  });
  it("ignores fields absent from the new values (not edited by the form)", () => {
    expect(changedFields({ title: "A", summary: "x" }, { title: "B" })).toEqual({
      before: { title: "A" },
      after: { title: "B" },
    });
  });
});
