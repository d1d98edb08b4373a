import type { DatePrecision } from "@/lib/domain";

// Analysts type dates as sources give them: "2024", "2024-02", "2024-02-28", "February 2024" or
// "28 February 2024". The precision follows from what was typed.

export type VagueDate = { date: Date; precision: DatePrecision };

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

function monthIndex(name: string): number {
  const lower = name.toLowerCase();
  return MONTHS.findIndex((month) => month === lower || (lower.length >= 3 && month.startsWith(lower)));
}

function build(year: number, month: number, day: number, precision: DatePrecision): VagueDate | null {
  if (year < 1800 || year > 2200 || month < 0 || month > 11) return null;
  const date = new Date(Date.UTC(year, month, day));
  if (date.getUTCMonth() !== month || date.getUTCDate() !== day) return null; // 31 February
  return { date, precision };
}

/** null when the text is not a date in one of the accepted forms. */
export function parseVagueDate(text: string): VagueDate | null {
  const value = text.trim().replace(/\s+/g, " ");
  let m: RegExpMatchArray | null;
  if ((m = value.match(/^(\d{4})$/))) return build(+m[1]!, 0, 1, "YEAR");
  if ((m = value.match(/^(\d{4})-(\d{1,2})$/))) return build(+m[1]!, +m[2]! - 1, 1, "MONTH");
  if ((m = value.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/))) return build(+m[1]!, +m[2]! - 1, +m[3]!, "DAY");
  if ((m = value.match(/^([A-Za-z]+)\.? (\d{4})$/))) return build(+m[2]!, monthIndex(m[1]!), 1, "MONTH");
  if ((m = value.match(/^(\d{1,2}) ([A-Za-z]+)\.?,? (\d{4})$/))) return build(+m[3]!, monthIndex(m[2]!), +m[1]!, "DAY");
  if ((m = value.match(/^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})$/))) return build(+m[3]!, monthIndex(m[1]!), +m[2]!, "DAY");
  return null;
}

/** The text a form shows for a stored date: as precise as it is known, in ISO form. */
export function vagueDateText(date: Date | null | undefined, precision: DatePrecision | null | undefined): string {
  if (!date) return "";
  const iso = date.toISOString().slice(0, 10);
  return precision === "YEAR" ? iso.slice(0, 4) : precision === "MONTH" ? iso.slice(0, 7) : iso;
}
