// What the seeded planned round in Washington inherits from the New Delhi round.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoData } from "@/test/seed";
import { carryOver, nextPlannedRound, roundSources } from "./carry-over";
import { sourceOptions } from "@/lib/sources/queries";

let washington: { id: number; seriesId: number; startDate: Date | null };

beforeAll(async () => {
  await seedDemoData();
  washington = await db.dialogue.findFirstOrThrow({
    where: { status: "PLANNED", venueCity: "Washington" },
    select: { id: true, seriesId: true, startDate: true },
  });
});

describe("carry-over into the next round", () => {
  it("brings the New Delhi round's open commitments and next steps, with who made them", async () => {
    const carried = await carryOver(washington);
    expect(carried.last?.title).toMatch(/New Delhi/);
    expect(carried.open.map((o) => o.text)).toEqual(
      expect.arrayContaining([
        "Finalise a memorandum of cooperation on countering narcotics trafficking.",
        expect.stringMatching(/^Consolidate collaboration between law enforcement agencies/),
      ]),
    );
    const consolidate = carried.open.find((o) => o.text.startsWith("Consolidate"))!;
    expect(consolidate.participants.map((p) => p.participation.person?.name).sort()).toEqual([
      "Ajay Bhalla",
      "Kristie Canegallo",
    ]);
    expect(carried.open.every((o) => o.followUpStatus === "OPEN" || o.followUpStatus === "IN_PROGRESS")).toBe(true);
  });

  it("brings the memorandum still under negotiation, not the one signed, and the last round's source", async () => {
    const carried = await carryOver(washington);
    expect(carried.pending.map((a) => [a.title, a.status])).toEqual([
      ["Memorandum of Cooperation on Countering Narcotics Trafficking", "UNDER_NEGOTIATION"],
    ]);
    expect(carried.sources.map((s) => s.title)).toEqual([
      "Counterterrorism, narcotics and illegal immigration in focus at India-US dialogue",
    ]);
    expect(carried.themes.length).toBeGreaterThan(5);
    expect(carried.themes.every((t) => t.trend === "new")).toBe(true);
  });

  it("leaves out what is done, and rounds after the one being prepared", async () => {
    const finalise = await db.outcome.findFirstOrThrow({ where: { text: { startsWith: "Finalise a memorandum" } } });
    await db.outcome.update({ where: { id: finalise.id }, data: { followUpStatus: "DONE" } });
    const carried = await carryOver(washington);
    expect(carried.open.map((o) => o.id)).not.toContain(finalise.id);
    await db.outcome.update({ where: { id: finalise.id }, data: { followUpStatus: "OPEN" } });

    const newDelhi = await db.dialogue.findFirstOrThrow({ where: { id: carried.last!.id } });
    expect((await carryOver(newDelhi)).last).toBeNull();
  });

  it("finds the series' next planned round for the Prepare view", async () => {
    expect((await nextPlannedRound(washington.seriesId))?.id).toBe(washington.id);
  });
});

describe("the evidence a commitment is assessed from", () => {
  it("offers the sources cited for its meeting first, then the newest", async () => {
    const meeting = await db.dialogue.findFirstOrThrow({ where: { status: "HELD", venueCity: "New Delhi" } });
    const own = await roundSources(meeting.id);
    expect(own.length).toBeGreaterThan(0);
    await db.source.create({ data: { title: "A newer unrelated readout", kind: "PRESS_REPORT", reliability: "C" } });
    const options = await sourceOptions(200, own);
    expect(options.slice(0, own.length).map((o) => o.label)).toEqual(own.map((s) => s.title));
    expect(options.map((o) => o.label)).toContain("A newer unrelated readout");
    expect(new Set(options.map((o) => o.value)).size).toBe(options.length);
  });
});
