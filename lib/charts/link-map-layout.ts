import { hierarchy, tree } from "d3-hierarchy";
import type { Neighbourhood, NeighbourNode } from "@/lib/links/neighbourhood";
import { linkRelationLabel } from "@/lib/labels";
import { LINK_MAP } from "./link-map-dimensions";
import { wrapTitle } from "./wrap-title";

// A record's cross-links as a tidy tree read left to right: the record, the records linked to it,
// and theirs. Each record hangs under the first record (in the neighbourhood's fixed order) that
// links to it; links that are not part of that tree are drawn dashed. d3-hierarchy places the
// rows, so the same links always draw the same picture and no two labels share a row.

const TITLE_CHARS = 30;

export type LinkMapNode = {
  key: string;
  type: string;
  x: number;
  y: number;
  depth: number;
  lines: string[];
  detail: string;
  href: string | null;
  name: string;
};
export type LinkMapEdge = { key: string; d: string; tree: boolean };
export type LinkMapLayout = { width: number; height: number; nodes: LinkMapNode[]; edges: LinkMapEdge[]; left: number };

type Branch = { node: NeighbourNode; wording: string; children: Branch[] };

type Point = { x: number; y: number };

/** A line from the end of one record's label to the next column's dot, or, within a column, an arc left of the dots. */
function curve(a: Point, b: Point): string {
  const { dot, labelWidth } = LINK_MAP;
  if (a.x === b.x) {
    const bend = a.x - dot - 24;
    return `M${a.x - dot},${a.y} C${bend},${a.y} ${bend},${b.y} ${b.x - dot},${b.y}`;
  }
  const [l, r] = a.x < b.x ? [a, b] : [b, a];
  const x1 = l.x + labelWidth;
  const x2 = r.x - dot;
  const mid = (x1 + x2) / 2;
  return `M${x1},${l.y} C${mid},${l.y} ${mid},${r.y} ${x2},${r.y}`;
}

export function layoutLinkMap(hood: Neighbourhood): LinkMapLayout | null {
  const [centre, ...rest] = hood.nodes;
  if (!centre || rest.length === 0) return null;
  const root: Branch = { node: centre, wording: "", children: [] };
  const placed = new Map<string, Branch>([[centre.key, root]]);
  const treeEdges = new Set<number>();
  for (const node of rest) {
    // the first placed record one step nearer that links to this one is its parent
    const edge = hood.edges.find(
      (e) =>
        (e.to === node.key && placed.get(e.from)?.node.depth === node.depth - 1) ||
        (e.from === node.key && placed.get(e.to)?.node.depth === node.depth - 1),
    );
    if (!edge) continue;
    const fromParent = edge.to === node.key;
    const parent = placed.get(fromParent ? edge.from : edge.to)!;
    // worded from this record's side, towards its parent on the left: "resulted from", "implements"
    const wording = linkRelationLabel[edge.relation][fromParent ? "incoming" : "outgoing"];
    const branch: Branch = { node, wording, children: [] };
    parent.children.push(branch);
    placed.set(node.key, branch);
    treeEdges.add(edge.id);
  }

  const { row, column, margin, labelWidth } = LINK_MAP;
  const laid = tree<Branch>().nodeSize([row, column])(hierarchy(root));
  const all = laid.descendants();
  const top = Math.min(...all.map((n) => n.x));
  const maxDepth = Math.max(...all.map((n) => n.depth));
  const position = new Map(all.map((n) => [n.data.node.key, { x: margin + n.y, y: margin + n.x - top }]));

  const nodes: LinkMapNode[] = all.map((n) => {
    const { node, wording } = n.data;
    const parentTitle = n.parent?.data.node.title;
    const { x, y } = position.get(node.key)!;
    return {
      key: node.key,
      type: node.type,
      x,
      y,
      depth: n.depth,
      lines: wrapTitle(node.title, TITLE_CHARS),
      detail: n.parent ? `${node.typeLabel} · ${wording}` : `${node.typeLabel} · this record`,
      href: n.parent ? node.href : null,
      name: n.parent
        ? `${node.typeLabel}: ${node.title}, ${wording} ${parentTitle}`
        : `${node.typeLabel}: ${node.title} (this record)`,
    };
  });
  const edges: LinkMapEdge[] = hood.edges.flatMap((e) => {
    const a = position.get(e.from);
    const b = position.get(e.to);
    if (!a || !b) return [];
    return [{ key: String(e.id), d: curve(a, b), tree: treeEdges.has(e.id) }];
  });
  return {
    width: margin * 2 + maxDepth * column + labelWidth,
    height: margin * 2 + Math.max(...all.map((n) => n.x)) - top + row / 2,
    nodes,
    edges,
    left: hood.left,
  };
}
