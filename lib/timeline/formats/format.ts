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

type Described = {
  /** The filename's ending: "ics", "stix.json". */
  extension: string;
  contentType: string;
  label: string;
};

/**
 * An export format, written as a stream: no format holds the events in memory, so a
 * 100,000-event export starts at once and the server's memory stays flat. Most write each event
 * as it comes (`open`); the interchange formats, which describe the records behind the events,
 * read them from the database a run of events at a time (`write`).
 */
export type RowFormat = Described & { open: (meta: ExportMeta) => Writer };
export type Format =
  | RowFormat
  | (Described & { write: (meta: ExportMeta, events: AsyncIterable<TimelineEvent>) => AsyncGenerator<string> });

/** The export's text, piece by piece. */
export async function* formatText(
  format: Format,
  meta: ExportMeta,
  events: AsyncIterable<TimelineEvent>,
): AsyncGenerator<string> {
  if ("write" in format) return yield* format.write(meta, events);
  const writer = format.open(meta);
  yield writer.head();
  let count = 0;
  for await (const e of events) {
    yield writer.event(e);
    count++;
  }
  yield writer.tail(count);
}

/** Writes a whole export to a string (tests, small exports). */
export function writeAll(format: RowFormat, meta: ExportMeta, events: Iterable<TimelineEvent>): string {
  const writer = format.open(meta);
  let out = writer.head();
  let count = 0;
  for (const e of events) {
    out += writer.event(e);
    count++;
  }
  return out + writer.tail(count);
}
