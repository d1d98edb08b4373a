import "server-only";
import { db } from "@/lib/db";
import type { LinkRelation, RecordType } from "@/generated/prisma/enums";
import { linkRelationLabel } from "@/lib/labels";
import { recordTitles, refKey } from "@/lib/records/titles";
import { recordTypeLabel } from "@/lib/records/registry";

export type LinkView = {
  id: number;
  direction: "outgoing" | "incoming";
  relation: LinkRelation;
  wording: string;
  note: string | null;
  other: { type: RecordType; typeLabel: string; id: number; title: string; href: string | null };
};

/** Links from and to one record, each worded from this record's side ("led to" / "resulted from"). */
export async function linksFor(type: RecordType, id: number): Promise<LinkView[]> {
  const rows = await db.link.findMany({
    where: {
      deletedAt: null,
      OR: [
        { fromType: type, fromId: id },
        { toType: type, toId: id },
      ],
    },
    orderBy: { id: "asc" },
    select: { id: true, fromType: true, fromId: true, relation: true, toType: true, toId: true, note: true },
  });
  const views = rows.map((row) => {
    const outgoing = row.fromType === type && row.fromId === id;
    const other = outgoing ? { type: row.toType, id: row.toId } : { type: row.fromType, id: row.fromId };
    return { row, outgoing, other };
  });
  const titles = await recordTitles(views.map((v) => v.other));
  return views.map(({ row, outgoing, other }) => {
    const titled = titles.get(refKey(other));
    return {
      id: row.id,
      direction: outgoing ? "outgoing" : "incoming",
      relation: row.relation,
      wording: linkRelationLabel[row.relation][outgoing ? "outgoing" : "incoming"],
      note: row.note,
      other: {
        ...other,
        typeLabel: recordTypeLabel[other.type],
        title: titled?.title ?? `${recordTypeLabel[other.type]} #${other.id} (deleted)`,
        href: titled?.href ?? null,
      },
    };
  });
}
