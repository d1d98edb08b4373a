import "server-only";
import { db } from "@/lib/db";
import { DELETABLE_TYPES, recordInfo, titleOf, type DeletableType } from "./registry";

type DeletedFinder = {
  findMany(args: {
    where: object;
    orderBy: object;
    take: number;
    select: object;
  }): Promise<{ id: number; deletedAt: Date }[]>;
};

/** Recently deleted records of every kind that can be deleted, newest first, for restoring. */
export async function recentlyDeleted(limit = 50) {
  const lists = await Promise.all(
    DELETABLE_TYPES.map(async (type) => {
      const { model } = recordInfo(type);
      const title = titleOf(type);
      const rows = await (db[model] as unknown as DeletedFinder).findMany({
        where: { deletedAt: { not: null } },
        orderBy: { deletedAt: "desc" },
        take: limit,
        select: { id: true, deletedAt: true, ...title.select },
      });
      return rows.map((row) => ({ type, id: row.id, title: title.text(row), deletedAt: row.deletedAt }));
    }),
  );
  const rows: { type: DeletableType; id: number; title: string; deletedAt: Date }[] = lists.flat();
  return rows.sort((a, b) => b.deletedAt.getTime() - a.deletedAt.getTime()).slice(0, limit);
}
