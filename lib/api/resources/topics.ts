import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { query, recordFields } from "../shapes";
import { defineResource, readsOf, type Model } from "./resource";

const item = z.object({
  id: z.number().int(),
  slug: z.string(),
  name: z.string(),
  parentId: z.number().int().nullable(),
  synonyms: z.array(z.string()),
  description: z.string().nullable(),
  ...recordFields,
});

const select = {
  id: true,
  slug: true,
  name: true,
  parentId: true,
  synonyms: true,
  description: true,
  updatedAt: true,
  version: true,
} satisfies Prisma.TopicSelect;

type Row = Awaited<ReturnType<typeof db.topic.findMany<{ select: typeof select }>>>[number];

const present = (t: Row, origin: string): z.output<typeof item> => ({
  ...t,
  url: `${origin}/topics/${t.slug}`,
  updatedAt: t.updatedAt.toISOString(),
});

const filters = z.object({ parent: query.slug.describe("the sub-themes of this theme") });

const where = (f: z.output<typeof filters>): Prisma.TopicWhereInput => (f.parent ? { parent: { slug: f.parent } } : {});

export const topics = defineResource({
  name: "topics",
  schemaName: "Topic",
  noun: "theme of the topic tree",
  item,
  filters,
  ...readsOf(db.topic as unknown as Model<Row>, { select, present, where }),
});
