import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { db } from "@/lib/db";
import { makeUser } from "@/test/users";
import { seedDemoData } from "@/test/seed";
import { parseTimelineQuery } from "@/lib/timeline/query";
import { timelineSource } from "@/lib/timeline/source";
import { timelineEvents } from "@/lib/timeline/events";
import { writeAll } from "@/lib/timeline/formats/format";
import { csv, csvRow, CSV_COLUMNS } from "@/lib/timeline/formats/csv";
import { json } from "@/lib/timeline/formats/json";
import type { TimelineEvent } from "@/lib/timeline/event";
import { readCsv, readJson, type ImportRow } from "./read";
import { runImport } from "./run";

/** A new meeting in Hindi and English with quotes in its title, month-precise (both import tests add it). */
const NEW_MEETING_ROW = {
  type: "dialogue",
  series: "India-US Homeland Security Dialogue",
  title: 'गृह सचिव स्तरीय बैठक, "Washington"',
  kind: "SENIOR_OFFICIALS",
  status: "HELD",
  date: "2025-06-01",
  date_precision: "MONTH",
  location: "Washington, United States",
  topics: "Fentanyl; Cyber security",
};

let analyst: Awaited<ReturnType<typeof makeUser>>;
let seriesId: number;

beforeAll(async () => {
  await seedDemoData();
  analyst = await makeUser("ANALYST");
  seriesId = (await db.dialogueSeries.findFirstOrThrow({ where: { shortName: "HSD" } })).id;
  // The next round "in the coming year": a commitment with a year-precise due date on the timeline.
  await db.outcome.updateMany({
    where: { text: { contains: "next round" } },
    data: { dueDate: new Date("2026-01-01T00:00:00Z"), duePrecision: "YEAR" },
  });
});

async function seriesEvents(): Promise<TimelineEvent[]> {
  const source = await timelineSource(parseTimelineQuery({ series: String(seriesId) }));
  const out: TimelineEvent[] = [];
  for await (const e of timelineEvents(source.branches, "https://parley.example")) out.push(e);
  return out;
}
const meta = { title: "HSD", url: "https://parley.example/timeline?series=1", generatedAt: new Date() };
const rowsOf = (result: ReturnType<typeof readCsv>): ImportRow[] => {
  if ("error" in result) throw new Error(result.error);
  return result.rows;
};
/** The export as CSV, with some rows edited and more added (columns by name). */
async function editedCsv(edit: (rows: Record<string, string>[]) => Record<string, string>[]) {
  const text = writeAll(csv, meta, await seriesEvents());
  const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
  const columns = [...CSV_COLUMNS, "dialogue", "publisher"];
  return `\uFEFF${csvRow(columns)}${edit(rows)
    .map((r) => csvRow(columns.map((c) => r[c] ?? "")))
    .join("")}`;
}
const counts = async () => ({
  dialogues: await db.dialogue.count(),
  agreements: await db.agreement.count(),
  outcomes: await db.outcome.count(),
  sources: await db.source.count(),
  audit: await db.auditEvent.count(),
});

describe("importing", () => {
  it("finds nothing to do in an unchanged export, from CSV or JSON", async () => {
    const before = await counts();
    const fromCsv = await runImport(rowsOf(readCsv(writeAll(csv, meta, await seriesEvents()))), analyst, "dry-run");
    expect(fromCsv.decisions.map((d) => d.type).sort()).toEqual([
      "agreement",
      "agreement",
      "commitment",
      "dialogue",
      "dialogue",
    ]);
    expect(fromCsv.decisions.filter((d) => d.action !== "unchanged")).toEqual([]);
    const fromJson = await runImport(rowsOf(readJson(writeAll(json, meta, await seriesEvents()))), analyst, "apply");
    expect(fromJson.decisions.every((d) => d.action === "unchanged")).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it("reports row by row in a dry run and changes nothing; a refused row stops the whole file", async () => {
    const text = await editedCsv((rows) => [
      ...rows.map((r) => (r.status === "HELD" ? { ...r, title: `${r.title} (revised)` } : r)),
      NEW_MEETING_ROW,
      {
        type: "agreement",
        title: "India-US Framework on Precursor Chemicals",
        kind: "MOU",
        status: "PROPOSED",
        date: "2025-06-01",
        date_precision: "DAY",
        parties: "India; United States",
        topics: "Fentanyl",
      },
      {
        type: "agreement",
        title: "India-US Framework on Precursor Chemicals",
        kind: "MOU",
        status: "UNDER_NEGOTIATION",
        date: "2025-09",
        date_precision: "MONTH",
      },
      {
        type: "commitment",
        dialogue: 'गृह सचिव स्तरीय बैठक, "Washington"',
        title: "Share seizure data, quarterly",
        status: "OPEN",
        date: "2026-03-31",
      },
      {
        type: "source",
        title: "Joint statement, Washington",
        url: "https://example.gov/statement",
        kind: "JOINT_STATEMENT",
        publisher: "MHA",
      },
      { type: "treaty", title: "Not a kind of row" },
      { type: "agreement", title: "No kind given", status: "SIGNED", date: "2025", parties: "India" },
      { type: "commitment", title: "No meeting named" },
    ]);
    const before = await counts();
    const dry = await runImport(rowsOf(readCsv(text)), analyst, "dry-run");
    const by = (action: string) => dry.decisions.filter((d) => d.action === action);
    expect(dry.applied).toBe(false);
    expect(by("update").map((d) => d.title)).toEqual([
      expect.stringMatching(/\(revised\)$/),
      "India-US Framework on Precursor Chemicals",
    ]);
    expect(by("create").map((d) => d.type)).toEqual(["dialogue", "agreement", "commitment", "source"]);
    expect(by("refuse").map((d) => [d.type, d.reason])).toEqual([
      ["treaty", expect.stringContaining("unknown type")],
      ["agreement", expect.stringContaining("kind")],
      ["commitment", expect.stringContaining("name the meeting")],
    ]);
    expect(by("refuse").every((d) => d.line > 1)).toBe(true);
    expect(await counts()).toEqual(before);

    const refused = await runImport(rowsOf(readCsv(text)), analyst, "apply");
    expect(refused.applied).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it("applies a clean file in one transaction, through the forms' checks and audit trail", async () => {
    const text = await editedCsv((rows) => [
      ...rows.map((r) =>
        r.type === "commitment" && r.title?.includes("Washington")
          ? { ...r, date: "2026-12", date_precision: "MONTH", status: "IN_PROGRESS" }
          : r,
      ),
      NEW_MEETING_ROW,
      {
        type: "commitment",
        dialogue: 'गृह सचिव स्तरीय बैठक, "Washington"',
        title: "Share seizure data, quarterly",
        status: "OPEN",
        date: "2026-03-31",
      },
      {
        type: "agreement",
        title: "India-US Framework on Precursor Chemicals",
        kind: "MOU",
        status: "PROPOSED",
        date: "2025-06-01",
        parties: "India; United States",
        topics: "Fentanyl",
      },
    ]);
    const before = await counts();
    const result = await runImport(rowsOf(readCsv(text)), analyst, "apply");
    expect(result.decisions.filter((d) => d.action === "refuse")).toEqual([]);
    expect(result.applied).toBe(true);
    const after = await counts();
    expect([
      after.dialogues - before.dialogues,
      after.outcomes - before.outcomes,
      after.agreements - before.agreements,
    ]).toEqual([1, 1, 1]);
    const meeting = await db.dialogue.findFirstOrThrow({
      where: { title: 'गृह सचिव स्तरीय बैठक, "Washington"' },
      select: {
        startPrecision: true,
        venueCity: true,
        venueCountry: { select: { code: true } },
        topics: { select: { topic: { select: { slug: true } } } },
      },
    });
    expect(meeting).toMatchObject({ startPrecision: "MONTH", venueCity: "Washington", venueCountry: { code: "US" } });
    expect(meeting.topics.map((t) => t.topic.slug).sort()).toEqual(["cyber-security", "fentanyl"]);
    const commitment = await db.outcome.findFirstOrThrow({
      where: { text: { contains: "Washington" }, kind: "COMMITMENT" },
      select: { followUpStatus: true, duePrecision: true },
    });
    expect(commitment).toEqual({ followUpStatus: "IN_PROGRESS", duePrecision: "MONTH" });
    expect(await db.auditEvent.count({ where: { userId: analyst.id } })).toBeGreaterThanOrEqual(4);
    // Importing the same file again finds it all done.
    const again = await runImport(rowsOf(readCsv(text)), analyst, "dry-run");
    expect(again.decisions.filter((d) => d.action !== "unchanged")).toEqual([]);
  });

  it("refuses to overwrite a record edited in Parley since the file was made", async () => {
    const text = await editedCsv((rows) =>
      rows.filter((r) => r.status === "HELD").map((r) => ({ ...r, title: `${r.title} — stale edit` })),
    );
    const held = await db.dialogue.findFirstOrThrow({ where: { status: "HELD", seriesId }, orderBy: { id: "asc" } });
    await db.dialogue.update({
      where: { id: held.id },
      data: { summary: "Edited by a colleague.", version: { increment: 1 } },
    });
    const result = await runImport(rowsOf(readCsv(text)), analyst, "dry-run");
    expect(result.decisions.find((d) => d.title.endsWith("stale edit"))).toMatchObject({
      action: "refuse",
      reason: expect.stringContaining("changed in Parley since this file was made"),
    });
  });

  it("refuses impossible dates and ids past the database's range, row by row, instead of rolling them over", async () => {
    const rows = ["2024-13-01", "0000-00-00", "2024-02-30", "2023-02-29", "2024-02-31"].map((date, i) => ({
      line: i + 2,
      fields: { type: "source", title: `Readout dated ${date}`, kind: "OFFICIAL_READOUT", date },
    }));
    rows.push({
      line: 9,
      fields: {
        type: "dialogue",
        uid: "dialogue-99999999999",
        title: "Far id",
        series: "India-US Homeland Security Dialogue",
        date: "2024",
      } as never,
    });
    rows.push({
      line: 10,
      fields: { type: "commitment", uid: "commitment-2147483648", title: "Past the integer", date: "2025" } as never,
    });
    const result = await runImport(rows, analyst, "dry-run");
    expect(result.decisions.map((d) => d.action)).toEqual(Array(7).fill("refuse"));
    for (const d of result.decisions.slice(0, 5)) expect(d.reason).toMatch(/publishedDate|date/i);
    expect(result.decisions[5]!.reason).toMatch(/no meeting dialogue-99999999999 here/);
  });

  it("answers unreadable files with a message, not an error", () => {
    expect(readCsv("title\nno type column")).toEqual({ error: expect.stringContaining("type") });
    expect(readCsv('type,title\n"unbalanced,quote')).toEqual({ error: expect.stringContaining("not a readable CSV") });
    expect(readJson("{not json")).toEqual({ error: expect.stringContaining("not a readable JSON") });
    expect(readJson(JSON.stringify({ format: "parley-timeline", version: 2, events: [] }))).toEqual({
      error: expect.stringContaining("not a Parley timeline"),
    });
  });
});
