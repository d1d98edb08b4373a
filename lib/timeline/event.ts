import type { DatePrecision } from "@/lib/domain";
import { formatDate } from "@/lib/dates";

// One event on a timeline, whatever it came from: a meeting, an agreement's status change
// (signed, in force, expired...) or a commitment's due date. Every export format is written from
// this shape, so what one format says the others say too. Dates are calendar dates (yyyy-mm-dd,
// the first day of the period when the precision is a month or a year).

export type EventType = "dialogue" | "agreement" | "commitment" | "assessment" | "expiry";

export type EventSource = { title: string; publisher: string | null; url: string | null; date: string | null };

export type TimelineEvent = {
  /** Stable across exports and edits: "dialogue-12", "agreement-5-status-33", "commitment-9". */
  uid: string;
  type: EventType;
  recordId: number;
  /** Bumped whenever the record is edited (a calendar uses it to update an event it already has). */
  version: number;
  date: string | null;
  precision: DatePrecision;
  endDate: string | null;
  endPrecision: DatePrecision | null;
  /** Still to come: a planned or postponed round, a commitment not yet met, any date after today. */
  planned: boolean;
  title: string;
  /** A meeting's level, an agreement's kind (MOU...) or an outcome's kind (COMMITMENT...). */
  kind: string | null;
  /** The record's status at that point: HELD, SIGNED, IN_FORCE, OPEN... */
  status: string;
  statusLabel: string;
  series: string | null;
  location: string | null;
  description: string | null;
  parties: string[];
  topics: string[];
  /** The record's page in Parley. */
  url: string;
  sources: EventSource[];
};

export const EVENT_TYPE_LABEL: Record<EventType, string> = {
  dialogue: "Meeting",
  agreement: "Agreement",
  commitment: "Commitment due",
  assessment: "Compliance assessment",
  expiry: "Term ends",
};

/** What an event says in one line, the same in every format: "MoU: signed", "Due: …", "Term ends: …". */
export function eventHeadline(e: Pick<TimelineEvent, "type" | "title" | "statusLabel">): string {
  switch (e.type) {
    case "agreement":
      return `${e.title}: ${e.statusLabel.toLowerCase()}`;
    case "commitment":
      return `Due: ${e.title}`;
    case "assessment":
      return `${e.title}: ${e.statusLabel}`;
    case "expiry":
      return `Term ends: ${e.title}`;
    default:
      return e.title;
  }
}

/** Events run oldest first; undated ones (a round announced without a date) come last. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1;
  const order: EventType[] = ["dialogue", "agreement", "commitment", "assessment", "expiry"];
  return (
    order.indexOf(a.type) - order.indexOf(b.type) ||
    a.recordId - b.recordId ||
    (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0)
  );
}

/** "28 February 2024", "February 2024" or "2024": no more precise than the date is known. */
export function eventDateText(date: string | null, precision: DatePrecision): string {
  return date ? formatDate(new Date(`${date}T00:00:00Z`), precision) : "date not yet known";
}

/** The date and, if it ends on another day, the end: "28 February – 1 March 2024" is written in full. */
export function eventWhen(event: Pick<TimelineEvent, "date" | "precision" | "endDate" | "endPrecision">): string {
  const start = eventDateText(event.date, event.precision);
  if (!event.endDate || event.endDate === event.date) return start;
  return `${start} – ${eventDateText(event.endDate, event.endPrecision ?? event.precision)}`;
}

/** The year an event is grouped under, or null when undated. */
export const eventYear = (event: Pick<TimelineEvent, "date">) => (event.date ? Number(event.date.slice(0, 4)) : null);
