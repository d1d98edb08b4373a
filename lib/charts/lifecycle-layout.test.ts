import { describe, expect, it } from "vitest";
import { layoutLifecycle } from "./lifecycle-layout";
import { LIFECYCLE } from "./lifecycle-dimensions";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = d("2026-12-03");

describe("an agreement's lifecycle bar", () => {
  it("draws each status until the next, the last until today, on a time axis of whole years", () => {
    const layout = layoutLifecycle(
      [
        { status: "UNDER_NEGOTIATION", date: d("2023-06-01"), precision: "MONTH" },
        { status: "SIGNED", date: d("2024-02-28"), precision: "DAY" },
      ],
      null,
      today,
    )!;
    expect(layout.segments.map((s) => s.status)).toEqual(["UNDER_NEGOTIATION", "SIGNED"]);
    const [negotiation, signed] = layout.segments;
    // contiguous: negotiation ends where signature begins, and the signed period runs to today
    expect(negotiation!.x + negotiation!.width).toBeCloseTo(signed!.x, 6);
    expect(signed!.x + signed!.width).toBeCloseTo(layout.todayX, 6);
    expect(signed!.name).toBe("Signed, 28 February 2024 to today");
    expect(negotiation!.name).toBe("Under negotiation, June 2023 to 28 February 2024");
    expect(layout.ticks.map((t) => t.label)).toEqual(["2023", "2024", "2025", "2026", "2027"]);
    expect(layout.ticks[0]!.x).toBe(LIFECYCLE.x0);
    expect(layout.ticks.at(-1)!.x).toBe(LIFECYCLE.x1);
  });

  it("hatches the rest of a running term as projected, and marks an ending instead of a period", () => {
    const running = layoutLifecycle(
      [{ status: "IN_FORCE", date: d("2024-01-01"), precision: "DAY" }],
      d("2029-01-01"),
      today,
    )!;
    expect(running.segments.map((s) => s.status)).toEqual(["IN_FORCE", "PROJECTED"]);
    expect(running.segments[1]!.x).toBeCloseTo(running.todayX, 6);
    expect(running.segments[1]!.name).toBe("Term runs until 1 January 2029 (projected)");

    const lapsed = layoutLifecycle(
      [
        { status: "SIGNED", date: d("2018-03-05"), precision: "DAY" },
        { status: "EXPIRED", date: d("2023-03-05"), precision: "DAY" },
      ],
      d("2030-01-01"),
      today,
    )!;
    expect(lapsed.segments.map((s) => s.status)).toEqual(["SIGNED"]);
    expect(lapsed.endings).toEqual([expect.objectContaining({ status: "EXPIRED", name: "Expired, 5 March 2023" })]);
    expect(lapsed.segments[0]!.x + lapsed.segments[0]!.width).toBeCloseTo(lapsed.endings[0]!.x, 6);
  });

  it("has nothing to draw without a status history", () => {
    expect(layoutLifecycle([], null, today)).toBeNull();
  });
});
