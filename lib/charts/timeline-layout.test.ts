import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "@/lib/timeline/event";
import { layoutTimeline, type Mark, type TimelineLayout } from "./timeline-layout";
import { CHART } from "./timeline-dimensions";

let next = 1;
function event(over: Partial<TimelineEvent>): TimelineEvent {
  const id = next++;
  return {
    uid: `dialogue-${id}`,
    type: "dialogue",
    recordId: id,
    version: 1,
    date: "2024-02-28",
    precision: "DAY",
    endDate: null,
    endPrecision: null,
    planned: false,
    title: `Round ${id}`,
    kind: null,
    status: "HELD",
    statusLabel: "Held",
    series: "India-US Homeland Security Dialogue",
    location: null,
    description: null,
    parties: ["India", "United States"],
    topics: [],
    url: `/dialogues/${id}`,
    sources: [],
    ...over,
  };
}

const marks = (layout: TimelineLayout): Mark[] => layout.lanes.flatMap((l) => l.marks);
const mark = (layout: TimelineLayout, uid: string) => marks(layout).find((m) => m.uid === uid)!;
const tick = (layout: TimelineLayout, label: string) => layout.ticks.find((t) => t.label === label)!;

// The India-US series as seeded: the 2023 round, New Delhi on 28 February 2024, a month-precise
// follow-up, and the Washington round announced without a date.
const series = () => {
  const earlier = event({ uid: "dialogue-1", date: "2023-06-20", title: "Washington, 2023" });
  const delhi = event({ uid: "dialogue-2", date: "2024-02-28", title: "New Delhi" });
  const monthly = event({
    uid: "agreement-3-status-1",
    type: "agreement",
    recordId: 3,
    date: "2024-09-01",
    precision: "MONTH",
    title: "MoU",
    statusLabel: "Signed",
  });
  const planned = event({ uid: "dialogue-4", date: null, planned: true, status: "PLANNED", title: "Washington" });
  return [earlier, delhi, monthly, planned];
};

describe("the drawn timeline's geometry", () => {
  it("places the 28 February 2024 meeting between the 2024 and 2025 ticks", () => {
    const layout = layoutTimeline(series(), "series");
    const delhi = mark(layout, "dialogue-2");
    expect(delhi.x).toBeGreaterThan(tick(layout, "2024").x);
    expect(delhi.x).toBeLessThan(tick(layout, "2025").x);
    // about two months into the year: 58 days of 366
    const year = tick(layout, "2025").x - tick(layout, "2024").x;
    expect((delhi.x - tick(layout, "2024").x) / year).toBeCloseTo(58 / 366, 2);
  });

  it("draws a month-precise date as wide as its month, and a day as the narrowest mark", () => {
    const layout = layoutTimeline(series(), "series");
    const year = tick(layout, "2025").x - tick(layout, "2024").x;
    const september = mark(layout, "agreement-3-status-1");
    // coordinates are kept to a tenth of a unit, the ticks' as well
    expect(Math.abs(september.width - (year * 30) / 366)).toBeLessThanOrEqual(0.15);
    expect(Math.abs(september.x - (tick(layout, "2024").x + (year * 244) / 366))).toBeLessThanOrEqual(0.15);
    expect(mark(layout, "dialogue-2").width).toBe(CHART.minMarkWidth);
  });

  it("draws the undated planned round apart, at the right edge, after the axis ends", () => {
    const layout = layoutTimeline(series(), "series");
    const planned = mark(layout, "dialogue-4");
    expect(planned.undated).toBe(true);
    expect(planned.planned).toBe(true);
    expect(layout.undatedX).not.toBeNull();
    expect(planned.x).toBe(layout.undatedX);
    expect(planned.x).toBeGreaterThan(layout.plot.x1);
    expect(Math.max(...layout.ticks.map((t) => t.x))).toBeLessThan(planned.x);
    expect(planned.name).toMatch(/date not yet known \(planned\)$/);
  });

  it("ticks by year over long ranges and by month when zoomed to one year", () => {
    expect(layoutTimeline(series(), "series").ticks.map((t) => t.label)).toEqual(["2023", "2024", "2025"]);
    const zoomed = layoutTimeline(series(), "series", { from: 2024, to: 2024 });
    expect(zoomed.ticks.map((t) => t.label)).toEqual([
      "2024",
      "Feb",
      "Mar",
      "Apr",
      "May",
      "Jun",
      "Jul",
      "Aug",
      "Sep",
      "Oct",
      "Nov",
      "Dec",
      "2025",
    ]);
    // zoomed to 2024, the 2023 round is off the axis and not drawn
    expect(marks(zoomed).map((m) => m.uid)).not.toContain("dialogue-1");
  });

  it("lays lanes by series, by kind or by country pair", () => {
    const events = [
      ...series(),
      event({
        uid: "dialogue-9",
        series: "Pakistan-U.S. Counterterrorism Dialogue",
        parties: ["Pakistan", "United States"],
      }),
    ];
    expect(layoutTimeline(events, "series").lanes.map((l) => l.label)).toEqual([
      "India-US Homeland Security Dialogue",
      "Pakistan-U.S. Counterterrorism Dialogue",
    ]);
    expect(layoutTimeline(events, "kind").lanes.map((l) => l.label)).toEqual(["Meeting", "Agreement"]);
    expect(layoutTimeline(events, "pair").lanes.map((l) => l.label)).toEqual([
      "India – United States",
      "Pakistan – United States",
    ]);
  });

  it("stacks overlapping marks in rows, joins an agreement's milestones in one bar, and labels only what fits", () => {
    const crowded = Array.from({ length: 30 }, (_, i) =>
      event({
        uid: `dialogue-c${i}`,
        date: `2024-03-${String(i + 1).padStart(2, "0")}`,
        title: `A crowded round number ${i}`,
      }),
    );
    const signed = event({
      uid: "agreement-7-status-1",
      type: "agreement",
      recordId: 7,
      date: "2020-05-01",
      statusLabel: "Signed",
    });
    const inForce = event({
      uid: "agreement-7-status-2",
      type: "agreement",
      recordId: 7,
      date: "2021-01-10",
      statusLabel: "In force",
    });
    const layout = layoutTimeline([...crowded, signed, inForce], "series");
    const all = marks(layout);
    // at most four rows; beyond them a mark is drawn over others (crowded), and only those overlap
    expect(Math.max(...all.map((m) => m.row))).toBe(CHART.maxRows - 1);
    const spaced = all.filter((m) => !m.crowded);
    for (const a of spaced)
      for (const b of spaced)
        if (a !== b && a.row === b.row) expect(a.x + a.width <= b.x || b.x + b.width <= a.x).toBe(true);
    expect(all.filter((m) => m.crowded && m.label)).toEqual([]);
    // the agreement's two milestones are one bar, on one row
    const [life] = layout.lanes[0]!.lifecycles;
    expect(life).toBeDefined();
    expect(mark(layout, "agreement-7-status-1").row).toBe(mark(layout, "agreement-7-status-2").row);
    expect(life!.x).toBe(mark(layout, "agreement-7-status-1").x);
    // a month of daily rounds at a scale of years: most labels are left off rather than overlapping
    expect(all.filter((m) => m.uid.startsWith("dialogue-c") && m.label).length).toBeLessThan(15);
    for (const m of all.filter((m) => m.label))
      for (const other of all.filter((o) => o !== m && o.row === m.row && o.x + o.width > m.x))
        expect(m.x + m.width + 4 + m.label!.length * CHART.charWidth).toBeLessThanOrEqual(other.x);
  });
});
