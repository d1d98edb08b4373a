import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoData } from "@/test/seed";
import { parsePage } from "@/lib/pagination";
import { topicAndSubthemeIds } from "@/lib/topics/queries";
import { listOpenCommitments, openCommitments } from "./queries";

beforeAll(async () => {
  await seedDemoData();
});

const texts = async (filters: Parameters<typeof listOpenCommitments>[0]) =>
  (await listOpenCommitments(filters, parsePage("1"))).items.map((o) => o.text);

describe("open commitments", () => {
  it("lists the founding example's open commitments, overdue first", async () => {
    const commitment = await db.outcome.findFirstOrThrow({ where: { text: { contains: "next round" } } });
    await db.outcome.update({ where: { id: commitment.id }, data: { dueDate: new Date("2024-06-01T00:00:00Z") } });
    const all = await texts({});
    expect(all).toHaveLength(3);
    expect(all[0]).toMatch(/next round/);
    expect((await openCommitments(2)).map((o) => o.text)).toEqual(all.slice(0, 2));
  });

  it("filters by theme, sub-themes included, and by series", async () => {
    // "Finalise a memorandum … narcotics" is tagged narcotics and fentanyl (a sub-theme).
    expect(await texts({ topicIds: await topicAndSubthemeIds("narcotics-trafficking") })).toEqual([
      expect.stringMatching(/narcotics/),
    ]);
    expect(await texts({ topicIds: await topicAndSubthemeIds("no-such-theme") })).toEqual([]);
    const series = await db.dialogueSeries.findFirstOrThrow();
    expect(await texts({ seriesId: series.id })).toHaveLength(3);
    expect(await texts({ seriesId: series.id + 999 })).toEqual([]);
  });
});
