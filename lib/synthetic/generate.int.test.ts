import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedCountries } from "@/prisma/seed/countries";
import { generateSynthetic, type SyntheticCounts } from "./generate";
import { getDialogue } from "@/lib/dialogues/queries";

let counts: SyntheticCounts;

beforeAll(async () => {
  await seedCountries(db);
  counts = await generateSynthetic(db, { agreements: 300, seed: 7 });
});

describe("generateSynthetic", () => {
  it("creates records of every kind in the requested proportions", async () => {
    expect(await db.agreement.count()).toBe(300);
    expect(await db.dialogue.count()).toBe(60);
    expect(await db.outcome.count()).toBe(600);
    for (const table of [
      "Organisation",
      "Person",
      "Position",
      "DialogueSeries",
      "Participation",
      "AgreementStatusChange",
      "AgreementParty",
      "AgreementTopic",
      "OutcomeTopic",
      "Source",
      "Citation",
      "Link",
    ]) {
      expect(counts[table], table).toBeGreaterThan(0);
    }
    expect(await db.citation.count()).toBe(300);
  });

  it("begins every generated record's history with where it came from", async () => {
    expect(
      await db.auditEvent.count({
        where: { recordType: "AGREEMENT", action: "CREATE", after: { equals: { origin: "synthetic" } } },
      }),
    ).toBe(300);
    expect(await db.auditEvent.count({ where: { recordType: "OUTCOME", action: "CREATE", userId: null } })).toBe(600);
  });

  it("keeps each agreement's status equal to the last entry of its history", async () => {
    const agreements = await db.agreement.findMany({
      select: {
        status: true,
        statusChangedAt: true,
        statusHistory: { orderBy: [{ date: "desc" }, { id: "desc" }], take: 1, select: { status: true, date: true } },
      },
    });
    for (const a of agreements) {
      expect(a.statusHistory[0]?.status).toBe(a.status);
      expect(a.statusHistory[0]?.date.getTime()).toBe(a.statusChangedAt?.getTime());
    }
  });

  it("numbers the rounds of a series in date order", async () => {
    const rows = await db.dialogue.findMany({
      orderBy: [{ seriesId: "asc" }, { roundNumber: "asc" }],
      select: { seriesId: true, startDate: true },
    });
    for (let i = 1; i < rows.length; i++) {
      if (rows[i]!.seriesId === rows[i - 1]!.seriesId)
        expect(rows[i]!.startDate!.getTime()).toBeGreaterThanOrEqual(rows[i - 1]!.startDate!.getTime());
    }
  });

  it("moves the id sequences past the generated rows, so the app can insert after it", async () => {
    const series = await db.dialogueSeries.findFirstOrThrow();
    const created = await db.dialogue.create({
      data: { seriesId: series.id, title: "After generation", level: "EXPERT", status: "PLANNED" },
    });
    expect(created.id).toBeGreaterThan(60);
  });

  it("produces data the pages can read", async () => {
    const held = await db.dialogue.findFirstOrThrow({ where: { status: "HELD" }, select: { id: true } });
    const dialogue = await getDialogue(held.id);
    expect(dialogue?.participations.length).toBeGreaterThan(0);
  });

  it("names each agreement after the parties it records", async () => {
    const agreements = await db.agreement.findMany({
      take: 50,
      select: { title: true, parties: { select: { country: { select: { name: true } } } } },
    });
    for (const a of agreements) {
      expect(a.parties).toHaveLength(2);
      for (const p of a.parties) expect(a.title).toContain(p.country.name);
    }
  });
});
