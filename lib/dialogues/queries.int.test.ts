import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDialogue, recentDialogues, upcomingDialogues } from "./queries";
import { browseDialogues } from "./browse";
import { dialogueBrowse } from "./browse-spec";
import { parseState } from "@/lib/browse/state";
import { openCommitments } from "@/lib/outcomes/queries";
import { citationKey } from "@/lib/sources/queries";
import { seedDemoData } from "@/test/seed";
import { FOUNDING_SERIES_NAME } from "@/prisma/seed/founding-example";

let meetingId: number;

beforeAll(async () => {
  expect(await seedDemoData()).toBe(true);
  meetingId = (
    await db.dialogue.findFirstOrThrow({ where: { status: "HELD", series: { name: FOUNDING_SERIES_NAME } } })
  ).id;
});

describe("the founding example as the dialogue page reads it", () => {
  it("has the meeting's facts, both co-chairs and their titles", async () => {
    const d = (await getDialogue(meetingId))!;
    expect(d.startDate?.toISOString().slice(0, 10)).toBe("2024-02-28");
    expect(d.startPrecision).toBe("DAY");
    expect([d.venueCity, d.venueCountry?.code, d.level]).toEqual(["New Delhi", "IN", "SENIOR_OFFICIALS"]);
    const chairs = d.participations
      .filter((p) => p.role === "CO_CHAIR")
      .map((p) => ({
        name: p.person?.name,
        org: p.organisation?.acronym,
        side: p.country?.code,
        acting: p.isActing,
      }));
    expect(chairs).toEqual(
      expect.arrayContaining([
        { name: "Ajay Bhalla", org: "MHA", side: "IN", acting: false },
        { name: "Kristie Canegallo", org: "DHS", side: "US", acting: true },
      ]),
    );
  });

  it("has the signed memorandum and the one under negotiation", async () => {
    const d = (await getDialogue(meetingId))!;
    const byStatus = Object.fromEntries(d.agreements.map((a) => [a.status, a.title]));
    expect(byStatus.SIGNED).toMatch(/Law Enforcement Training/);
    expect(byStatus.UNDER_NEGOTIATION).toMatch(/Countering Narcotics Trafficking/);
  });

  it("covers every theme the article names", async () => {
    const d = (await getDialogue(meetingId))!;
    const slugs = d.topics.map((t) => t.topic.slug);
    for (const slug of [
      "counterterrorism",
      "violent-extremism",
      "fentanyl",
      "illegal-migration",
      "biometric-information-sharing",
      "case-handling-30-days",
      "h-1b-visas",
      "human-trafficking",
      "phishing",
      "ransomware",
      "money-laundering",
      "terror-financing",
      "law-enforcement-training",
      "organised-crime",
    ])
      expect(slugs).toContain(slug);
  });

  it("backs the meeting, each co-chair, each agreement and each outcome with a citation", async () => {
    const d = (await getDialogue(meetingId))!;
    const keys = [
      citationKey("DIALOGUE", d.id),
      ...d.participations.map((p) => citationKey("PARTICIPATION", p.id)),
      ...d.agreements.map((a) => citationKey("AGREEMENT", a.id)),
      ...d.outcomes.map((o) => citationKey("OUTCOME", o.id)),
    ];
    for (const key of keys) expect(d.citations.get(key)?.length, key).toBeGreaterThan(0);
  });

  it("quotes only passages that are in the source, verbatim", async () => {
    const citations = await db.citation.findMany({ select: { quote: true, source: { select: { body: true } } } });
    expect(citations.length).toBeGreaterThanOrEqual(10);
    for (const c of citations) expect(c.source.body).toContain(c.quote);
  });

  it("records the next round in Washington as a planned dialogue announced by this one, linked both ways", async () => {
    const d = (await getDialogue(meetingId))!;
    expect(d.announced).toHaveLength(1);
    const next = (await getDialogue(d.announced[0]!.id))!;
    expect([next.status, next.venueCity, next.announcedBy?.id]).toEqual(["PLANNED", "Washington", meetingId]);
    expect(next.links.map((l) => `${l.wording} ${l.other.type}`)).toEqual(
      expect.arrayContaining(["resulted from OUTCOME", "follows up DIALOGUE"]),
    );
    expect(d.links.map((l) => `${l.wording} ${l.other.type}`)).toContain("followed up by DIALOGUE");
  });
});

describe("home page lists", () => {
  it("shows the meeting as recent, the Washington round as upcoming, and the open commitments", async () => {
    expect((await recentDialogues()).map((d) => d.id)).toContain(meetingId);
    expect((await upcomingDialogues()).map((d) => d.venueCity)).toContain("Washington");
    const open = await openCommitments();
    expect(open.map((o) => o.text)).toEqual(
      expect.arrayContaining([expect.stringMatching(/next round .* Washington/)]),
    );
    expect(open.every((o) => o.followUpStatus === "OPEN" || o.followUpStatus === "IN_PROGRESS")).toBe(true);
  });

  it("leaves soft-deleted dialogues out of lists and pages", async () => {
    const series = await db.dialogueSeries.findFirstOrThrow();
    const gone = await db.dialogue.create({
      data: {
        seriesId: series.id,
        title: "Deleted meeting",
        level: "EXPERT",
        status: "HELD",
        startDate: new Date("2024-03-01T00:00:00Z"),
        deletedAt: new Date(),
      },
    });
    expect((await recentDialogues(50)).map((d) => d.id)).not.toContain(gone.id);
    expect((await browseDialogues(parseState(dialogueBrowse, {}))).items.map((d) => d.id)).not.toContain(gone.id);
    expect(await getDialogue(gone.id)).toBeNull();
  });
});

describe("the seed", () => {
  it("loads the founding example once, however often it runs", async () => {
    expect(await seedDemoData()).toBe(false);
    expect(await db.dialogueSeries.count({ where: { name: FOUNDING_SERIES_NAME } })).toBe(1);
    expect(await db.country.count()).toBe(249);
  });
});
