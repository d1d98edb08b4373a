import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { columns } from "@/lib/forms/form-values";

export type TopicNode = { id: number; name: string; slug: string; children: TopicNode[] };

/** Builds the topic forest from flat rows (parents before or after children, in any order). */
export function buildTopicTree(
  rows: { id: number; name: string; slug: string; parentId: number | null }[],
): TopicNode[] {
  const nodes = new Map(
    rows.map((row) => [row.id, { id: row.id, name: row.name, slug: row.slug, children: [] as TopicNode[] }]),
  );
  const roots: TopicNode[] = [];
  for (const row of rows) {
    const node = nodes.get(row.id)!;
    const parent = row.parentId === null ? undefined : nodes.get(row.parentId);
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: TopicNode[]) => {
    list.sort((a, b) => a.name.localeCompare(b.name));
    list.forEach((node) => sort(node.children));
  };
  sort(roots);
  return roots;
}

/** The tree as select options, sub-themes indented under their theme. */
export function topicOptions(nodes: TopicNode[], depth = 0): { value: string; label: string }[] {
  return nodes.flatMap((n) => [
    { value: n.slug, label: `${"\u2003".repeat(depth)}${n.name}` },
    ...topicOptions(n.children, depth + 1),
  ]);
}

export const topicTree = cache(async () =>
  buildTopicTree(
    await db.topic.findMany({
      where: { deletedAt: null },
      select: { id: true, name: true, slug: true, parentId: true },
    }),
  ),
);

export const getTopic = cache((slug: string) =>
  db.topic.findFirst({
    where: { slug, deletedAt: null },
    select: {
      ...columns("id", "name", "slug", "description", "synonyms", "version", "parentId"),
      parent: { select: { name: true, slug: true } },
      children: { where: { deletedAt: null }, orderBy: { name: "asc" }, select: { name: true, slug: true } },
    },
  }),
);

/** A topic and all its sub-themes, by slug: what "on this theme" means in every filter. Empty when no such topic. */
export async function topicAndSubthemeIds(slug: string): Promise<number[]> {
  const rows = await db.$queryRaw<{ id: number }[]>`
    WITH RECURSIVE sub AS (
      SELECT id FROM "Topic" WHERE slug = ${slug} AND "deletedAt" IS NULL
      UNION SELECT t.id FROM "Topic" t JOIN sub ON t."parentId" = sub.id WHERE t."deletedAt" IS NULL)
    SELECT id FROM sub`;
  return rows.map((r) => r.id);
}
