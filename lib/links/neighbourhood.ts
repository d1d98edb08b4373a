import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import type { LinkRelation, RecordType } from "@/generated/prisma/enums";
import { recordTitles, refKey, type RecordRef } from "@/lib/records/titles";
import { recordTypeLabel } from "@/lib/records/registry";

// A record's cross-links one and two steps out, for the link map: the records reached, in a fixed
// order (so the same data draw the same picture), and every live link between them.

/** The most records a map shows, the record itself included; the list beside it has them all. */
export const LINK_MAP_LIMIT = 25;

export type NeighbourNode = RecordRef & {
  key: string;
  depth: 0 | 1 | 2;
  title: string;
  typeLabel: string;
  href: string | null;
};
export type NeighbourEdge = { id: number; from: string; to: string; relation: LinkRelation };
export type Neighbourhood = { nodes: NeighbourNode[]; edges: NeighbourEdge[]; left: number };

const byRef = (a: RecordRef, b: RecordRef) => (a.type < b.type ? -1 : a.type > b.type ? 1 : a.id - b.id);

type LinkRow = {
  id: number;
  fromType: RecordType;
  fromId: number;
  relation: LinkRelation;
  toType: RecordType;
  toId: number;
};

/** Live links touching any of `refs`, grouped into one condition per record type. */
async function linksTouching(refs: RecordRef[]): Promise<LinkRow[]> {
  const idsByType = new Map<RecordType, number[]>();
  for (const r of refs) idsByType.set(r.type, [...(idsByType.get(r.type) ?? []), r.id]);
  const or: Prisma.LinkWhereInput[] = [...idsByType].flatMap(([type, ids]) => [
    { fromType: type, fromId: { in: ids } },
    { toType: type, toId: { in: ids } },
  ]);
  return db.link.findMany({
    where: { deletedAt: null, OR: or },
    orderBy: { id: "asc" },
    select: { id: true, fromType: true, fromId: true, relation: true, toType: true, toId: true },
  });
}

export async function linkNeighbourhood(centre: RecordRef, limit = LINK_MAP_LIMIT): Promise<Neighbourhood> {
  const depthOf = new Map<string, { ref: RecordRef; depth: 0 | 1 | 2 }>([[refKey(centre), { ref: centre, depth: 0 }]]);
  const rows = new Map<number, LinkRow>();
  let frontier: RecordRef[] = [centre];
  let left = 0;
  for (const depth of [1, 2] as const) {
    const found = await linksTouching(frontier);
    const reached = new Map<string, RecordRef>();
    for (const row of found) {
      rows.set(row.id, row);
      for (const end of [
        { type: row.fromType, id: row.fromId },
        { type: row.toType, id: row.toId },
      ])
        if (!depthOf.has(refKey(end))) reached.set(refKey(end), end);
    }
    const next = [...reached.values()].sort(byRef);
    const room = Math.max(0, limit - depthOf.size);
    left += Math.max(0, next.length - room);
    for (const ref of next.slice(0, room)) depthOf.set(refKey(ref), { ref, depth });
    frontier = next.slice(0, room);
    if (frontier.length === 0) break;
  }
  if (depthOf.size === 1) return { nodes: [], edges: [], left: 0 }; // nothing linked: no map to draw
  const titles = await recordTitles([...depthOf.values()].map((n) => n.ref));
  const nodes = [...depthOf.values()]
    .sort((a, b) => a.depth - b.depth || byRef(a.ref, b.ref))
    .map(({ ref, depth }) => {
      const titled = titles.get(refKey(ref));
      return {
        ...ref,
        key: refKey(ref),
        depth,
        typeLabel: recordTypeLabel[ref.type],
        title: titled?.title ?? `${recordTypeLabel[ref.type]} #${ref.id} (deleted)`,
        href: titled?.href ?? null,
      };
    });
  const edges = [...rows.values()]
    .map((r) => ({
      id: r.id,
      from: refKey({ type: r.fromType, id: r.fromId }),
      to: refKey({ type: r.toType, id: r.toId }),
      relation: r.relation,
    }))
    .filter((e) => depthOf.has(e.from) && depthOf.has(e.to) && e.from !== e.to);
  return { nodes, edges, left };
}
