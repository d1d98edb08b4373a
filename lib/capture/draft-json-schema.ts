import { z } from "zod";
import { draftSchema, DRAFT_SCHEMA_URL } from "./draft";

/** The JSON Schema of a draft, generated from its zod schema (the file in public/schemas is this, written out). */
export function draftJsonSchema(): Record<string, unknown> {
  return {
    $id: DRAFT_SCHEMA_URL.slice("/schemas/".length),
    title: "Parley assisted-capture draft, version 1",
    ...z.toJSONSchema(draftSchema, { target: "draft-2020-12", io: "output" }),
  };
}
