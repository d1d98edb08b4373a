import type { DatePrecision } from "@/generated/prisma/enums";

// Sources are often vague ("in March", "later this year"), so a date is stored with a precision and
// shown no more precisely than it is known. Dates are calendar dates: always read and written in UTC.

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export function formatDate(date: Date | null | undefined, precision: DatePrecision | null = "DAY"): string {
  if (!date) return "date not known";
  const year = date.getUTCFullYear();
  const month = MONTHS[date.getUTCMonth()];
  switch (precision ?? "DAY") {
    case "YEAR":
      return String(year);
    case "MONTH":
      return `${month} ${year}`;
    default:
      return `${date.getUTCDate()} ${month} ${year}`;
  }
}

/** A machine-readable value for <time dateTime>: 2024, 2024-02 or 2024-02-28. */
export function isoDate(date: Date, precision: DatePrecision | null = "DAY"): string {
  const iso = date.toISOString().slice(0, 10);
  return precision === "YEAR" ? iso.slice(0, 4) : precision === "MONTH" ? iso.slice(0, 7) : iso;
}

export function formatDateRange(
  start: Date | null,
  startPrecision: DatePrecision | null,
  end: Date | null,
  endPrecision: DatePrecision | null,
): string {
  if (!end || (start && isoDate(start, startPrecision) === isoDate(end, endPrecision ?? startPrecision))) {
    return formatDate(start, startPrecision);
  }
  return `${formatDate(start, startPrecision)} – ${formatDate(end, endPrecision ?? startPrecision)}`;
}

/** Today's calendar date at UTC midnight, the form @db.Date values are compared in. */
export function today(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** The exclusive end of the period a date stands for: the next day, month or year. */
export function periodEnd(isoDate: string, precision: DatePrecision): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  const end =
    precision === "YEAR"
      ? new Date(Date.UTC(y + 1, 0, 1))
      : precision === "MONTH"
        ? new Date(Date.UTC(y, m, 1))
        : new Date(Date.UTC(y, m - 1, d + 1));
  return end.toISOString().slice(0, 10);
}
