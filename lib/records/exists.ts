import "server-only";
import type { RecordType } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/prisma-client";
import { sameText } from "@/lib/records/like";

type Finder = { findFirst(args: { where: { id: number; deletedAt: null }; select: { id: true } }): Promise<{ id: number } | null> };

const LINKABLE = {
  DIALOGUE: "dialogue", DIALOGUE_SERIES: "dialogueSeries", AGREEMENT: "agreement", OUTCOME: "outcome", PERSON: "person",
  ORGANISATION: "organisation", TOPIC: "topic", SOURCE: "source", PARTICIPATION: "participation", COUNTRY: "country",
} as const satisfies Partial<Record<RecordType, keyof Tx>>;

export type LinkableType = keyof typeof LINKABLE;
export const LINKABLE_TYPES = Object.keys(LINKABLE) as LinkableType[];

/** Whether a record of this type exists and is not deleted. */
export async function recordExists(tx: Tx, type: LinkableType, id: number): Promise<boolean> {
  return (await (tx[LINKABLE[type]] as unknown as Finder).findFirst({ where: { id, deletedAt: null }, select: { id: true } })) !== null;
}

type TitleFinder = { findMany(args: { where: object; take: number; select: { id: true } }): Promise<{ id: number }[]> };

// Participations have no title of their own: they are never linked to by title.
const TITLE_FIELD: Partial<Record<LinkableType, "title" | "name" | "text">> = {
  DIALOGUE: "title", DIALOGUE_SERIES: "name", AGREEMENT: "title", OUTCOME: "text", PERSON: "name", ORGANISATION: "name",
  TOPIC: "name", SOURCE: "title", COUNTRY: "name",
};

/** The one live record of this type with exactly this title (ignoring case); null if none or several. */
export async function findByTitle(tx: Tx, type: LinkableType, title: string): Promise<number | null> {
  const field = TITLE_FIELD[type];
  if (!field) return null;
  const where = { deletedAt: null, [field]: sameText(title.trim()) };
  const rows = await (tx[LINKABLE[type]] as unknown as TitleFinder).findMany({ where, take: 2, select: { id: true } });
  return rows.length === 1 ? rows[0]!.id : null;
}
