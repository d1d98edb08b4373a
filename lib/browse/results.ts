import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { PAGE_SIZE } from "@/lib/pagination";

/**
 * One page of a browse list: the ids in order (filtered and sorted in SQL, `a` being the browsed
 * table and `join` whatever the order needs), then the page's records loaded by `load`. (The
 * total comes with the facet counts.)
 */
export async function browseResults<T extends { id: number }>(options: {
  table: string;
  where: Prisma.Sql;
  order: Prisma.Sql;
  join?: Prisma.Sql;
  page: number;
  load: (ids: number[]) => Promise<T[]>;
}) {
  const { table, where, order, join = Prisma.empty, page, load } = options;
  const from = Prisma.raw(`"${table}"`);
  const rows = await db.$queryRaw<
    { id: number }[]
  >`SELECT a.id FROM ${from} a ${join} WHERE ${where} ORDER BY ${order} LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;
  const byId = new Map((await load(rows.map((r) => r.id))).map((item) => [item.id, item]));
  return rows.map((r) => byId.get(r.id)).filter((item): item is T => item !== undefined);
}

/** How many pages a total makes. */
export const pageCountOf = (total: number) => Math.max(1, Math.ceil(total / PAGE_SIZE));
