import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { PAGE_SIZE } from "@/lib/pagination";

/**
 * One page of a browse list: the ids in order (filtered and sorted in SQL, `a` being the browsed
 * table and `join` whatever the order needs), the total, and the page's records loaded by `load`.
 */
export async function browseResults<T extends { id: number }>(options: {
  table: string; where: Prisma.Sql; order: Prisma.Sql; join?: Prisma.Sql; page: number;
  load: (ids: number[]) => Promise<T[]>;
}) {
  const { table, where, order, join = Prisma.empty, page, load } = options;
  const from = Prisma.raw(`"${table}"`);
  const [rows, [total]] = await Promise.all([
    db.$queryRaw<{ id: number }[]>`SELECT a.id FROM ${from} a ${join} WHERE ${where} ORDER BY ${order} LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`,
    db.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM ${from} a WHERE ${where}`,
  ]);
  const byId = new Map((await load(rows.map((r) => r.id))).map((item) => [item.id, item]));
  const count = Number(total?.count ?? 0);
  return {
    items: rows.map((r) => byId.get(r.id)).filter((item): item is T => item !== undefined),
    total: count,
    pageCount: Math.max(1, Math.ceil(count / PAGE_SIZE)),
  };
}
