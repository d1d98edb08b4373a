import type { DatePrecision } from "@/generated/prisma/enums";
import { isoDate, periodEnd } from "@/lib/dates";

// What makes something an alert, and when it became one: the register lists the newest concern
// first, so each alert carries the day it entered the register.

const DAY = 86_400_000;

/** How far ahead each kind of alert looks. */
export const HORIZON_DAYS = { agreement: 90, commitment: 30, round: 60 } as const;
/** A term that ended without renewal stays on the register this long. */
export const LAPSED_DAYS = 365;

export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);

/** The last day a vaguely dated deadline allows: "2027-01" is due by 31 January 2027. */
export const lastDayOf = (date: Date, precision: DatePrecision | null) =>
  addDays(new Date(`${periodEnd(isoDate(date), precision ?? "DAY")}T00:00:00Z`), -1);

/** Due in the horizon, or overdue; and since when that has been so. */
export function commitmentConcern(due: Date, precision: DatePrecision | null, today: Date) {
  const last = lastDayOf(due, precision);
  if (last < today) return { overdue: true, due: last, since: addDays(last, 1) };
  const horizon = addDays(today, HORIZON_DAYS.commitment);
  if (last > horizon) return null;
  return { overdue: false, due: last, since: addDays(last, -HORIZON_DAYS.commitment) };
}
