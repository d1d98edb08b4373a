import { describe, expect, it } from "vitest";
import type { LineageStep } from "@/lib/agreements/lineage";
import { layoutLineage } from "./lineage-layout";
import { LINEAGE_BOX } from "./lineage-dimensions";

const step = (id: number, year: number, links: LineageStep["links"], current = false): LineageStep => ({
  id,
  title: `Memorandum of cooperation on law enforcement training, ${year}`,
  status: "SIGNED",
  signedDate: new Date(Date.UTC(year, 2, 1)),
  signedPrecision: "DAY",
  links,
  current,
});

describe("the lineage diagram", () => {
  it("puts predecessors first, joins neighbours with a straight labelled arrow and arcs over a longer link", () => {
    const chain = [
      step(1, 2018, [{ relation: "RENEWS", direction: "predecessor-of", other: 2 }]),
      step(2, 2024, [{ relation: "RENEWS", direction: "successor-of", other: 1 }], true),
      step(3, 2026, [{ relation: "AMENDS", direction: "successor-of", other: 1 }]),
    ];
    const layout = layoutLineage(chain)!;
    expect(layout.nodes.map((n) => n.x)).toEqual(
      [0, 1, 2].map((i) => LINEAGE_BOX.margin + i * (LINEAGE_BOX.width + LINEAGE_BOX.gap)),
    );
    expect(layout.nodes[1]!.name).toMatch(/: Signed, signed 2024 \(this agreement\)$/);
    expect(layout.nodes[0]!.lines).toHaveLength(2);
    const [renews, amends] = layout.edges;
    // the 2024 memorandum renews the 2018 one: from its left side to the 2018 box's right side
    expect(renews!.label).toBe("renews");
    expect(renews!.d).toBe(
      `M${layout.nodes[1]!.x},${LINEAGE_BOX.top + LINEAGE_BOX.height / 2} L${layout.nodes[0]!.x + LINEAGE_BOX.width},${LINEAGE_BOX.top + LINEAGE_BOX.height / 2}`,
    );
    expect(amends!.label).toBe("amends");
    expect(amends!.d).toMatch(/^M\d+(\.\d+)?,44 C/);
    expect(amends!.labelY).toBeGreaterThan(0);
    expect(layout.width).toBe(LINEAGE_BOX.margin * 2 + 3 * LINEAGE_BOX.width + 2 * LINEAGE_BOX.gap);
  });

  it("draws nothing for an agreement with no lineage", () => {
    expect(layoutLineage([])).toBeNull();
  });
});
