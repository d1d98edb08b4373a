import { v5 as uuidv5 } from "uuid";

// STIX identifiers are "type--UUID". Parley's are UUIDv5 of the record's place on this server
// (origin, kind, id), so exporting the same record again gives the same identifier: a platform
// that imports both exports updates the object instead of duplicating it.

const NAMESPACE = "dc10abbf-5ad3-47d0-be5b-2e5d4fa214c1";

export type StixIds = ReturnType<typeof stixIds>;

export function stixIds(origin: string) {
  const id = (type: string, name: string) => `${type}--${uuidv5(`${origin}/${name}`, NAMESPACE)}`;
  return {
    producer: id("identity", "producer"),
    extension: id("extension-definition", "stix-extension-v1"),
    country: (code: string) => id("identity", `countries/${code}`),
    organisation: (organisationId: number) => id("identity", `organisations/${organisationId}`),
    person: (personId: number) => id("identity", `people/${personId}`),
    /** A publisher as rated in one source: the rating is the source's, so each rating is an identity of its own. */
    publisher: (name: string, reliability: string) => id("identity", `publishers/${name}/${reliability}`),
    meeting: (dialogueId: number) => id("report", `dialogues/${dialogueId}`),
    agreement: (agreementId: number) => id("parley-agreement", `agreements/${agreementId}`),
    outcome: (outcomeId: number) => id("parley-outcome", `outcomes/${outcomeId}`),
    citation: (citationId: number) => id("note", `citations/${citationId}`),
    link: (linkId: number) => id("relationship", `links/${linkId}`),
  };
}
