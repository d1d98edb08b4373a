import { describe, expect, it } from "vitest";
import type { Neighbourhood, NeighbourNode } from "@/lib/links/neighbourhood";
import { layoutLinkMap } from "./link-map-layout";
import { LINK_MAP } from "./link-map-dimensions";

const node = (type: NeighbourNode["type"], id: number, depth: 0 | 1 | 2, title: string): NeighbourNode => ({
  type,
  id,
  key: `${type}:${id}`,
  depth,
  title,
  typeLabel: type === "DIALOGUE" ? "Meeting" : type === "AGREEMENT" ? "Agreement" : "Outcome",
  href: `/${type.toLowerCase()}/${id}`,
});

// New Delhi round (centre) led to a memorandum and two outcomes; one outcome implements the
// memorandum (a link between two first-step records), and a later outcome fulfils the first.
const hood: Neighbourhood = {
  nodes: [
    node("DIALOGUE", 1, 0, "India-US Homeland Security Dialogue, New Delhi 2024"),
    node("AGREEMENT", 7, 1, "Memorandum of cooperation on police training"),
    node("OUTCOME", 3, 1, "Joint working group on fentanyl precursors"),
    node("OUTCOME", 4, 1, "Next round in Washington"),
    node("OUTCOME", 9, 2, "Precursor list exchanged"),
  ],
  edges: [
    { id: 1, from: "DIALOGUE:1", to: "AGREEMENT:7", relation: "LED_TO" },
    { id: 2, from: "DIALOGUE:1", to: "OUTCOME:3", relation: "LED_TO" },
    { id: 3, from: "OUTCOME:4", to: "DIALOGUE:1", relation: "FOLLOWS_UP" },
    { id: 4, from: "OUTCOME:3", to: "AGREEMENT:7", relation: "IMPLEMENTS" },
    { id: 5, from: "OUTCOME:9", to: "OUTCOME:3", relation: "FULFILS" },
  ],
  left: 0,
};

describe("the link map", () => {
  it("reads left to right by steps out, one row per record, the centre not a link", () => {
    const layout = layoutLinkMap(hood)!;
    const at = (key: string) => layout.nodes.find((n) => n.key === key)!;
    expect(at("DIALOGUE:1").x).toBe(LINK_MAP.margin);
    expect(at("DIALOGUE:1").href).toBeNull();
    for (const key of ["AGREEMENT:7", "OUTCOME:3", "OUTCOME:4"])
      expect(at(key).x).toBe(LINK_MAP.margin + LINK_MAP.column);
    expect(at("OUTCOME:9").x).toBe(LINK_MAP.margin + 2 * LINK_MAP.column);
    for (const x of new Set(layout.nodes.map((n) => n.x))) {
      const ys = layout.nodes
        .filter((n) => n.x === x)
        .map((n) => n.y)
        .sort((a, b) => a - b);
      for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(LINK_MAP.row);
    }
    for (const n of layout.nodes) {
      expect(n.y).toBeGreaterThanOrEqual(LINK_MAP.margin);
      expect(n.y).toBeLessThanOrEqual(layout.height - LINK_MAP.margin);
    }
  });

  it("words each record from its own side and dashes links outside the tree", () => {
    const layout = layoutLinkMap(hood)!;
    const at = (key: string) => layout.nodes.find((n) => n.key === key)!;
    expect(at("AGREEMENT:7").detail).toBe("Agreement · resulted from");
    expect(at("OUTCOME:4").detail).toBe("Outcome · follows up");
    expect(at("OUTCOME:9").name).toBe(
      "Outcome: Precursor list exchanged, fulfils Joint working group on fentanyl precursors",
    );
    expect(at("OUTCOME:9").y).toBe(at("OUTCOME:3").y); // an only child sits level with its parent
    expect(layout.edges.filter((e) => !e.tree).map((e) => e.key)).toEqual(["4"]);
  });

  it("draws the same picture for the same links", () => {
    expect(layoutLinkMap(structuredClone(hood))).toEqual(layoutLinkMap(hood));
  });

  it("draws nothing for a record without links", () => {
    expect(layoutLinkMap({ nodes: [hood.nodes[0]!], edges: [], left: 0 })).toBeNull();
  });
});
