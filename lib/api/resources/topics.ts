import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { query, recordUrl, timestamp } from "../shapes";
import { defineResource, live } from "./resource";

const item = z.object({
  id: z.number().int(),
  slug: z.string(),
  name: z.string(),
  parentId: z.number().int().nullable(),
  synonyms: z.array(z.string()),
  description: z.string().nullable(),
  url: recordUrl,
  updatedAt: timestamp,
  version: z.number().int(),
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

export const topics = defineResource({
  name: "topics",
  schemaName: "Topic",
  noun: "theme of the topic tree",
  item,
  filters: z.object({ parent: query.slug.describe("the sub-themes of this theme") }),
  async list({ filters: f, after, take, origin }) {
    const rows = await db.topic.findMany({
      where: { ...live, id: { gt: after }, ...(f.parent ? { parent: { slug: f.parent } } : {}) },
      orderBy: { id: "asc" },
      take,
      select,
    });
    return rows.map((t) => present(t, origin));
  },
  async one(id, origin) {
    const t = await db.topic.findFirst({ where: { id, ...live }, select });
    return t ? present(t, origin) : null;
  },
});
