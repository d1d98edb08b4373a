import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseCsv } from "csv-parse/sync";
import ICAL from "ical.js";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { awkwardEvents, EXPORT_META } from "@/test/timeline-events";
import { writeAll } from "./format";
import { CSV_COLUMNS, csv } from "./csv";
import { json } from "./json";
import { foldLine, ical, REMINDER_DAYS } from "./ical";
import { periodEnd } from "@/lib/dates";
import { timelinejs } from "./timelinejs";
import { markdown } from "./markdown";

const events = awkwardEvents();
const write = (format: Parameters<typeof writeAll>[0], list = events) => writeAll(format, EXPORT_META, list);

describe("CSV", () => {
  const text = write(csv);
  const rows = parseCsv(text, { bom: true, columns: true, relax_quotes: false }) as Record<string, string>[];

  it("is RFC 4180 with a BOM and a header row, and parses back to the same values", () => {
    expect(text.startsWith("\uFEFFuid,type,")).toBe(true);
    expect(text.split("\r\n")[0]).toBe(`\uFEFF${CSV_COLUMNS.join(",")}`);
    expect(rows).toHaveLength(4);
    expect(rows[0]!.title).toBe(events[0]!.title);
    expect(rows[0]!.description).toBe(events[0]!.description);
    expect(rows[0]!.sources).toBe("भारत-अमेरिका गृह सुरक्षा संवाद, Press, Trust & Co, https://example.org/a?x=1&y=2");
    expect(rows[3]!.title).toBe("गृह सचिव स्तरीय बैठक, Washington");
    expect(rows[1]).toMatchObject({
      date: "2024-03-01",
      date_precision: "MONTH",
      planned: "false",
      parties: "India; United States",
    });
    expect(rows[3]).toMatchObject({ date: "", planned: "true" });
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(rows[2]!.title).toBe(`'${events[2]!.title}`);
  });
});

describe("JSON", () => {
  const schema = JSON.parse(
    fs.readFileSync(path.join(process.cwd(), "public/schemas/parley-timeline-v2.schema.json"), "utf8"),
  );
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  it("validates against its published JSON Schema and keeps every value", () => {
    const doc = JSON.parse(write(json));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc).toMatchObject({ format: "parley-timeline", version: 2, count: 4, title: EXPORT_META.title });
    expect(doc.events).toEqual(events);
  });

  it("is valid with no events too, and the schema refuses a malformed event", () => {
    expect(validate(JSON.parse(write(json, [])))).toBe(true);
    const doc = JSON.parse(write(json));
    doc.events[0].date = "28/02/2024";
    expect(validate(doc)).toBe(false);
  });
});

describe("iCalendar", () => {
  const text = write(ical);
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevents = calendar.getAllSubcomponents("vevent");

  it("parses with a real iCalendar library: one all-day event per dated event, undated ones left out", () => {
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(vevents).toHaveLength(3);
    const [meeting, agreement, commitment] = vevents.map((v) => new ICAL.Event(v));
    expect(meeting!.uid).toBe("dialogue-1@parley.example");
    expect(meeting!.startDate.isDate).toBe(true);
    expect(meeting!.startDate.toString()).toBe("2024-02-28");
    expect(meeting!.endDate.toString()).toBe("2024-03-01"); // exclusive end after the two-day meeting
    expect(meeting!.summary).toBe(events[0]!.title);
    expect(meeting!.location).toBe("New Delhi, India");
    expect(meeting!.description).toContain('Line one,\nline two; with "quotes" and a backslash \\ 🤝');
    expect(meeting!.description).toContain("Source: भारत-अमेरिका गृह सुरक्षा संवाद");
    expect(meeting!.description).toContain("In Parley: https://parley.example/dialogues/1");
    // A month-precise date spans its month rather than pretending to a day.
    expect([agreement!.startDate.toString(), agreement!.endDate.toString()]).toEqual(["2024-03-01", "2024-04-01"]);
    expect(agreement!.sequence).toBe(3);
    expect(agreement!.summary).toBe("MoC on *Narcotics* [draft] <b>bold</b>: signed");
    expect(vevents[2]!.getFirstPropertyValue("status")).toBe("TENTATIVE");
    expect(commitment!.summary).toMatch(/^Due: /);
    expect(vevents[0]!.getFirstPropertyValue("url")).toBe("https://parley.example/dialogues/1");
  });

  it("reminds of a commitment a week before it falls due, and of nothing that has happened", () => {
    const [meeting, agreement, commitment] = vevents;
    const alarms = commitment!.getAllSubcomponents("valarm");
    expect(alarms).toHaveLength(1);
    expect(alarms[0]!.getFirstPropertyValue("action")).toBe("DISPLAY");
    expect(String(alarms[0]!.getFirstPropertyValue("trigger"))).toBe(`-P${REMINDER_DAYS}D`);
    expect(alarms[0]!.getFirstPropertyValue("description")).toMatch(/^Due: /);
    expect([meeting, agreement].map((v) => v!.getAllSubcomponents("valarm").length)).toEqual([0, 0]);
  });

  it("keeps UIDs stable from one export to the next", () => {
    const again = new ICAL.Component(ICAL.parse(writeAll(ical, { ...EXPORT_META, generatedAt: new Date() }, events)));
    expect(again.getAllSubcomponents("vevent").map((v) => v.getFirstPropertyValue("uid"))).toEqual(
      vevents.map((v) => v.getFirstPropertyValue("uid")),
    );
  });

  it("ends lines with CRLF and folds them at 75 octets without splitting a character", () => {
    expect(text.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/\n/);
    const folded = foldLine(`DESCRIPTION:${"गृह".repeat(40)}`);
    expect(folded.replace(/\r\n /g, "").trimEnd()).toBe(`DESCRIPTION:${"गृह".repeat(40)}`);
  });

  it("ends a period on the next day, month or year", () => {
    expect(periodEnd("2024-12-31", "DAY")).toBe("2025-01-01");
    expect(periodEnd("2024-12-01", "MONTH")).toBe("2025-01-01");
    expect(periodEnd("2024-01-01", "YEAR")).toBe("2025-01-01");
  });
});

describe("TimelineJS3", () => {
  const doc = JSON.parse(write(timelinejs));

  it("gives dates only as precisely as known and escapes HTML", () => {
    expect(doc.title.text.headline).toBe("India–US · Narcotics, &quot;2024&quot;");
    expect(doc.events).toHaveLength(3);
    expect(doc.events[0]).toMatchObject({
      unique_id: "dialogue-1",
      start_date: { year: "2024", month: "2", day: "28" },
      end_date: { year: "2024", month: "2", day: "29" },
      group: "Meeting",
    });
    expect(doc.events[1].start_date).toEqual({ year: "2024", month: "3" });
    expect(doc.events[2].start_date).toEqual({ year: "2027" });
    expect(doc.events[1].text.headline).toBe("MoC on *Narcotics* [draft] &lt;b&gt;bold&lt;/b&gt;: signed");
    expect(doc.events[0].text.text).toContain(
      '<a href="https://example.org/a?x=1&amp;y=2">भारत-अमेरिका गृह सुरक्षा संवाद</a>',
    );
  });
});

describe("Markdown briefing", () => {
  const text = write(markdown);

  it("groups dated bullets by year, marks planned events, cites sources and escapes markup", () => {
    expect(text.startsWith('# India–US · Narcotics, "2024"\n')).toBe(true);
    expect(text.match(/^## .+$/gm)).toEqual(["## 2024", "## 2027", "## Date not yet known"]);
    expect(text).toContain(
      '- **28 February 2024 – 29 February 2024** — Meeting: [Senior officials\' meeting, New Delhi: "counterterrorism, fentanyl; cyber"](<https://parley.example/dialogues/1>), New Delhi, India (held)',
    );
    expect(text).toContain(
      "Sources: [भारत-अमेरिका गृह सुरक्षा संवाद](<https://example.org/a?x=1&y=2>), Press, Trust & Co, 2024-02-29",
    );
    expect(text).toContain(
      "**March 2024** — Agreement: [MoC on \\*Narcotics\\* \\[draft\\] \\<b\\>bold\\</b\\>](<https://parley.example/agreements/2>): signed",
    );
    expect(text).toContain("**2027** *(planned)* — Commitment due:");
    expect(text).toContain("**date not yet known** *(planned)*");
  });
});
