import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { SourceKind, SourceReliability } from "@/generated/prisma/enums";
import { sourceFacts } from "@/lib/sources/queries";
import { query, recordFields, vague, vagueDate } from "../shapes";
import { defineResource, inYears, readsOf, type Model } from "./resource";

const item = z.object({
  id: z.number().int(),
  title: z.string(),
  publisher: z.string().nullable(),
  address: z.string().nullable().describe("where the source was published"),
  published: vagueDate,
  kind: z.enum(SourceKind),
  reliability: z.enum(SourceReliability).describe("Admiralty source reliability, A (reliable) to F (cannot be judged)"),
  ...recordFields,
});

const select = {
  ...sourceFacts,
  updatedAt: true,
  version: true,
} satisfies Prisma.SourceSelect;

type Row = Awaited<ReturnType<typeof db.source.findMany<{ select: typeof select }>>>[number];

const present = (s: Row, origin: string): z.output<typeof item> => ({
  id: s.id,
  title: s.title,
  publisher: s.publisher,
  address: s.url,
  published: vague(s.publishedDate, s.publishedPrecision),
  kind: s.kind,
  reliability: s.reliability,
  url: `${origin}/sources/${s.id}`,
  updatedAt: s.updatedAt.toISOString(),
  version: s.version,
});

const filters = z.object({
  kind: z.enum(SourceKind).optional(),
  reliability: z.enum(SourceReliability).optional(),
  from: query.year.describe("published in this year or later"),
  to: query.year.describe("published in this year or earlier"),
});

const where = (f: z.output<typeof filters>): Prisma.SourceWhereInput => ({
  ...(f.kind ? { kind: f.kind } : {}),
  ...(f.reliability ? { reliability: f.reliability } : {}),
  ...inYears("publishedDate", f.from, f.to),
});

export const sources = defineResource({
  name: "sources",
  schemaName: "Source",
  noun: "source (a readout, joint statement or press report)",
  item,
  filters,
  ...readsOf(db.source as unknown as Model<Row>, { select, present, where }),
});
