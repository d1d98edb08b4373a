import type { Format } from "@/lib/timeline/formats/format";
import { popoloDocument } from "./document";

/** Popolo (civic-data and parliamentary tools): the timeline's meetings, delegates and their organisations. */
export const popolo: Format = {
  extension: "popolo.json",
  contentType: "application/json; charset=utf-8",
  label: "Popolo JSON",
  write: (meta, events) => popoloDocument(meta, events),
};
