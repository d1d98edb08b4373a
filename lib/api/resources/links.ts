import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { LinkRelation, RecordType } from "@/generated/prisma/enums";
import { query, recordFields } from "../shapes";
import { recordRef } from "./citations";
import { defineResource, readsOf, type Model } from "./resource";

const item = z.object({
  id: z.number().int(),
  from: recordRef,
  relation: z.enum(LinkRelation).describe("how `from` stands to `to`: FOLLOWS_UP, LED_TO, SUPERSEDES…"),
  to: recordRef,
  note: z.string().nullable(),
  ...recordFields,
});

const select = {
  id: true,
  fromType: true,
  fromId: true,
  relation: true,
  toType: true,
  toId: true,
  note: true,
  updatedAt: true,
  version: true,
} satisfies Prisma.LinkSelect;

type Row = Awaited<ReturnType<typeof db.link.findMany<{ select: typeof select }>>>[number];

const present = (l: Row, origin: string): z.output<typeof item> => ({
  id: l.id,
  from: { type: l.fromType, id: l.fromId },
  relation: l.relation,
  to: { type: l.toType, id: l.toId },
  note: l.note,
  url: `${origin}/history/link/${l.id}`,
  updatedAt: l.updatedAt.toISOString(),
  version: l.version,
});

const filters = z.object({
  type: z.enum(RecordType).optional().describe("touching records of this type, at either end"),
  record: query.id.optional().describe("touching this record (with `type`), at either end"),
  relation: z.enum(LinkRelation).optional(),
});

const where = (f: z.output<typeof filters>): Prisma.LinkWhereInput => {
  const end = (side: "from" | "to") => ({
    ...(f.type ? { [`${side}Type`]: f.type } : {}),
    ...(f.record ? { [`${side}Id`]: f.record } : {}),
  });
  return {
    ...(f.type || f.record ? { OR: [end("from"), end("to")] } : {}),
    ...(f.relation ? { relation: f.relation } : {}),
  };
};

export const links = defineResource({
  name: "links",
  schemaName: "Link",
  noun: "typed link between two records",
  item,
  filters,
  ...readsOf(db.link as unknown as Model<Row>, { select, present, where }),
});
