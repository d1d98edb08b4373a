import type { TimelineEvent } from "../event";
import type { RowFormat } from "./format";

// Parley's own timeline format, versioned and described by a JSON Schema in the repository
// (public/schemas/parley-timeline-v2.schema.json, also served by the app; version 2 adds compliance
// assessments and the ends of agreements' terms). The import reads both versions back.

export const JSON_FORMAT = "parley-timeline";
export const JSON_VERSION = 2;
export const SCHEMA_PATH = "/schemas/parley-timeline-v2.schema.json";

export const json: RowFormat = {
  extension: "json",
  contentType: "application/json; charset=utf-8",
  label: "JSON (Parley timeline v2)",
  open: (meta) => {
    let first = true;
    return {
      head: () => {
        const header = {
          $schema: new URL(SCHEMA_PATH, meta.url).href,
          format: JSON_FORMAT,
          version: JSON_VERSION,
          title: meta.title,
          url: meta.url,
          generatedAt: meta.generatedAt.toISOString(),
        };
        return `${JSON.stringify(header).slice(0, -1)},"events":[\n`;
      },
      event: (e: TimelineEvent) => {
        const text = `${first ? "" : ",\n"}${JSON.stringify(e)}`;
        first = false;
        return text;
      },
      tail: (count) => `\n],"count":${count}}\n`,
    };
  },
};
