import { csv } from "./csv";
import { ical } from "./ical";
import { json } from "./json";
import { markdown } from "./markdown";
import { timelinejs } from "./timelinejs";
import { popolo } from "@/lib/interchange/popolo/format";
import { stix } from "@/lib/interchange/stix/format";
import type { Format } from "./format";

/** Every export format by the name used in URLs. */
export const FORMATS = { csv, json, ics: ical, timelinejs, md: markdown, stix, popolo } satisfies Record<
  string,
  Format
>;
export type FormatName = keyof typeof FORMATS;

export const isFormatName = (value: string): value is FormatName => Object.hasOwn(FORMATS, value);
