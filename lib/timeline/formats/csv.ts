import type { TimelineEvent } from "../event";
import type { RowFormat } from "./format";

// RFC 4180: CRLF line ends, a header row, fields quoted when they hold a comma, a quote or a line
// break, quotes doubled. UTF-8 with a byte-order mark, so spreadsheet programs read non-Latin
// scripts correctly. A cell that a spreadsheet would run as a formula (=, +, -, @ first) is
// prefixed with an apostrophe; the import removes it again.

export const CSV_COLUMNS = [
  "uid",
  "type",
  "record_id",
  "version",
  "date",
  "date_precision",
  "end_date",
  "end_precision",
  "planned",
  "title",
  "kind",
  "status",
  "series",
  "location",
  "parties",
  "topics",
  "description",
  "url",
  "sources",
] as const;

const FORMULA = /^[=+\-@\t\r]/;

export function csvField(value: string | number | boolean | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvRow = (values: (string | number | boolean | null)[]) => `${values.map(csvField).join(",")}\r\n`;

/** Several values in one cell, separated by "; ". */
const many = (values: string[]) => values.join("; ");

export function csvValues(e: TimelineEvent): (string | number | boolean | null)[] {
  return [
    e.uid,
    e.type,
    e.recordId,
    e.version,
    e.date,
    e.precision,
    e.endDate,
    e.endPrecision,
    e.planned,
    e.title,
    e.kind,
    e.status,
    e.series,
    e.location,
    many(e.parties),
    many(e.topics),
    e.description,
    e.url,
    many(e.sources.map((s) => [s.title, s.publisher, s.url].filter(Boolean).join(", "))),
  ];
}

export const csv: RowFormat = {
  extension: "csv",
  contentType: "text/csv; charset=utf-8; header=present",
  label: "CSV (spreadsheet)",
  open: () => ({
    head: () => `\uFEFF${csvRow([...CSV_COLUMNS])}`,
    event: (e) => csvRow(csvValues(e)),
    tail: () => "",
  }),
};
