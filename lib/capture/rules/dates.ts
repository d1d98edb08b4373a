import * as chrono from "chrono-node";
import type { Sentence } from "../text";

// Dates in the text, with how precisely each is known. chrono-node reads most forms; the ranges it
// misreads ("12 and 13 March 2025", "October 6 and 7, 2025") and bare years ("in 2025") are read
// first by the patterns below. A weekday alone ("on Wednesday") is anchored to the publication
// date by the tense of its clause (anchorWeekday).

export type Precision = "DAY" | "MONTH" | "YEAR";
export type DateMention = {
  start: number;
  end: number;
  date: string;
  endDate: string | null;
  precision: Precision;
  /** how it was read: "range", "date", "weekday", "year", "relative" */
  form: string;
  sentence: Sentence;
};

export const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const monthIndex = (m: string) => MONTHS.split("|").findIndex((x) => x.toLowerCase() === m.toLowerCase()) + 1;
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

const DAY_RANGE = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:and|to|-|–)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTHS})(?:,?\\s+(\\d{4}))?\\b`,
  "gi",
);
const MONTH_RANGE = new RegExp(
  `\\b(${MONTHS})\\s+(\\d{1,2})\\s*(?:and|to|-|–)\\s*(\\d{1,2})(?:,?\\s+(\\d{4}))?\\b(?!\\s*(?:${MONTHS}))`,
  "gi",
);
/** The year of a day and month said without one: the one nearest the publication date. */
function yearNear(month: number, day: number, published: Date | null): number | null {
  if (!published) return null;
  const y = published.getUTCFullYear();
  const distance = (year: number) => Math.abs(Date.UTC(year, month - 1, day) - published.getTime());
  return [y - 1, y, y + 1].sort((a, b) => distance(a) - distance(b))[0]!;
}
const BARE_YEAR =
  /\b(?:in|since|during|by|for)\s+((?:19|20)\d{2})\b(?![\s,]*(?:\d|January|February|March|April|May|June|July|August|September|October|November|December))/g;
const MAY_HOLD_DATE = new RegExp(
  `\\d|\\b(?:${MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow|next|last|this)\\b`,
  "i",
);
/** "later this month", "next year": a month or year counted from the publication date */
const RELATIVE_PERIOD = /\b(?:later |early |earlier )?(this|next|last) (month|year)\b/gi;
export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
/** "on Monday and Tuesday", "opened on Monday and ended on Tuesday", "next Tuesday and Wednesday": two days of one meeting */
const WEEKDAY_PAIR = new RegExp(
  `\\b(on|next) (${WEEKDAYS.join("|")})\\s+(?:and (?:ended|closed|concluded|finished) on|and|to|through)\\s+(${WEEKDAYS.join("|")})\\b`,
  "g",
);
/** "this Thursday (12/11)", "on Tuesday (3)": a weekday with its day (and month) in brackets, as Brazilian texts write. */
const WEEKDAY_DAY = new RegExp(
  `\\b(?:(?:this|on|last|next)\\s)?(?:${WEEKDAYS.join("|")})\\s\\((\\d{1,2})(?:\\/(\\d{1,2}))?\\)`,
  "g",
);
const FUTURE =
  /\b(will|is to|are to|to be held|is (?:scheduled|expected|set|due)|are (?:scheduled|expected|set|due)|to (?:host|hold|visit|meet|travel|attend|co-chair|lead))\b/i;

/**
 * The day a weekday names, from the publication date: said in the future tense ("will visit Cairo
 * on Monday", the verb just before it) the next such day after it, else the last on or before it.
 */
function anchorWeekday(weekday: number, published: Date, sentence: string, at: number, said = ""): Date {
  const day = 86_400_000;
  const back = (published.getUTCDay() - weekday + 7) % 7;
  // "next Tuesday", "last Friday": the word says which way.
  if (/^next\b/i.test(said)) return new Date(published.getTime() + (7 - back || 7) * day);
  if (/^last\b/i.test(said)) return new Date(published.getTime() - (back || 7) * day);
  const clause =
    sentence
      .slice(Math.max(0, at - 160), at)
      .split(/[;,]\s(?=[a-z])/)
      .at(-1) ?? "";
  if (FUTURE.test(clause)) return new Date(published.getTime() + (7 - back || 7) * day);
  return new Date(published.getTime() - back * day);
}

/** "… in 2021" just after a mention, a year before publication: "after Budapest in 2024", "the Agreement … in 2021". */
export function inEarlierYear(after: string, published: Date | null): boolean {
  const year = /^\s+in\s+((?:19|20)\d\d)\b/.exec(after)?.[1];
  return !!year && !!published && Number(year) < published.getUTCFullYear();
}

export function findDates(sentences: Sentence[], published: Date | null): DateMention[] {
  const mentions: DateMention[] = [];
  const reference = published ?? new Date();
  for (const sentence of sentences) {
    const s = sentence.text;
    const taken: [number, number][] = [];
    const add = (m: Omit<DateMention, "sentence">) => {
      taken.push([m.start - sentence.start, m.end - sentence.start]);
      mentions.push({ ...m, sentence });
    };
    const range = (m: RegExpMatchArray, day1: string, day2: string, month: string, said: string | undefined) => {
      const year = said ?? String(yearNear(monthIndex(month), +day1, published) ?? "");
      if (!year || +day2 <= +day1) return;
      add({
        start: sentence.start + m.index!,
        end: sentence.start + m.index! + m[0].length,
        date: iso(+year, monthIndex(month), +day1),
        endDate: iso(+year, monthIndex(month), +day2),
        precision: "DAY",
        form: "range",
      });
    };
    for (const m of s.matchAll(DAY_RANGE)) range(m, m[1] ?? "", m[2] ?? "", m[3] ?? "", m[4]);
    for (const m of s.matchAll(MONTH_RANGE)) range(m, m[2] ?? "", m[3] ?? "", m[1] ?? "", m[4]);
    if (published)
      for (const m of s.matchAll(RELATIVE_PERIOD)) {
        const shift = { this: 0, next: 1, last: -1 }[(m[1] ?? "this").toLowerCase() as "this"];
        const month = (m[2] ?? "").toLowerCase() === "month";
        const y = published.getUTCFullYear() + (month ? 0 : shift);
        const first = month ? new Date(Date.UTC(y, published.getUTCMonth() + shift, 1)) : new Date(Date.UTC(y, 0, 1));
        add({
          start: sentence.start + m.index,
          end: sentence.start + m.index + m[0].length,
          date: first.toISOString().slice(0, 10),
          endDate: null,
          precision: month ? "MONTH" : "YEAR",
          form: "relative",
        });
      }
    if (published)
      for (const m of s.matchAll(WEEKDAY_PAIR)) {
        const [, said = "", from = "", to = ""] = m;
        const first = anchorWeekday(WEEKDAYS.indexOf(from), published, s, m.index, said);
        const length = (WEEKDAYS.indexOf(to) - WEEKDAYS.indexOf(from) + 7) % 7;
        const iso10 = (d: Date) => d.toISOString().slice(0, 10);
        add({
          start: sentence.start + m.index + (said === "on" ? 3 : 0),
          end: sentence.start + m.index + m[0].length,
          date: iso10(first),
          endDate: iso10(new Date(first.getTime() + length * 86_400_000)),
          precision: "DAY",
          form: "weekday",
        });
      }
    if (published)
      for (const m of s.matchAll(WEEKDAY_DAY)) {
        const day = +(m[1] ?? 0);
        const month = m[2] ? +m[2] : published.getUTCMonth() + 1;
        const year = yearNear(month, day, published);
        if (!year || month > 12 || day > 31) continue;
        add({
          start: sentence.start + m.index,
          end: sentence.start + m.index + m[0].length,
          date: iso(year, month, day),
          endDate: null,
          precision: "DAY",
          form: "date",
        });
      }
    const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && b > x);
    // chrono is the dear part: only sentences that may hold a date go to it.
    const chronoResults = MAY_HOLD_DATE.test(s)
      ? chrono.parse(s, { instant: reference, timezone: 0 }, { forwardDate: false })
      : [];
    for (const r of chronoResults) {
      if (!free(r.index, r.index + r.text.length)) continue;
      // "Park Seo-jun" is not June; "migrants now travelling south" is no date.
      if (/[\p{L}-]$/u.test(s.slice(0, r.index)) || /^now$/i.test(r.text)) continue;
      const start = r.start;
      const weekdayOnly = start.isCertain("weekday") && !start.isCertain("day");
      if (
        !start.isCertain("year") &&
        !start.isCertain("month") &&
        !weekdayOnly &&
        !/\b(next|last|this) (year|month|week)\b/i.test(r.text)
      )
        continue;
      const date =
        weekdayOnly && published
          ? anchorWeekday(start.get("weekday") ?? start.date().getUTCDay(), published, s, r.index, r.text)
          : start.date();
      // "next week" names no day: its month is as near as the draft can say.
      const week = /\b(?:next|last|this) week\b/i.test(r.text) && !weekdayOnly;
      const precision: Precision =
        (start.isCertain("day") && !week) || weekdayOnly ? "DAY" : start.isCertain("month") || week ? "MONTH" : "YEAR";
      const y = date.getUTCFullYear();
      const m = date.getUTCMonth() + 1;
      const d = date.getUTCDate();
      const at = sentence.start + r.index;
      const trimmed = r.text.replace(/[\s,.]+$/, "");
      add({
        start: at,
        end: at + trimmed.length,
        date: precision === "YEAR" ? iso(y, 1, 1) : precision === "MONTH" ? iso(y, m, 1) : iso(y, m, d),
        endDate: r.end && r.end.isCertain("day") ? r.end.date().toISOString().slice(0, 10) : null,
        precision,
        form: weekdayOnly
          ? "weekday"
          : /\b(next|last|this|today|yesterday|tomorrow|tonight)\b/i.test(r.text)
            ? "relative"
            : "date",
      });
    }
    for (const m of s.matchAll(BARE_YEAR)) {
      const [whole, year = ""] = m;
      const at = m.index + whole.length - year.length;
      if (!free(at, at + 4)) continue;
      add({
        start: sentence.start + at,
        end: sentence.start + at + 4,
        date: iso(+year, 1, 1),
        endDate: null,
        precision: "YEAR",
        form: "year",
      });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}
