import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { countryCode, query, recordUrl, timestamp, vague, vagueDate } from "../shapes";
import { defineResource, live } from "./resource";

const item = z.object({
  id: z.number().int(),
  name: z.string(),
  shortName: z.string().nullable(),
  description: z.string().nullable(),
  established: vagueDate,
  parentId: z.number().int().nullable(),
  parties: z.array(countryCode),
  url: recordUrl,
  updatedAt: timestamp,
  version: z.number().int(),
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

export const series = defineResource({
  name: "series",
  schemaName: "Series",
  noun: "dialogue series",
  item,
  filters: z.object({ country: query.country.describe("a party to the series") }),
  async list({ filters, after, take, origin }) {
    const rows = await db.dialogueSeries.findMany({
      where: {
        ...live,
        id: { gt: after },
        ...(filters.country ? { parties: { some: { country: { code: filters.country } } } } : {}),
      },
      orderBy: { id: "asc" },
      take,
      select,
    });
    return rows.map((s) => present(s, origin));
  },
  async one(id, origin) {
    const s = await db.dialogueSeries.findFirst({ where: { id, ...live }, select });
    return s ? present(s, origin) : null;
  },
});
