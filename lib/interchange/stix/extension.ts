import type { StixContext, StixObject } from "./objects";

// Parley's STIX extension: two object types of its own (parley-agreement, parley-outcome) and
// properties on identities, reports and notes that STIX has none for (a meeting's level and
// delegations, a publisher's reliability, a citation's stance). Described by a JSON Schema the app
// serves (public/schemas/parley-stix-extension-v1.schema.json).

export const EXTENSION_SCHEMA_PATH = "/schemas/parley-stix-extension-v1.schema.json";
export const EXTENSION_VERSION = "1.0.0";
/** When version 1 of the extension and the producer identity were first published. */
export const EXTENSION_PUBLISHED = new Date("2026-12-04T00:00:00.000Z");

const dated = { created: EXTENSION_PUBLISHED.toISOString(), modified: EXTENSION_PUBLISHED.toISOString() };

/** The Parley server the bundle comes from: every object is created by it. */
export function producerIdentity(ctx: StixContext): StixObject {
  return {
    type: "identity",
    spec_version: "2.1",
    id: ctx.ids.producer,
    ...dated,
    name: `Parley at ${new URL(ctx.origin).host}`,
    description: "A record of policy dialogues between governments: who met, what was discussed, signed and decided.",
    identity_class: "system",
    external_references: [{ source_name: "Parley", url: ctx.origin }],
  };
}

export function extensionDefinition(ctx: StixContext): StixObject {
  return {
    type: "extension-definition",
    spec_version: "2.1",
    id: ctx.ids.extension,
    ...dated,
    created_by_ref: ctx.ids.producer,
    name: "Parley policy dialogues",
    description:
      "Agreements (parley-agreement) and outcomes of meetings (parley-outcome) as objects of their own; a meeting's " +
      "dates, level, venue and delegations on its report; country codes, organisation kinds and publishers' Admiralty " +
      "reliability on identities; a citation's stance and credibility on its note.",
    schema: `${ctx.origin}${EXTENSION_SCHEMA_PATH}`,
    version: EXTENSION_VERSION,
    extension_types: ["new-sdo", "property-extension"],
  };
}
