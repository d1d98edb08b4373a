import "server-only";
import type { RecordType } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/prisma-client";

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
