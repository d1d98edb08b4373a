import type { Format } from "@/lib/timeline/formats/format";
import { stixBundle } from "./bundle";

/** STIX 2.1 (threat- and security-intelligence platforms): one bundle of the timeline's records. */
export const stix: Format = {
  extension: "stix.json",
  contentType: "application/stix+json;version=2.1",
  label: "STIX 2.1 bundle",
  write: (meta, events) => stixBundle(meta, events),
};
