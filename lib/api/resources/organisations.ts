import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { OrganisationKind } from "@/generated/prisma/enums";
import { countryCode, query, recordFields } from "../shapes";
import { defineResource, readsOf, type Model } from "./resource";

const item = z.object({
  id: z.number().int(),
  name: z.string(),
  acronym: z.string().nullable(),
  kind: z.enum(OrganisationKind),
  country: countryCode.nullable(),
  parentId: z.number().int().nullable(),
  description: z.string().nullable(),
  ...recordFields,
});

const select = {
  id: true,
  name: true,
  acronym: true,
  kind: true,
  country: { select: { code: true } },
  parentId: true,
  description: true,
  updatedAt: true,
  version: true,
} satisfies Prisma.OrganisationSelect;

type Row = Awaited<ReturnType<typeof db.organisation.findMany<{ select: typeof select }>>>[number];

const present = (o: Row, origin: string): z.output<typeof item> => ({
  ...o,
  country: o.country?.code ?? null,
  url: `${origin}/organisations/${o.id}`,
  updatedAt: o.updatedAt.toISOString(),
});

const filters = z.object({
  q: query.text.describe("part of the name or the acronym"),
  country: query.country,
  kind: z.enum(OrganisationKind).optional(),
});

const where = (f: z.output<typeof filters>): Prisma.OrganisationWhereInput => ({
  ...(f.q
    ? { OR: [{ name: { contains: f.q, mode: "insensitive" } }, { acronym: { equals: f.q, mode: "insensitive" } }] }
    : {}),
  ...(f.country ? { country: { code: f.country } } : {}),
  ...(f.kind ? { kind: f.kind } : {}),
});

export const organisations = defineResource({
  name: "organisations",
  schemaName: "Organisation",
  noun: "organisation (a ministry, an agency, an academy…)",
  item,
  filters,
  ...readsOf(db.organisation as unknown as Model<Row>, { select, present, where }),
});
