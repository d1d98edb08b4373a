import type { TimelineEvent } from "../event";

/** What every export knows about itself besides its events. */
export type ExportMeta = {
  title: string;
  /** The timeline's page in Parley (absolute). */
  url: string;
  generatedAt: Date;
};

/** Writes one export: the head, each event as it comes, the tail (with how many events there were). */
export type Writer = {
  head: () => string;
  event: (event: TimelineEvent) => string;
  tail: (count: number) => string;
};

/**
 * An export format, written as a stream: no format holds the events in memory, so a
 * 100,000-event export starts at once and the server's memory stays flat.
 */
export type Format = {
  extension: string;
  contentType: string;
  label: string;
  open: (meta: ExportMeta) => Writer;
};

/** Writes a whole export to a string (tests, small exports). */
export function writeAll(format: Format, meta: ExportMeta, events: Iterable<TimelineEvent>): string {
  const writer = format.open(meta);
  let out = writer.head();
  let count = 0;
  for (const e of events) {
    out += writer.event(e);
    count++;
  }
  return out + writer.tail(count);
}
