import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { countryCode, query, recordFields, vague, vagueDate } from "../shapes";
import { defineResource, readsOf, type Model } from "./resource";

const item = z.object({
  id: z.number().int(),
  name: z.string(),
  shortName: z.string().nullable(),
  description: z.string().nullable(),
  established: vagueDate,
  parentId: z.number().int().nullable(),
  parties: z.array(countryCode),
  ...recordFields,
});

const select = {
  id: true,
  name: true,
  shortName: true,
  description: true,
  establishedDate: true,
  establishedPrecision: true,
  parentId: true,
  updatedAt: true,
  version: true,
  parties: { select: { country: { select: { code: true } } }, orderBy: { country: { code: "asc" } } },
} satisfies Prisma.DialogueSeriesSelect;

type Row = Awaited<ReturnType<typeof db.dialogueSeries.findMany<{ select: typeof select }>>>[number];

const present = (s: Row, origin: string): z.output<typeof item> => ({
  id: s.id,
  name: s.name,
  shortName: s.shortName,
  description: s.description,
  established: vague(s.establishedDate, s.establishedPrecision),
  parentId: s.parentId,
  parties: s.parties.map((p) => p.country.code),
  url: `${origin}/series/${s.id}`,
  updatedAt: s.updatedAt.toISOString(),
  version: s.version,
});

const filters = z.object({ country: query.country.describe("a party to the series") });

const where = (f: z.output<typeof filters>): Prisma.DialogueSeriesWhereInput =>
  f.country ? { parties: { some: { country: { code: f.country } } } } : {};

export const series = defineResource({
  name: "series",
  schemaName: "Series",
  noun: "dialogue series",
  item,
  filters,
  ...readsOf(db.dialogueSeries as unknown as Model<Row>, { select, present, where }),
});
