import { scaleBand, scaleLinear } from "d3-scale";
import { plural } from "@/lib/labels";

// Small multiples for a series or a country pair: meetings held, agreements signed and commitments
// made per year (stacked by where each stands now), drawn as three small bar charts that share one
// year axis, so a year sits at the same place in each.

export type YearlyRow = {
  measure: "meetings" | "agreements" | "commitments";
  year: number;
  /** a commitment's follow-up status; null for the other measures */
  status: string | null;
  count: number;
};

export const STANDINGS = ["fulfilled", "open", "lapsed"] as const;
export type Standing = (typeof STANDINGS)[number];
const STANDING_OF: Record<string, Standing> = {
  DONE: "fulfilled",
  OPEN: "open",
  IN_PROGRESS: "open",
  LAPSED: "lapsed",
};

export const PANEL = {
  width: 320,
  height: 150,
  left: 30,
  right: 8,
  top: 10,
  bottom: 22,
  charWidth: 6.2,
  maxStep: 36,
} as const;

export type Segment = { standing: Standing | null; y: number; height: number; count: number };
export type Bar = { year: number; x: number; width: number; segments: Segment[] };
export type Panel = {
  key: YearlyRow["measure"];
  title: string;
  desc: string;
  yTicks: { y: number; value: number }[];
  bars: Bar[];
};
export type YearFigures = { year: number; meetings: number; agreements: number } & Record<Standing, number>;
export type SmallMultiples = {
  panels: Panel[];
  xTicks: { x: number; label: string }[];
  /** where the year axis ends: the last year's band */
  axisEnd: number;
  table: YearFigures[];
};

const PANEL_TITLES: Record<Panel["key"], string> = {
  meetings: "Meetings held",
  agreements: "Agreements signed",
  commitments: "Commitments made, by standing",
};

function describe(key: Panel["key"], table: YearFigures[]): string {
  const count = (f: YearFigures) => (key === "commitments" ? f.fulfilled + f.open + f.lapsed : f[key]);
  const total = table.reduce((sum, f) => sum + count(f), 0);
  if (total === 0) return "None recorded.";
  const peak = table.reduce((best, f) => (count(f) > count(best) ? f : best));
  const span = table.length === 1 ? String(table[0]!.year) : `${table[0]!.year}–${table.at(-1)!.year}`;
  const noun = {
    meetings: ["meeting", "meetings"],
    agreements: ["agreement", "agreements"],
    commitments: ["commitment", "commitments"],
  }[key];
  const all = `${plural(total, noun[0]!, noun[1])} in ${span}, most in ${peak.year} (${count(peak)})`;
  if (key !== "commitments") return `${all}.`;
  const sum = (s: Standing) => table.reduce((n, f) => n + f[s], 0);
  return `${all}; ${sum("fulfilled")} fulfilled, ${sum("open")} open, ${sum("lapsed")} lapsed.`;
}

export function layoutSmallMultiples(rows: YearlyRow[]): SmallMultiples | null {
  if (rows.length === 0) return null;
  const years = rows.map((r) => r.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const table: YearFigures[] = Array.from({ length: last - first + 1 }, (_, i) => ({
    year: first + i,
    meetings: 0,
    agreements: 0,
    fulfilled: 0,
    open: 0,
    lapsed: 0,
  }));
  for (const r of rows) {
    const figures = table[r.year - first]!;
    if (r.measure === "commitments") {
      const standing = STANDING_OF[r.status ?? ""];
      if (standing) figures[standing] += r.count;
    } else figures[r.measure] += r.count;
  }

  const { width, height, left, right, top, bottom, charWidth, maxStep } = PANEL;
  // a few years keep narrow bars from the left rather than stretching across the panel
  const x = scaleBand<number>()
    .domain(table.map((f) => f.year))
    .range([left, Math.min(width - right, left + maxStep * table.length)])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  // label every nth year so that four-digit labels never touch
  const every = Math.ceil((4 * charWidth + 6) / x.step());
  const xTicks = table
    .filter((f) => (last - f.year) % every === 0)
    .map((f) => ({ x: x(f.year)! + x.bandwidth() / 2, label: String(f.year) }));

  const panels = (["meetings", "agreements", "commitments"] as const).map((key): Panel => {
    const stacks = table.map((f): [Standing | null, number][] =>
      key === "commitments" ? STANDINGS.map((s) => [s, f[s]]) : [[null, f[key]]],
    );
    const max = Math.max(1, ...stacks.map((s) => s.reduce((n, [, c]) => n + c, 0)));
    const y = scaleLinear()
      .domain([0, max])
      .range([height - bottom, top])
      .nice();
    const yTicks = y
      .ticks(Math.min(3, max))
      .filter(Number.isInteger)
      .map((value) => ({ y: y(value), value }));
    const bars = table.map((f, i) => {
      let base = 0;
      const segments = stacks[i]!.filter(([, c]) => c > 0).map(([standing, count]) => {
        const segment = { standing, count, y: y(base + count), height: y(base) - y(base + count) };
        base += count;
        return segment;
      });
      return { year: f.year, x: x(f.year)!, width: x.bandwidth(), segments };
    });
    return { key, title: PANEL_TITLES[key], desc: describe(key, table), yTicks, bars };
  });
  return { panels, xTicks, axisEnd: x.range()[1], table };
}
