import { EVENT_TYPE_LABEL, eventHeadline as summary, eventWhen, type TimelineEvent } from "../event";
import type { RowFormat } from "./format";
import { periodEnd } from "@/lib/dates";

// RFC 5545. One event per meeting and per agreement milestone or commitment due date. UIDs are
// the events' stable uids at this Parley's host, and SEQUENCE is the record's version, so a
// calendar that imports the file again updates its events instead of duplicating them. Dates are
// all-day: a day-precise date is that day; a date known only to the month (or year) spans the
// month (or year) rather than pretending to a day. Undated events cannot be in a calendar.

/** Escapes TEXT values: backslash, semicolon, comma, line breaks. */
export function icalText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** The UTF-8 length of one character (a code point). */
const utf8Length = (char: string) => {
  const cp = char.codePointAt(0)!;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
};

/** Folds a content line at 75 octets, never inside a UTF-8 character; continuation lines start with a space. */
export function foldLine(line: string): string {
  if (line.length <= 75 && /^[\x00-\x7f]*$/.test(line)) return `${line}\r\n`;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ") + "\r\n";
}

const compact = (isoDate: string) => isoDate.replaceAll("-", "");

const stamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

function status(e: TimelineEvent): string {
  if (e.type === "dialogue" && e.status === "CANCELLED") return "CANCELLED";
  return e.planned ? "TENTATIVE" : "CONFIRMED";
}

function description(e: TimelineEvent): string {
  const lines = [
    `${EVENT_TYPE_LABEL[e.type]} · ${e.statusLabel}${e.planned ? " (planned)" : ""} · ${eventWhen(e)}`,
    e.precision !== "DAY" ? `Date known only to the ${e.precision === "MONTH" ? "month" : "year"}.` : null,
    e.series ? `Series: ${e.series}` : null,
    e.parties.length ? `Parties: ${e.parties.join(", ")}` : null,
    e.topics.length ? `Themes: ${e.topics.join(", ")}` : null,
    e.description,
    ...e.sources.map((s) => `Source: ${[s.title, s.publisher, s.url].filter(Boolean).join(", ")}`),
    `In Parley: ${e.url}`,
  ];
  return lines.filter((l): l is string => Boolean(l)).join("\n");
}

/** Days before a commitment falls due or a term ends that a calendar reminds of it. */
export const REMINDER_DAYS = 7;

/** A reminder, for what is still to come and needs doing before its day: a commitment due, a term ending. */
function reminder(e: TimelineEvent): string[] {
  if (!e.planned || (e.type !== "commitment" && e.type !== "expiry")) return [];
  return [
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    `DESCRIPTION:${icalText(summary(e))}`,
    `TRIGGER:-P${REMINDER_DAYS}D`,
    "END:VALARM",
  ];
}

export const ical: RowFormat = {
  extension: "ics",
  contentType: "text/calendar; charset=utf-8",
  label: "iCalendar (calendar programs)",
  open: (meta) => {
    const host = new URL(meta.url).host;
    const dtstamp = stamp(meta.generatedAt);
    return {
      head: () =>
        [
          "BEGIN:VCALENDAR",
          "VERSION:2.0",
          "PRODID:-//Parley//Dialogue timelines//EN",
          "CALSCALE:GREGORIAN",
          "METHOD:PUBLISH",
          `X-WR-CALNAME:${icalText(`Parley: ${meta.title}`)}`,
        ]
          .map(foldLine)
          .join(""),
      event: (e) => {
        if (!e.date) return "";
        const endPrecision = e.endDate ? (e.endPrecision ?? e.precision) : e.precision;
        const lines = [
          "BEGIN:VEVENT",
          `UID:${e.uid}@${host}`,
          `DTSTAMP:${dtstamp}`,
          `SEQUENCE:${e.version}`,
          `DTSTART;VALUE=DATE:${compact(e.date)}`,
          `DTEND;VALUE=DATE:${compact(periodEnd(e.endDate ?? e.date, endPrecision))}`,
          `SUMMARY:${icalText(summary(e))}`,
          `DESCRIPTION:${icalText(description(e))}`,
          e.location ? `LOCATION:${icalText(e.location)}` : null,
          `URL:${e.url}`,
          `STATUS:${status(e)}`,
          `CATEGORIES:${icalText(EVENT_TYPE_LABEL[e.type])}`,
          "TRANSP:TRANSPARENT",
          ...reminder(e),
          "END:VEVENT",
        ];
        return lines
          .filter((l): l is string => l !== null)
          .map(foldLine)
          .join("");
      },
      tail: () => foldLine("END:VCALENDAR"),
    };
  },
};
