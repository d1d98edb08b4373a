import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { countryCode, query, recordFields, vague, vagueDate } from "../shapes";
import { defineResource, live, readsOf, type Model } from "./resource";

const item = z.object({
  id: z.number().int(),
  name: z.string(),
  honorific: z.string().nullable().describe("a rank or honorific written before the name"),
  aliases: z.array(z.string()),
  nationality: countryCode.nullable(),
  positions: z.array(
    z.object({
      title: z.string(),
      acting: z.boolean(),
      organisationId: z.number().int().nullable(),
      start: vagueDate,
      end: vagueDate,
    }),
  ),
  ...recordFields,
});

const select = {
  id: true,
  name: true,
  honorific: true,
  aliases: true,
  country: { select: { code: true } },
  updatedAt: true,
  version: true,
  positions: {
    where: live,
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    select: {
      title: true,
      acting: true,
      organisationId: true,
      startDate: true,
      startPrecision: true,
      endDate: true,
      endPrecision: true,
    },
  },
} satisfies Prisma.PersonSelect;

type Row = Awaited<ReturnType<typeof db.person.findMany<{ select: typeof select }>>>[number];

const present = (p: Row, origin: string): z.output<typeof item> => ({
  id: p.id,
  name: p.name,
  honorific: p.honorific,
  aliases: p.aliases,
  nationality: p.country?.code ?? null,
  positions: p.positions.map((x) => ({
    title: x.title,
    acting: x.acting,
    organisationId: x.organisationId,
    start: vague(x.startDate, x.startPrecision),
    end: vague(x.endDate, x.endPrecision),
  })),
  url: `${origin}/people/${p.id}`,
  updatedAt: p.updatedAt.toISOString(),
  version: p.version,
});

const filters = z.object({
  q: query.text.describe("part of the name or of an alias"),
  country: query.country.describe("nationality"),
});

const where = (f: z.output<typeof filters>): Prisma.PersonWhereInput => ({
  ...(f.q ? { OR: [{ name: { contains: f.q, mode: "insensitive" } }, { aliases: { has: f.q } }] } : {}),
  ...(f.country ? { country: { code: f.country } } : {}),
});

export const people = defineResource({
  name: "people",
  schemaName: "Person",
  noun: "person",
  item,
  filters,
  ...readsOf(db.person as unknown as Model<Row>, { select, present, where }),
});
