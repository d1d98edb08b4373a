import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { CitationStance, RecordType } from "@/generated/prisma/enums";
import { query, recordFields } from "../shapes";
import { defineResource, live, readsOf, type Model } from "./resource";

/** A record any citation or link points at. */
export const recordRef = z.object({ type: z.enum(RecordType), id: z.number().int() });

const item = z.object({
  id: z.number().int(),
  sourceId: z.number().int(),
  record: recordRef.describe("what the passage is evidence for"),
  quote: z.string().nullable(),
  passage: z
    .object({ start: z.number().int(), end: z.number().int() })
    .nullable()
    .describe("the quote's place in the source's text, as character offsets"),
  credibility: z
    .number()
    .int()
    .min(1)
    .max(6)
    .describe("Admiralty information credibility, 1 (confirmed) to 6 (cannot be judged)"),
  stance: z.enum(CitationStance).describe("whether the passage backs the record or says otherwise"),
  note: z.string().nullable(),
  ...recordFields,
});

const select = {
  id: true,
  sourceId: true,
  recordType: true,
  recordId: true,
  quote: true,
  startOffset: true,
  endOffset: true,
  credibility: true,
  stance: true,
  note: true,
  updatedAt: true,
  version: true,
} satisfies Prisma.CitationSelect;

type Row = Awaited<ReturnType<typeof db.citation.findMany<{ select: typeof select }>>>[number];

const present = (c: Row, origin: string): z.output<typeof item> => ({
  id: c.id,
  sourceId: c.sourceId,
  record: { type: c.recordType, id: c.recordId },
  quote: c.quote,
  passage: c.startOffset !== null && c.endOffset !== null ? { start: c.startOffset, end: c.endOffset } : null,
  credibility: c.credibility,
  stance: c.stance,
  note: c.note,
  url: `${origin}/sources/${c.sourceId}#citation-${c.id}`,
  updatedAt: c.updatedAt.toISOString(),
  version: c.version,
});

const filters = z.object({
  source: query.id.optional().describe("from this source"),
  type: z.enum(RecordType).optional().describe("of records of this type"),
  record: query.id.optional().describe("of this record (with `type`)"),
  stance: z.enum(CitationStance).optional(),
});

const where = (f: z.output<typeof filters>): Prisma.CitationWhereInput => ({
  source: live,
  ...(f.source ? { sourceId: f.source } : {}),
  ...(f.type ? { recordType: f.type } : {}),
  ...(f.record ? { recordId: f.record } : {}),
  ...(f.stance ? { stance: f.stance } : {}),
});

export const citations = defineResource({
  name: "citations",
  schemaName: "Citation",
  noun: "citation (a source's passage as evidence for a record)",
  item,
  filters,
  ...readsOf(db.citation as unknown as Model<Row>, { select, present, where }),
});
