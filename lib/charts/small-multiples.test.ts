import { describe, expect, it } from "vitest";
import { layoutSmallMultiples, PANEL, type YearlyRow } from "./small-multiples";

const row = (measure: YearlyRow["measure"], year: number, count: number, status: string | null = null): YearlyRow => ({
  measure,
  year,
  status,
  count,
});

// India-US: rounds in 2022 and 2024 (none in 2023), a memorandum in 2024, commitments of 2024 in every standing.
const rows = [
  row("meetings", 2022, 1),
  row("meetings", 2024, 2),
  row("agreements", 2024, 1),
  row("commitments", 2022, 1, "DONE"),
  row("commitments", 2024, 2, "OPEN"),
  row("commitments", 2024, 1, "IN_PROGRESS"),
  row("commitments", 2024, 1, "LAPSED"),
  row("commitments", 2024, 3, "DONE"),
];

describe("the year-by-year small multiples", () => {
  it("share one year axis with every year in the span, the empty ones too", () => {
    const layout = layoutSmallMultiples(rows)!;
    expect(layout.table.map((f) => f.year)).toEqual([2022, 2023, 2024]);
    expect(layout.table[1]).toEqual({ year: 2023, meetings: 0, agreements: 0, fulfilled: 0, open: 0, lapsed: 0 });
    const xs = layout.panels.map((p) => p.bars.map((b) => b.x));
    expect(xs[1]).toEqual(xs[0]);
    expect(xs[2]).toEqual(xs[0]);
    expect(layout.panels[0]!.bars[1]!.segments).toEqual([]);
  });

  it("stacks commitments fulfilled, open, lapsed from the axis up, in proportion", () => {
    const commitments = layoutSmallMultiples(rows)!.panels[2]!;
    const bar2024 = commitments.bars[2]!;
    expect(bar2024.segments.map((s) => [s.standing, s.count])).toEqual([
      ["fulfilled", 3],
      ["open", 3],
      ["lapsed", 1],
    ]);
    const [fulfilled, open, lapsed] = bar2024.segments;
    expect(fulfilled!.y + fulfilled!.height).toBeCloseTo(PANEL.height - PANEL.bottom);
    expect(open!.y + open!.height).toBeCloseTo(fulfilled!.y);
    expect(lapsed!.y + lapsed!.height).toBeCloseTo(open!.y);
    expect(open!.height).toBeCloseTo(3 * lapsed!.height);
    expect(commitments.desc).toBe("8 commitments in 2022–2024, most in 2024 (7); 4 fulfilled, 3 open, 1 lapsed.");
  });

  it("labels fewer years when decades would crowd the axis, always the latest", () => {
    const long = Array.from({ length: 40 }, (_, i) => row("meetings", 1986 + i, 1));
    const { xTicks } = layoutSmallMultiples(long)!;
    expect(xTicks.at(-1)!.label).toBe("2025");
    for (let i = 1; i < xTicks.length; i++)
      expect(xTicks[i]!.x - xTicks[i - 1]!.x).toBeGreaterThanOrEqual(4 * PANEL.charWidth + 6);
    expect(xTicks.length).toBeGreaterThan(4);
  });

  it("draws nothing without dated records", () => {
    expect(layoutSmallMultiples([])).toBeNull();
  });
});
