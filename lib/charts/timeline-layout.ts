import { scaleUtc } from "d3-scale";
import { utcMonth, utcYear } from "d3-time";
import { periodEnd } from "@/lib/dates";
import { CHART } from "./timeline-dimensions";
import { EVENT_TYPE_LABEL, eventHeadline, eventWhen, type EventType, type TimelineEvent } from "@/lib/timeline/event";

// The drawn timeline's geometry, computed on the server (the chart only draws it): a real time
// axis, each event as wide as its date is precise, lanes chosen in the URL, marks stacked in rows
// (at most four, then overlapping, unlabelled), labels only where they fit, and undated rounds in a
// column of their own.

export const LANE_MODES = { series: "Series", kind: "Kind of event", pair: "Country pair" } as const;
export type LaneMode = keyof typeof LANE_MODES;

export type Mark = {
  uid: string;
  type: EventType;
  x: number;
  width: number;
  /** row within the lane, from 0 */
  row: number;
  planned: boolean;
  undated: boolean;
  href: string;
  /** what a screen reader and the caption say: "Meeting: …, 28 February 2024 (planned)" */
  name: string;
  /** drawn beside the mark when it fits before the next mark in its row */
  label: string | null;
  /** drawn over another mark: the lane had no free row (it is never labelled) */
  crowded: boolean;
};

/** An agreement's milestones joined into one bar, from the first to the last. */
export type Lifecycle = { key: string; x: number; width: number; row: number };

export type Lane = { key: string; label: string; y: number; height: number; marks: Mark[]; lifecycles: Lifecycle[] };

export type Tick = { x: number; label: string; major: boolean };

export type TimelineLayout = {
  width: number;
  height: number;
  plot: { x0: number; x1: number };
  undatedX: number | null;
  ticks: Tick[];
  lanes: Lane[];
  /** years spanned, for the figure's description */
  span: { from: number; to: number } | null;
};

const KIND_ORDER: EventType[] = ["dialogue", "agreement", "expiry", "commitment", "assessment"];

function laneOf(e: TimelineEvent, mode: LaneMode): { key: string; label: string } {
  if (mode === "kind") return { key: e.type, label: EVENT_TYPE_LABEL[e.type] };
  if (mode === "pair") {
    const pair = [...e.parties].sort().join(" – ") || "No parties recorded";
    return { key: pair, label: pair };
  }
  return { key: e.series ?? "", label: e.series ?? "No series" };
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Where an event's period starts and ends (exclusive), as dates. */
function periodOf(e: TimelineEvent): [Date, Date] {
  const start = utc(e.date!);
  const end = e.endDate ? periodEnd(e.endDate, e.endPrecision ?? e.precision) : periodEnd(e.date!, e.precision);
  return [start, utc(end)];
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The axis, both ends included: years, or months when zoomed to one year; at most about a dozen labels. */
/** Coordinates to a tenth of a unit: finer is invisible, and each digit is sent twice (HTML and React's payload). */
const tenth = (n: number) => Math.round(n * 10) / 10;

function ticksFor(scale: ReturnType<typeof scaleUtc<number>>, from: Date, to: Date): Tick[] {
  const days = (to.getTime() - from.getTime()) / 86_400_000;
  const through = new Date(to.getTime() + 1);
  if (days <= 366) {
    return utcMonth
      .every(1)!
      .range(from, through)
      .map((d) => ({
        x: tenth(scale(d)),
        label: d.getUTCMonth() === 0 ? String(d.getUTCFullYear()) : MONTHS[d.getUTCMonth()]!,
        major: d.getUTCMonth() === 0,
      }));
  }
  const step = Math.max(1, Math.ceil(days / 365.25 / 12));
  return utcYear
    .every(step)!
    .range(from, through)
    .map((d) => ({ x: tenth(scale(d)), label: String(d.getUTCFullYear()), major: true }));
}

/**
 * Lays out `events` (one page of a timeline) in lanes. `range` (whole years, inclusive) zooms the
 * axis; otherwise it spans the dated events' years.
 */
export function layoutTimeline(
  events: TimelineEvent[],
  mode: LaneMode,
  range: { from?: number; to?: number } = {},
): TimelineLayout {
  const dated = events.filter((e) => e.date);
  const undated = events.filter((e) => !e.date);
  const years = dated.flatMap((e) => {
    const [start, end] = periodOf(e);
    return [start.getUTCFullYear(), new Date(end.getTime() - 1).getUTCFullYear()];
  });
  const fromYear = range.from ?? (years.length ? Math.min(...years) : null);
  const toYear = range.to ?? (years.length ? Math.max(...years) : null);
  const x0 = CHART.laneLabelWidth;
  const x1 = CHART.width - (undated.length ? CHART.undatedWidth : 0) - 10;
  const span = fromYear !== null && toYear !== null ? { from: fromYear, to: Math.max(fromYear, toYear) } : null;
  const domain: [Date, Date] = span
    ? [new Date(Date.UTC(span.from, 0, 1)), new Date(Date.UTC(span.to + 1, 0, 1))]
    : [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2001, 0, 1))];
  const scale = scaleUtc().domain(domain).range([x0, x1]).clamp(true);
  const undatedX = undated.length ? x1 + 10 : null;

  // Lanes in order of their first event (or by kind), events in date order within them.
  const lanes = new Map<string, { label: string; events: TimelineEvent[] }>();
  for (const e of [...dated, ...undated]) {
    const { key, label } = laneOf(e, mode);
    if (!lanes.has(key)) lanes.set(key, { label, events: [] });
    lanes.get(key)!.events.push(e);
  }
  const ordered = [...lanes.entries()];
  if (mode === "kind")
    ordered.sort(([a], [b]) => KIND_ORDER.indexOf(a as EventType) - KIND_ORDER.indexOf(b as EventType));

  let y = CHART.axisHeight;
  const laid: Lane[] = ordered.map(([key, lane]) => {
    const { marks, lifecycles, rows } = layoutLane(lane.events, scale, domain, undatedX);
    const height = rows * CHART.rowHeight + CHART.lanePadding * 2;
    const out = { key, label: lane.label, y, height, marks, lifecycles };
    y += height;
    return out;
  });
  return {
    width: CHART.width,
    height: y + 4,
    plot: { x0, x1 },
    undatedX,
    ticks: span ? ticksFor(scale, domain[0], domain[1]) : [],
    lanes: laid,
    span,
  };
}

type Item = { events: TimelineEvent[]; x: number; end: number; lifecycle: boolean };

/** Packs a lane's items into rows (first row with room), then labels each mark that fits. */
function layoutLane(
  events: TimelineEvent[],
  scale: ReturnType<typeof scaleUtc<number>>,
  domain: [Date, Date],
  undatedX: number | null,
) {
  const place = (e: TimelineEvent) => {
    if (!e.date) return { x: undatedX!, width: CHART.minMarkWidth * 2 };
    const [start, end] = periodOf(e);
    const x = tenth(scale(start));
    const width = tenth(Math.max(CHART.minMarkWidth, scale(end) - scale(start)));
    return { x, width };
  };
  // An agreement's milestones (and the end of its term) share one row, joined by its lifecycle bar.
  const items: Item[] = [];
  const byAgreement = new Map<number, Item>();
  for (const e of events) {
    const { x, width } = place(e);
    const isAgreement = (e.type === "agreement" || e.type === "expiry") && e.date;
    const existing = isAgreement ? byAgreement.get(e.recordId) : undefined;
    if (existing) {
      existing.events.push(e);
      existing.end = Math.max(existing.end, x + width);
      existing.lifecycle = true;
      continue;
    }
    const item = { events: [e], x, end: x + width, lifecycle: false };
    items.push(item);
    if (isAgreement) byAgreement.set(e.recordId, item);
  }
  const visible = (e: TimelineEvent) => !e.date || (utc(e.date) < domain[1] && periodOf(e)[1] > domain[0]);
  const rowEnds: number[] = [];
  const marks: Mark[] = [];
  const headlines = new Map<Mark, string>();
  const lifecycles: Lifecycle[] = [];
  for (const item of items.sort((a, b) => a.x - b.x)) {
    if (!item.events.some(visible)) continue;
    let row = rowEnds.findIndex((end) => end + 2 <= item.x);
    if (row === -1 && rowEnds.length < CHART.maxRows) row = rowEnds.push(0) - 1;
    const overlaps = row === -1;
    if (overlaps) row = rowEnds.indexOf(Math.min(...rowEnds));
    rowEnds[row] = Math.max(rowEnds[row]!, item.end);
    if (item.lifecycle)
      lifecycles.push({ key: `life-${item.events[0]!.uid}`, x: item.x, width: item.end - item.x, row });
    for (const e of item.events) {
      const { x, width } = place(e);
      const planned = e.planned ? " (planned)" : "";
      const headline = eventHeadline(e);
      const mark: Mark = {
        uid: e.uid,
        type: e.type,
        x,
        width,
        row,
        planned: e.planned,
        undated: !e.date,
        href: e.url,
        name: `${EVENT_TYPE_LABEL[e.type]}: ${headline}, ${eventWhen(e)}${planned}`,
        label: null,
        crowded: overlaps,
      };
      marks.push(mark);
      headlines.set(mark, headline);
    }
  }
  // A label goes to the right of its mark when it fits before the next mark of its row (and the plot's end).
  const limit = undatedX ?? CHART.width - 10;
  for (const mark of marks) {
    if (mark.undated || mark.crowded) continue;
    const next = marks
      .filter((m) => m !== mark && m.row === mark.row && m.x + m.width > mark.x && !m.undated)
      .reduce((min, m) => Math.min(min, m.x), limit);
    const room = next - (mark.x + mark.width) - 8;
    const fits = Math.floor(room / CHART.charWidth);
    const headline = headlines.get(mark)!;
    if (fits >= 8) mark.label = headline.length <= fits ? headline : `${headline.slice(0, fits - 1)}…`;
  }
  return { marks, lifecycles, rows: Math.max(1, rowEnds.length) };
}
