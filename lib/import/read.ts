import { parse } from "csv-parse/sync";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import schemaV1 from "@/public/schemas/parley-timeline-v1.schema.json";
import schemaV2 from "@/public/schemas/parley-timeline-v2.schema.json";
import type { TimelineEvent } from "@/lib/timeline/event";

// Reads an import file into plain rows of named text fields, whatever its format: CSV with a
// header row (the columns of Parley's CSV export, plus `dialogue`, `publisher` for new outcomes
// and sources), or Parley's JSON timeline format, checked against its JSON Schema first.

export type ImportRow = { line: number; fields: Record<string, string> };
export type ReadResult = { rows: ImportRow[] } | { error: string };

/** A cell the CSV export defused (an apostrophe before =, +, -, @) gets its text back. */
const undefuse = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

export function readCsv(text: string): ReadResult {
  try {
    const records = parse(text, {
      bom: true,
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase().replace(/\s+/g, "_")),
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as { record: Record<string, string>; info: { lines: number } }[];
    if (records.length === 0) return { error: "The file has a header row but no rows." };
    if (!Object.hasOwn(records[0]!.record, "type"))
      return { error: 'The header row needs a "type" column (dialogue, agreement, commitment, outcome or source).' };
    return {
      rows: records.map(({ record, info }) => ({
        line: info.lines,
        fields: Object.fromEntries(Object.entries(record).map(([k, v]) => [k, undefuse(v)])),
      })),
    };
  } catch (error) {
    return { error: `This is not a readable CSV file: ${error instanceof Error ? error.message : String(error)}` };
  }
}

const SCHEMAS = { 1: schemaV1, 2: schemaV2 } as const;
const compiled = new Map<number, ValidateFunction>();
/** The validator of the document's own version (1 or 2, else the newest), compiled on first use. */
function validateTimeline(doc: unknown) {
  const stated = (doc as { version?: unknown } | null)?.version;
  const version = stated === 1 ? 1 : 2;
  let validate = compiled.get(version);
  if (!validate) {
    const ajv = new Ajv2020({ allErrors: false });
    addFormats(ajv);
    validate = ajv.compile(SCHEMAS[version]);
    compiled.set(version, validate);
  }
  if (validate(doc)) return null;
  return { version, ...(validate.errors?.[0] ?? { instancePath: "", message: "does not match the schema" }) };
}

const eventFields = (e: TimelineEvent): Record<string, string> => ({
  uid: e.uid,
  type: e.type,
  record_id: String(e.recordId),
  version: String(e.version),
  date: e.date ?? "",
  date_precision: e.precision,
  end_date: e.endDate ?? "",
  end_precision: e.endPrecision ?? "",
  title: e.title,
  kind: e.kind ?? "",
  status: e.status,
  series: e.series ?? "",
  location: e.location ?? "",
  parties: e.parties.join("; "),
  topics: e.topics.join("; "),
  description: e.description ?? "",
  url: e.url,
});

export function readJson(text: string): ReadResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { error: `This is not a readable JSON file: ${error instanceof Error ? error.message : String(error)}` };
  }
  const invalid = validateTimeline(doc);
  if (invalid)
    return {
      error: `This is not a Parley timeline (JSON format version ${invalid.version}): ${invalid.instancePath || "the document"} ${invalid.message}.`,
    };
  const events = (doc as { events: TimelineEvent[] }).events;
  if (events.length === 0) return { error: "The file has no events." };
  return { rows: events.map((e, i) => ({ line: i + 1, fields: eventFields(e) })) };
}

/** Reads by file name (.csv or .json), else by the first character. */
export function readImportFile(name: string, text: string): ReadResult {
  if (/\.json$/i.test(name) || (!/\.csv$/i.test(name) && /^\uFEFF?\s*\{/.test(text))) return readJson(text);
  return readCsv(text);
}
