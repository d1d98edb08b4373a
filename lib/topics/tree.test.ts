import { describe, expect, it } from "vitest";
import { buildTopicTree } from "./queries";

describe("buildTopicTree", () => {
  it("nests children under parents listed in any order, sorted by name", () => {
    const tree = buildTopicTree([
      { id: 3, name: "Fentanyl", slug: "fentanyl", parentId: 2 },
      { id: 1, name: "Cyber security", slug: "cyber", parentId: null },
      { id: 2, name: "Narcotics", slug: "narcotics", parentId: null },
      { id: 4, name: "Cocaine", slug: "cocaine", parentId: 2 },
    ]);
    expect(tree.map((t) => t.slug)).toEqual(["cyber", "narcotics"]);
    expect(tree[1]!.children.map((t) => t.slug)).toEqual(["cocaine", "fentanyl"]);
  });
  it("keeps a topic whose parent is missing (deleted) at the top level", () => {
    expect(buildTopicTree([{ id: 5, name: "Orphan", slug: "orphan", parentId: 99 }]).map((t) => t.slug)).toEqual([
      "orphan",
    ]);
  });
});
