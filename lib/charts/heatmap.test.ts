import { describe, expect, it } from "vitest";
import { buildHeatmap, type HeatTag, type HeatTopic } from "./heatmap";

const topics: HeatTopic[] = [
  { id: 1, name: "Narcotics trafficking", slug: "narcotics-trafficking", parentId: null },
  { id: 2, name: "Fentanyl", slug: "fentanyl", parentId: 1 },
  { id: 3, name: "Counterterrorism", slug: "counterterrorism", parentId: null },
  { id: 4, name: "Cyber security", slug: "cyber-security", parentId: null },
];
// 2023 (held), New Delhi 2024 (held), Washington (planned).
const rounds = [
  { id: 10, title: "Washington, 2023", held: true },
  { id: 11, title: "New Delhi, 2024", held: true },
  { id: 12, title: "Washington, planned", held: false },
];
const tags: HeatTag[] = [
  { roundId: 10, topicId: 3, outcomeId: null, strength: null },
  { roundId: 10, topicId: 4, outcomeId: 100, strength: 2 },
  { roundId: 11, topicId: 3, outcomeId: 101, strength: 3 },
  { roundId: 11, topicId: 2, outcomeId: 102, strength: 1 },
  { roundId: 11, topicId: 2, outcomeId: 103, strength: 4 },
  { roundId: 11, topicId: 1, outcomeId: null, strength: null },
];

const row = (map: ReturnType<typeof buildHeatmap>, slug: string) => map.rows.find((r) => r.topic.slug === slug)!;

describe("the theme × round heatmap", () => {
  it("rolls sub-themes up into their top-level theme, shaded by the strongest outcome", () => {
    const map = buildHeatmap(rounds, tags, topics);
    expect(map.rows.map((r) => r.topic.slug)).toEqual(["counterterrorism", "cyber-security", "narcotics-trafficking"]);
    const narcotics = row(map, "narcotics-trafficking");
    expect(narcotics.expandable).toBe(true);
    expect(narcotics.cells.map((c) => c.marked)).toEqual([false, true, false]);
    expect(narcotics.cells[1]).toMatchObject({ strength: 4, href: "/dialogues/11#outcome-103" });
  });

  it("marks fentanyl at the New Delhi round, linked to its outcome, once its parent is expanded", () => {
    const map = buildHeatmap(rounds, tags, topics, new Set(["narcotics-trafficking"]));
    expect(map.rows.map((r) => [r.topic.slug, r.depth])).toEqual([
      ["counterterrorism", 0],
      ["cyber-security", 0],
      ["narcotics-trafficking", 0],
      ["fentanyl", 1],
    ]);
    const fentanyl = row(map, "fentanyl");
    expect(fentanyl.cells[1]).toEqual({ roundId: 11, marked: true, strength: 4, href: "/dialogues/11#outcome-103" });
    expect(fentanyl.cells[0]!.marked).toBe(false);
    expect(row(map, "narcotics-trafficking").expanded).toBe(true);
  });

  it("links a theme discussed with no outcome to the meeting's topics, and reads new, recurring and dropped at the last held round", () => {
    const map = buildHeatmap(rounds, tags, topics);
    expect(row(map, "counterterrorism").cells[0]).toMatchObject({
      marked: true,
      strength: 0,
      href: "/dialogues/10#topics",
    });
    expect(row(map, "counterterrorism").trend).toBe("recurring");
    expect(row(map, "narcotics-trafficking").trend).toBe("new");
    expect(row(map, "cyber-security").trend).toBe("dropped");
  });
});
