import { scaleUtc } from "d3-scale";
import { utcYear } from "d3-time";
import type { AgreementStatus, DatePrecision } from "@/lib/domain";
import { formatDate, isoDate } from "@/lib/dates";
import { agreementStatusLabel } from "@/lib/labels";
import { LIFECYCLE } from "./lifecycle-dimensions";

// An agreement's lifecycle as one bar: each status from the day it took effect until the next one
// (the last until today), and, while a concluded agreement's term is known to run on, the rest of
// the term drawn apart as projected. Ending statuses (expired, terminated, withdrawn) are a mark.

const ENDINGS: readonly AgreementStatus[] = ["EXPIRED", "TERMINATED", "WITHDRAWN"];

export type LifecycleChange = { status: AgreementStatus; date: Date; precision: DatePrecision };

export type LifecycleSegment = {
  status: AgreementStatus | "PROJECTED";
  x: number;
  width: number;
  /** "Signed, 28 February 2024 to 3 December 2026" */
  name: string;
  /** drawn inside the segment when it fits */
  label: string | null;
};

export type LifecycleLayout = {
  segments: LifecycleSegment[];
  endings: { status: AgreementStatus; x: number; name: string }[];
  ticks: { x: number; label: string }[];
  todayX: number;
};

const CHAR = 6.6;

export function layoutLifecycle(
  history: LifecycleChange[],
  termEnds: Date | null,
  today: Date,
): LifecycleLayout | null {
  if (!history.length) return null;
  const changes = [...history].sort((a, b) => a.date.getTime() - b.date.getTime());
  const first = changes[0]!.date;
  const last = changes.at(-1)!;
  const ended = ENDINGS.includes(last.status);
  const projected = !ended && termEnds && termEnds > today ? termEnds : null;
  const end = new Date(Math.max(today.getTime(), last.date.getTime(), projected?.getTime() ?? 0));
  const domain: [Date, Date] = [
    new Date(Date.UTC(first.getUTCFullYear(), 0, 1)),
    new Date(Date.UTC(end.getUTCFullYear() + 1, 0, 1)),
  ];
  const x = scaleUtc().domain(domain).range([LIFECYCLE.x0, LIFECYCLE.x1]);
  const day = (d: Date, p: DatePrecision = "DAY") => formatDate(d, p);

  const segments: LifecycleSegment[] = [];
  const endings: LifecycleLayout["endings"] = [];
  changes.forEach((change, i) => {
    const label = agreementStatusLabel[change.status];
    if (ENDINGS.includes(change.status)) {
      endings.push({
        status: change.status,
        x: x(change.date),
        name: `${label}, ${day(change.date, change.precision)}`,
      });
      return;
    }
    const next = changes[i + 1]?.date ?? today;
    const to = next < change.date ? change.date : next;
    const until = changes[i + 1] ? day(to, changes[i + 1]!.precision) : "today";
    segments.push(
      segment(
        change.status,
        x(change.date),
        x(to),
        `${label}, ${day(change.date, change.precision)} to ${until}`,
        label,
      ),
    );
  });
  if (projected)
    segments.push(
      segment(
        "PROJECTED",
        x(today),
        x(projected),
        `Term runs until ${day(projected)} (projected)`,
        `term to ${isoDate(projected).slice(0, 4)}`,
      ),
    );
  return {
    segments,
    endings,
    ticks: utcYear
      .every(Math.max(1, Math.ceil((domain[1].getUTCFullYear() - domain[0].getUTCFullYear()) / 12)))!
      .range(domain[0], new Date(domain[1].getTime() + 1))
      .map((d) => ({ x: x(d), label: String(d.getUTCFullYear()) })),
    todayX: x(today),
  };
}

function segment(
  status: LifecycleSegment["status"],
  from: number,
  to: number,
  name: string,
  label: string,
): LifecycleSegment {
  const width = Math.max(4, to - from);
  return { status, x: from, width, name, label: label.length * CHAR + 8 <= width ? label : null };
}
