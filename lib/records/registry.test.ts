// The registry is the one description of each record type; these checks keep its flags consistent
// with each other and with the schema.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import {
  ALL_RECORD_TYPES,
  CITABLE_TYPES,
  DELETABLE_TYPES,
  LINKABLE_TYPES,
  PART_TYPES,
  RECORD_TYPES,
  VERSIONED_TYPES,
  parseRecordType,
  recordInfo,
} from "./registry";

const schema = fs.readFileSync("prisma/schema.prisma", "utf8");
const modelBody = (table: string) => new RegExp(`^model ${table} \\{([^}]*)\\}`, "m").exec(schema)?.[1];
const hasColumn = (table: string, column: string) => new RegExp(`^\\s+${column}\\s`, "m").test(modelBody(table) ?? "");
const enumValues = (/^enum RecordType \{([^}]*)\}/m.exec(schema)?.[1] ?? "").split(/\s+/).filter(Boolean);

describe("the record-type registry", () => {
  it("describes every record type of the schema, each with its own table and delegate", () => {
    expect([...ALL_RECORD_TYPES].sort()).toEqual([...enumValues].sort());
    for (const type of ALL_RECORD_TYPES) {
      const { table, model } = recordInfo(type);
      expect(modelBody(table), `${type}: no model ${table}`).toBeDefined();
      expect(model).toBe(table[0]!.toLowerCase() + table.slice(1));
    }
  });

  it("deletes softly only what has a deletedAt column, and lists it by a title", () => {
    expect(DELETABLE_TYPES.length).toBeGreaterThan(0);
    for (const type of DELETABLE_TYPES) {
      expect(hasColumn(recordInfo(type).table, "deletedAt"), type).toBe(true);
      expect(recordInfo(type).title, `${type} is listed in Deleted records by its title`).toBeDefined();
    }
  });

  it("deletes parts in place: every part is deletable", () => {
    for (const type of PART_TYPES) expect(DELETABLE_TYPES, type).toContain(type);
  });

  it("edits over a version check only what has a version column", () => {
    for (const type of VERSIONED_TYPES) expect(hasColumn(recordInfo(type).table, "version"), type).toBe(true);
  });

  it("gives every linkable type a page and a title, and every citable type a title", () => {
    for (const type of LINKABLE_TYPES) {
      expect(recordInfo(type).page, `${type} has a page`).toBeTypeOf("function");
      expect(recordInfo(type).title, `${type} has a title`).toBeDefined();
      expect(DELETABLE_TYPES, `${type}: a link to it shows when it is deleted`).toContain(type);
    }
    for (const type of CITABLE_TYPES) expect(recordInfo(type).title, `${type} has a title`).toBeDefined();
  });

  it("names a record type in a URL the way the history pages do", () => {
    expect(parseRecordType("dialogue_series")).toBe("DIALOGUE_SERIES");
    expect(parseRecordType("constructor")).toBeNull();
    expect(parseRecordType("nonsense")).toBeNull();
    expect(Object.keys(RECORD_TYPES)).toContain("USER");
  });
});
