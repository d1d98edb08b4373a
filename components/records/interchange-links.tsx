import { FORMATS } from "@/lib/timeline/formats";

const INTERCHANGE = ["stix", "popolo"] as const;

/** Downloads of a record's timeline in the formats other tools import (STIX 2.1, Popolo). */
export function InterchangeLinks({ timelineHref }: { timelineHref: string }) {
  const query = timelineHref.split("?")[1] ?? "";
  return INTERCHANGE.map((format) => (
    <a key={format} href={`/timeline/export?format=${format}${query ? `&${query}` : ""}`} download>
      {FORMATS[format].label}
    </a>
  ));
}
