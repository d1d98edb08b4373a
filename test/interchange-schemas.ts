import fs from "node:fs";
import path from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { Validator, type Schema } from "jsonschema";

// The official STIX 2.1 JSON Schemas (test/schemas/stix2, a copy of ../shared/stix2-json-schemas), loaded once, for the
// tests of the STIX export: the bundle's own schema, and each standard object type's.

const STIX_DIR = path.join(__dirname, "schemas/stix2/schemas");
const STIX_BASE = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";

function loadStix() {
  // Some of the schemas' patterns use escapes the `u` flag rejects.
  const ajv = new Ajv2020({ strict: false, unicodeRegExp: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat("idn-hostname", true); // (domain-name observables only)
  for (const folder of fs.readdirSync(STIX_DIR)) {
    for (const file of fs.readdirSync(path.join(STIX_DIR, folder)))
      ajv.addSchema(JSON.parse(fs.readFileSync(path.join(STIX_DIR, folder, file), "utf8")));
  }
  return ajv;
}

let stix: ReturnType<typeof loadStix> | undefined;

/** The validator of a STIX schema by its path under schemas/: "common/bundle.json", "sdos/report.json". */
export function stixSchema(file: string): ValidateFunction {
  stix ??= loadStix();
  return stix.getSchema(STIX_BASE + file)!;
}

/** The schema a STIX object of this type is checked against: its own, or the core one for custom types. */
export function stixSchemaOf(type: string): ValidateFunction {
  const own: Record<string, string> = {
    identity: "sdos/identity.json",
    report: "sdos/report.json",
    note: "sdos/note.json",
    relationship: "sros/relationship.json",
    "extension-definition": "common/extension-definition.json",
  };
  return stixSchema(own[type] ?? "common/core.json");
}

let parley: Ajv2020 | undefined;
const PARLEY_SCHEMA = path.join(__dirname, "../public/schemas/parley-stix-extension-v1.schema.json");

/** The validator of one of Parley's own STIX types by its extension's schema, or null for a standard type. */
export function parleyExtensionSchema(type: string): ValidateFunction | null {
  if (type !== "parley-agreement" && type !== "parley-outcome") return null;
  if (!parley) {
    parley = new Ajv2020({ strict: false, allErrors: true });
    parley.addSchema(JSON.parse(fs.readFileSync(PARLEY_SCHEMA, "utf8")));
  }
  return parley.getSchema(`https://parley.invalid/schemas/parley-stix-extension-v1.schema.json#/$defs/${type}`)!;
}

// The Popolo JSON Schemas (test/schemas/popolo, a copy of ../shared/popolo-json-schemas) are
// draft-03, which Ajv does not read; the jsonschema package does.
const POPOLO_DIR = path.join(__dirname, "schemas/popolo/schemas");
let popolo: Validator | undefined;

/** Checks a Popolo object against its schema ("person", "organization", "membership", "event"): the errors, none if valid. */
export function popoloErrors(kind: string, value: unknown): string[] {
  if (!popolo) {
    popolo = new Validator();
    for (const file of fs.readdirSync(POPOLO_DIR)) {
      const schema = JSON.parse(fs.readFileSync(path.join(POPOLO_DIR, file), "utf8")) as Schema;
      popolo.addSchema(schema, schema.id);
    }
  }
  const schema = popolo.schemas[`http://www.popoloproject.com/schemas/${kind}.json#`]!;
  return popolo.validate(value, schema, { nestedErrors: true }).errors.map((e) => `${e.property} ${e.message}`);
}
