import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoData } from "@/test/seed";
import { makeIndiaMexicoMou } from "@/test/factories";
import { relatedThemes, topicFeed, topicTotals } from "./feed";
import { topicAndSubthemeIds } from "./queries";

// The founding example plus a later fentanyl agreement (a sub-theme of narcotics trafficking,
// month-precise) and an analyst's link from narcotics trafficking to money laundering.
beforeAll(async () => {
  await seedDemoData();
  await makeIndiaMexicoMou("2025-03");
  const [narcotics, laundering] = await Promise.all(
    ["narcotics-trafficking", "money-laundering"].map((slug) => db.topic.findUniqueOrThrow({ where: { slug } })),
  );
  await db.link.create({
    data: { fromType: "TOPIC", fromId: laundering!.id, relation: "RELATED", toType: "TOPIC", toId: narcotics!.id },
  });
});

describe("a theme's page", () => {
  it("lists dialogues, agreements and outcomes on the theme and its sub-themes, newest first, undated (still to come) first", async () => {
    const ids = await topicAndSubthemeIds("narcotics-trafficking");
    const feed = await topicFeed(ids, 1);
    expect(feed[0]).toMatchObject({
      type: "AGREEMENT",
      title: "India-Mexico MoU on Fentanyl Precursors",
      precision: "MONTH",
    });
    expect(feed.map((f) => f.type)).toEqual(expect.arrayContaining(["DIALOGUE", "AGREEMENT", "OUTCOME"]));
    const dates = feed.map((f) => f.date?.getTime() ?? Infinity);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(feed.filter((f) => f.type === "OUTCOME").every((f) => f.dialogueId !== null)).toBe(true);
    const totals = await topicTotals(ids);
    // The New Delhi meeting; the narcotics memorandum and the fentanyl MoU; three outcomes on narcotics or fentanyl.
    expect(totals).toEqual({ dialogues: 1, agreements: 2, outcomes: 3 });
    expect(feed).toHaveLength(6);
    expect(await topicFeed(ids, 2)).toEqual([]);
  });

  it("is empty for an unknown theme", async () => {
    expect(await topicFeed([], 1)).toEqual([]);
    expect(await topicTotals([])).toEqual({ dialogues: 0, agreements: 0, outcomes: 0 });
  });

  it("names linked themes first, then themes tagged together, never itself, its sub-themes or its parent", async () => {
    const topic = await db.topic.findUniqueOrThrow({ where: { slug: "narcotics-trafficking" } });
    const ids = await topicAndSubthemeIds(topic.slug);
    const related = await relatedThemes(topic.id, ids, topic.parentId);
    expect(related[0]).toMatchObject({ slug: "money-laundering", how: "linked" });
    expect(related.filter((r) => r.slug === "money-laundering")).toHaveLength(1);
    const together = related.filter((r) => r.how === "together").map((r) => r.slug);
    expect(together).toContain("counterterrorism");
    expect(together).not.toContain("fentanyl");
    expect(together).not.toContain("narcotics-trafficking");
  });
});
