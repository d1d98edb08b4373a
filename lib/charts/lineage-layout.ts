import type { LineageStep } from "@/lib/agreements/lineage";
import { agreementStatusLabel, linkRelationLabel } from "@/lib/labels";
import { LINEAGE_BOX } from "./lineage-dimensions";
import { wrapTitle } from "./wrap-title";

// An agreement lineage as a small diagram: one box per agreement in the chain's order (predecessors
// first), an arrow from each successor to what it supersedes, amends, renews, extends or implements,
// labelled with the relation; arrows between neighbours run straight, longer ones arc above.

const TITLE_CHARS = 30;

export type LineageNode = {
  id: number;
  x: number;
  y: number;
  lines: string[];
  detail: string;
  current: boolean;
  href: string;
  name: string;
};
export type LineageEdge = { key: string; d: string; label: string; labelX: number; labelY: number };
export type LineageLayout = { width: number; height: number; nodes: LineageNode[]; edges: LineageEdge[] };

export function layoutLineage(chain: LineageStep[]): LineageLayout | null {
  if (chain.length < 2) return null;
  const { width: w, height: h, gap, margin, top } = LINEAGE_BOX;
  const index = new Map(chain.map((a, i) => [a.id, i]));
  const nodes: LineageNode[] = chain.map((a, i) => {
    const year = a.signedDate ? String(a.signedDate.getUTCFullYear()) : "not signed";
    return {
      id: a.id,
      x: margin + i * (w + gap),
      y: top,
      lines: wrapTitle(a.title, TITLE_CHARS),
      detail: `${agreementStatusLabel[a.status]} · ${year}`,
      current: a.current,
      href: `/agreements/${a.id}`,
      name: `${a.title}: ${agreementStatusLabel[a.status]}, ${a.signedDate ? `signed ${year}` : "not signed"}${a.current ? " (this agreement)" : ""}`,
    };
  });
  const edges: LineageEdge[] = [];
  for (const a of chain)
    for (const link of a.links.filter((l) => l.direction === "successor-of")) {
      const from = index.get(a.id);
      const to = index.get(link.other);
      if (from === undefined || to === undefined) continue;
      const fromNode = nodes[from]!;
      const toNode = nodes[to]!;
      const label = linkRelationLabel[link.relation].outgoing;
      const key = `${a.id}-${link.relation}-${link.other}`;
      if (Math.abs(from - to) === 1) {
        // neighbours: straight, from the successor's near side to the predecessor's
        const [x1, x2] = from > to ? [fromNode.x, toNode.x + w] : [fromNode.x + w, toNode.x];
        const y = top + h / 2;
        edges.push({ key, d: `M${x1},${y} L${x2},${y}`, label, labelX: (x1 + x2) / 2, labelY: y - 6 });
      } else {
        const x1 = fromNode.x + w / 2;
        const x2 = toNode.x + w / 2;
        const rise = Math.min(top - 14, 18 + 6 * Math.abs(from - to));
        edges.push({
          key,
          d: `M${x1},${top} C${x1},${top - rise} ${x2},${top - rise} ${x2},${top}`,
          label,
          labelX: (x1 + x2) / 2,
          labelY: top - rise * 0.75 - 2,
        });
      }
    }
  return { width: margin * 2 + chain.length * w + (chain.length - 1) * gap, height: top + h + margin, nodes, edges };
}
