import type { TimelineEvent } from "@/lib/timeline/event";

// The interchange exports describe records, not events: a timeline's events are read in runs,
// and each run gives the meetings, agreements and outcomes it is about that no earlier run gave.

export type RecordBatch = { meetings: number[]; agreements: number[]; outcomes: number[] };

/** Remembers which records of each kind an export has written, so each is written once. */
export class Written {
  private readonly seen = { meetings: new Set<number>(), agreements: new Set<number>(), outcomes: new Set<number>() };

  /** Those of `ids` not written before, now marked as written. */
  fresh(kind: keyof RecordBatch, ids: Iterable<number>): number[] {
    const seen = this.seen[kind];
    const fresh: number[] = [];
    for (const id of ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      fresh.push(id);
    }
    return fresh;
  }
}

const KIND_OF_EVENT: Record<TimelineEvent["type"], keyof RecordBatch> = {
  dialogue: "meetings",
  agreement: "agreements",
  expiry: "agreements",
  commitment: "outcomes",
  assessment: "outcomes",
};

/** The records of the events, `size` events at a time (ids may repeat across batches: see Written). */
export async function* recordBatches(events: AsyncIterable<TimelineEvent>, size = 500): AsyncGenerator<RecordBatch> {
  let batch: RecordBatch = { meetings: [], agreements: [], outcomes: [] };
  let count = 0;
  for await (const e of events) {
    batch[KIND_OF_EVENT[e.type]].push(e.recordId);
    if (++count === size) {
      yield batch;
      batch = { meetings: [], agreements: [], outcomes: [] };
      count = 0;
    }
  }
  if (count) yield batch;
}

/** A meeting brings its agreements and outcomes (about fifteen records): fewer of them per batch. */
const MEETINGS_AT_ONCE = 40;
const RECORDS_AT_ONCE = 250;

function* slices<T>(values: T[], size: number): Generator<T[]> {
  for (let i = 0; i < values.length; i += size) yield values.slice(i, i + size);
}

/**
 * A batch cut into batches small enough to load with everything they bring in bounded memory:
 * meetings a few dozen at a time, then the other records a few hundred at a time.
 */
export function* smallBatches(batch: RecordBatch): Generator<RecordBatch> {
  for (const meetings of slices(batch.meetings, MEETINGS_AT_ONCE)) yield { meetings, agreements: [], outcomes: [] };
  const size = Math.max(batch.agreements.length, batch.outcomes.length);
  for (let i = 0; i < size; i += RECORDS_AT_ONCE)
    yield {
      meetings: [],
      agreements: batch.agreements.slice(i, i + RECORDS_AT_ONCE),
      outcomes: batch.outcomes.slice(i, i + RECORDS_AT_ONCE),
    };
}
