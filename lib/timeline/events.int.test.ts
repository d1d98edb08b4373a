import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoData } from "@/test/seed";
import {
  makeAgreement,
  makeAssessment,
  makeCommitment,
  makeDialogue,
  makeIndiaMexicoMou,
  makeSeries,
} from "@/test/factories";
import { parseTimelineQuery } from "./query";
import { timelineSource } from "./source";
import { BATCH, timelineEvents } from "./events";
import { pageOf, PER_PAGE } from "./page-of";
import { exportTimeline } from "./export";
import { FORMATS } from "./formats";
import type { TimelineEvent } from "./event";

const ORIGIN = "https://parley.example";
let seriesId: number;

beforeAll(async () => {
  await seedDemoData();
  seriesId = (await db.dialogueSeries.findFirstOrThrow({ where: { shortName: "HSD" } })).id;
  await makeIndiaMexicoMou("2023-05");
});

async function eventsFor(raw: Record<string, string | string[]>): Promise<TimelineEvent[]> {
  const source = await timelineSource(parseTimelineQuery(raw));
  const out: TimelineEvent[] = [];
  for await (const e of timelineEvents(source.branches, ORIGIN)) out.push(e);
  return out;
}

describe("timeline events", () => {
  it("puts a series' meetings, agreement milestones and commitment due dates on one axis, oldest first, undated last", async () => {
    const events = await eventsFor({ series: String(seriesId) });
    const meeting = events.find((e) => e.uid.startsWith("dialogue-") && e.status === "HELD")!;
    expect(meeting).toMatchObject({
      date: "2024-02-28",
      precision: "DAY",
      location: "New Delhi, India",
      planned: false,
      parties: ["India", "United States"],
    });
    expect(meeting.sources.map((s) => s.title)).toEqual([expect.stringContaining("India")]);
    expect(events.filter((e) => e.type === "agreement").map((e) => `${e.title}: ${e.status}`)).toEqual(
      expect.arrayContaining([
        "Memorandum of Cooperation on Law Enforcement Training (FLETC-SVPNPA): SIGNED",
        "Memorandum of Cooperation on Countering Narcotics Trafficking: UNDER_NEGOTIATION",
      ]),
    );
    expect(events.at(-1)).toMatchObject({ type: "dialogue", date: null, planned: true, status: "PLANNED" });
    const dated = events.filter((e) => e.date).map((e) => e.date!);
    expect(dated).toEqual([...dated].sort());
    expect(events.map((e) => e.title)).not.toContain("India-Mexico MoU on Fentanyl Precursors");
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it("filters by theme (with sub-themes), country pair, years and kind of event", async () => {
    const fentanyl = await eventsFor({ topic: "fentanyl" });
    expect(fentanyl.map((e) => e.title)).toContain("India-Mexico MoU on Fentanyl Precursors");
    const pair = await eventsFor({ country: ["IN", "MX"] });
    expect(pair.map((e) => e.title)).toEqual(["India-Mexico MoU on Fentanyl Precursors"]);
    expect(pair[0]).toMatchObject({ date: "2023-05-01", precision: "MONTH", parties: ["India", "Mexico"] });
    expect(await eventsFor({ country: ["IN", "US"], from: "2025" })).toEqual([]);
    const onlyAgreements = await eventsFor({ series: String(seriesId), type: "agreement" });
    expect(onlyAgreements.length).toBeGreaterThan(0);
    expect(onlyAgreements.every((e) => e.type === "agreement")).toBe(true);
  });

  it("follows a person and an organisation through meetings and commitments", async () => {
    const person = await db.person.findFirstOrThrow({ where: { name: { contains: "Bhalla" } } });
    const events = await eventsFor({ person: String(person.id) });
    expect(events.some((e) => e.type === "dialogue" && e.status === "HELD")).toBe(true);
    expect(events.every((e) => e.type !== "agreement" || e.parties.length > 0)).toBe(true);
  });

  it("follows one meeting (it, what was signed there, its commitments) and one agreement", async () => {
    const meeting = await db.dialogue.findFirstOrThrow({ where: { seriesId, status: "HELD" } });
    const events = await eventsFor({ dialogue: String(meeting.id) });
    const meetings = events.filter((e) => e.type === "dialogue");
    expect(meetings.map((e) => e.recordId)).toEqual([meeting.id]);
    const signedThere = await db.agreement.findMany({ where: { dialogueId: meeting.id }, select: { id: true } });
    expect(new Set(events.filter((e) => e.type === "agreement").map((e) => e.recordId))).toEqual(
      new Set(signedThere.map((a) => a.id)),
    );
    const title = (await timelineSource(parseTimelineQuery({ dialogue: String(meeting.id) }))).title;
    expect(title).toBe(meeting.title);

    const training = await db.agreement.findFirstOrThrow({
      where: { title: { contains: "Law Enforcement Training" } },
    });
    const ofAgreement = await eventsFor({ agreement: String(training.id) });
    expect(ofAgreement.filter((e) => e.type === "agreement").every((e) => e.recordId === training.id)).toBe(true);
    expect(ofAgreement.filter((e) => e.type === "dialogue").map((e) => e.recordId)).toEqual([meeting.id]);
    expect(ofAgreement.some((e) => e.type === "agreement")).toBe(true);
  });

  it("times the list pages' filters too: ?of=agreements gives exactly that list's milestones", async () => {
    const events = await eventsFor({ of: "agreements", party: "MX" });
    expect(events.map((e) => e.uid)).toEqual([expect.stringMatching(/^agreement-\d+-status-\d+$/)]);
    const meetings = await eventsFor({ of: "dialogues", status: "PLANNED" });
    expect(meetings.map((e) => e.status)).toEqual(["PLANNED"]);
  });

  it("streams more events than one batch in order, each once", async () => {
    const series = await db.dialogueSeries.create({ data: { name: "Synthetic stream series" } });
    const count = BATCH * 2 + 7;
    await db.dialogue.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        seriesId: series.id,
        title: `Round ${i}`,
        level: "EXPERT" as const,
        status: "HELD" as const,
        startDate: new Date(Date.UTC(2000 + (i % 20), i % 12, 1 + (i % 28))),
        startPrecision: "DAY" as const,
      })),
    });
    const events = await eventsFor({ series: String(series.id) });
    expect(events).toHaveLength(count);
    expect(new Set(events.map((e) => e.uid)).size).toBe(count);
    const keys = events.map((e) => `${e.date}#${String(e.recordId).padStart(8, "0")}`);
    expect(keys).toEqual([...keys].sort());
  });

  it("reads a page in batches no larger than it needs, giving the same events as the whole stream", async () => {
    const source = await timelineSource(parseTimelineQuery({ series: String(seriesId) }));
    const all: TimelineEvent[] = [];
    for await (const e of timelineEvents(source.branches, "")) all.push(e);
    // batches of two: every kind crosses several batches and the dated-then-undated turn
    const small: TimelineEvent[] = [];
    for await (const e of timelineEvents(source.branches, "", 2)) small.push(e);
    expect(small.map((e) => e.uid)).toEqual(all.map((e) => e.uid));
    expect(all.some((e) => !e.date)).toBe(true);
    const first = await pageOf(source.branches, 1);
    expect(first.shown.map((e) => e.uid)).toEqual(all.slice(0, PER_PAGE).map((e) => e.uid));
    expect(first.more).toBe(all.length > PER_PAGE);
    const second = await pageOf(source.branches, 2);
    expect(second.shown.map((e) => e.uid)).toEqual(all.slice(PER_PAGE, 2 * PER_PAGE).map((e) => e.uid));
  });

  it("exports a streamed download named after what and when", async () => {
    const { filename, body } = await exportTimeline(
      parseTimelineQuery({ series: String(seriesId), topic: "narcotics-trafficking" }),
      FORMATS.ics,
      ORIGIN,
    );
    expect(filename).toMatch(
      /^parley-india-us-homeland-security-dialogue-narcotics-trafficking-\d{4}-\d{2}-\d{2}\.ics$/,
    );
    const text = await new Response(body).text();
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text.trimEnd().endsWith("END:VCALENDAR")).toBe(true);
    expect(text).toContain("UID:dialogue-");
  });
  it("carries compliance assessments and the ends of agreements' terms as events of their own", async () => {
    const seriesIdText = String(await makeSeries({ values: { parties: "IN, US" } }));
    const dialogueId = String(await makeDialogue({ values: { seriesId: seriesIdText, startDate: "2024-02-28" } }));
    const outcomeId = String(await makeCommitment({ values: { dialogueId } }));
    await makeAssessment({ values: { outcomeId, score: "1", assessedDate: "2025-03-01" } });
    const agreement = await makeAgreement({ values: { dialogueId, statusDate: "2024-02-28", termMonths: "24" } });
    const events = await eventsFor({ series: seriesIdText });
    expect(events.map((e) => [e.type, e.date])).toEqual(
      expect.arrayContaining([
        ["assessment", "2025-03-01"],
        ["expiry", "2026-02-28"],
      ]),
    );
    const expiry = events.find((e) => e.type === "expiry")!;
    expect(expiry).toMatchObject({ uid: `agreement-${agreement}-term-end`, url: `${ORIGIN}/agreements/${agreement}` });
    const assessment = events.find((e) => e.type === "assessment")!;
    expect(assessment.statusLabel).toMatch(/^\+1/);
    expect(assessment.title).toMatch(/^India on “/);
    // Each type is its own filter; the others then leave.
    expect((await eventsFor({ series: seriesIdText, type: "expiry" })).map((e) => e.type)).toEqual(["expiry"]);
    // And every format writes them (the JSON one against its version 2 schema, in formats.test.ts).
    const md = await exportTimeline(parseTimelineQuery({ series: seriesIdText }), FORMATS.md, ORIGIN);
    let text = "";
    for await (const chunk of md.body as unknown as AsyncIterable<Uint8Array>) text += new TextDecoder().decode(chunk);
    expect(text).toContain("Term ends: ");
    expect(text).toContain("Compliance assessment: ");
  });
});
