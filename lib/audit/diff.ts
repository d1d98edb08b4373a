// The changed fields of a record, before and after, as stored in an audit event. Pure.

export type Snapshot = Record<string, unknown>;

function jsonValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(jsonValue);
  return value ?? null;
}

/** JSON-safe form of a snapshot: dates as ISO strings, undefined as null. */
export function toJson(snapshot: Snapshot): Snapshot {
  return Object.fromEntries(Object.entries(snapshot).map(([key, value]) => [key, jsonValue(value)]));
}

const IGNORED = new Set(["updatedAt", "createdAt", "version"]);

/** Only the fields whose values differ, bookkeeping fields left out. */
export function changedFields(before: Snapshot, after: Snapshot): { before: Snapshot; after: Snapshot } {
  const changedBefore: Snapshot = {};
  const changedAfter: Snapshot = {};
  for (const key of Object.keys(after)) {
    if (IGNORED.has(key)) continue;
    if (JSON.stringify(jsonValue(before[key])) !== JSON.stringify(jsonValue(after[key]))) {
      changedBefore[key] = before[key] ?? null;
      changedAfter[key] = after[key] ?? null;
    }
  }
  return { before: toJson(changedBefore), after: toJson(changedAfter) };
}
