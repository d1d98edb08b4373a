import "server-only";
import type { Tx } from "@/lib/prisma-client";
import { sameText } from "./like";
import { recordInfo, type DeletableType } from "./registry";

type Finder = {
  findFirst(args: { where: { id: number; deletedAt: null }; select: { id: true } }): Promise<{ id: number } | null>;
  findMany(args: { where: object; take: number; select: { id: true } }): Promise<{ id: number }[]>;
};

/** Whether a record of this type exists and is not deleted. */
export async function recordExists(tx: Tx, type: DeletableType, id: number): Promise<boolean> {
  const model = tx[recordInfo(type).model] as unknown as Finder;
  return (await model.findFirst({ where: { id, deletedAt: null }, select: { id: true } })) !== null;
}

/** The one live record of this type with exactly this title (ignoring case); null if none, several, or the type has no title column. */
export async function findByTitle(tx: Tx, type: DeletableType, title: string): Promise<number | null> {
  const { model, titleColumn } = recordInfo(type);
  if (!titleColumn) return null;
  const where = { deletedAt: null, [titleColumn]: sameText(title.trim()) };
  const rows = await (tx[model] as unknown as Finder).findMany({ where, take: 2, select: { id: true } });
  return rows.length === 1 ? rows[0]!.id : null;
}
