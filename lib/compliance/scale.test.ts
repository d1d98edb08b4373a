import { describe, expect, it } from "vitest";
import { complianceFigure, currentByParty, currentOf, isComplianceScore, signedAverage, signedScore } from "./scale";

const on = (iso: string, id: number, score: number) => ({ assessedDate: new Date(`${iso}T00:00:00Z`), id, score });

describe("the compliance scale", () => {
  it("has three points and nothing between them", () => {
    expect([-1, 0, 1].every(isComplianceScore)).toBe(true);
    expect([2, -2, 0.5].some(isComplianceScore)).toBe(false);
  });

  it("averages current scores and reports the Research Group's percentage", () => {
    // India +1, +1, 0, -1 over four commitments: average 0.25, (0.25 + 1) / 2 × 100 = 62.5 %
    expect(complianceFigure([1, 1, 0, -1])).toEqual({ assessed: 4, average: 0.25, percent: 62.5 });
    expect(complianceFigure([-1])).toEqual({ assessed: 1, average: -1, percent: 0 });
    expect(complianceFigure([0, 0])).toEqual({ assessed: 2, average: 0, percent: 50 });
    expect(complianceFigure([1])).toEqual({ assessed: 1, average: 1, percent: 100 });
    expect(complianceFigure([])).toBeNull();
  });

  it("takes the latest assessment as current, the later-recorded one on the same day", () => {
    const interim = on("2024-06-01", 1, 0);
    const final = on("2025-01-15", 2, 1);
    const sameDayCorrection = on("2025-01-15", 3, -1);
    expect(currentOf([final, interim])).toBe(final);
    expect(currentOf([sameDayCorrection, final, interim])).toBe(sameDayCorrection);
    expect(currentOf([])).toBeNull();
    const ofIndia = { ...final, country: { code: "IN" } };
    const ofUs = { ...interim, country: { code: "US" } };
    expect(currentByParty([{ ...interim, country: { code: "IN" } }, ofIndia, ofUs])).toEqual(
      new Map([
        ["IN", ofIndia],
        ["US", ofUs],
      ]),
    );
  });

  it("prints scores and figures as the Research Group does", () => {
    expect([1, 0, -1].map(signedScore)).toEqual(["+1", "0", "−1"]);
    expect([1 / 3, -1, 0, -0.001].map(signedAverage)).toEqual(["+0.33", "−1.00", "0.00", "0.00"]);
  });
});
