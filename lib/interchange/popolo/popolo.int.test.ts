import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoData } from "@/test/seed";
import { popoloErrors } from "@/test/interchange-schemas";
import { exportTimeline } from "@/lib/timeline/export";
import { parseTimelineQuery } from "@/lib/timeline/query";
import { FORMATS } from "@/lib/timeline/formats";

const ORIGIN = "https://parley.example";
type Item = Record<string, unknown> & { id: string };
type Document = { format: string; events: Item[]; persons: Item[]; organizations: Item[]; memberships: Item[] };

async function documentOf(raw: Record<string, string>): Promise<Document> {
  const { filename, body } = await exportTimeline(parseTimelineQuery(raw), FORMATS.popolo, ORIGIN);
  expect(filename).toMatch(/\.popolo\.json$/);
  return JSON.parse(await new Response(body).text()) as Document;
}

const KINDS = { events: "event", persons: "person", organizations: "organization", memberships: "membership" } as const;

let doc: Document;
let seriesId: number;

beforeAll(async () => {
  await seedDemoData();
  seriesId = (await db.dialogueSeries.findFirstOrThrow({ where: { shortName: "HSD" } })).id;
  doc = await documentOf({ series: String(seriesId) });
});

describe("the Popolo export", () => {
  it("validates, item by item, against the Popolo JSON Schemas", () => {
    for (const [list, kind] of Object.entries(KINDS))
      for (const item of doc[list as keyof typeof KINDS]) expect(popoloErrors(kind, item), item.id).toEqual([]);
    // The validator is not vacuous: a date in prose, a source without a URL and an attendee's
    // membership dated in prose (two references deep) are refused.
    const round = doc.events.find((e) => e.parent_id)!;
    expect(popoloErrors("event", { ...round, start_date: "28 February 2024" })).not.toEqual([]);
    expect(popoloErrors("event", { ...round, sources: [{ note: "no address" }] })).not.toEqual([]);
    const attendee = { id: "person-0", name: "A", memberships: [{ start_date: "last spring" }] };
    expect(popoloErrors("event", { ...round, attendees: [attendee] })).not.toEqual([]);
  });

  it("has the series as an event and its rounds under it, the delegates attending with role, title and side", () => {
    const series = doc.events.find((e) => e.id === `series-${seriesId}`)!;
    expect(series).toMatchObject({ name: "India-US Homeland Security Dialogue", classification: "dialogue series" });
    const rounds = doc.events.filter((e) => e.parent_id === series.id);
    expect(rounds.map((r) => r.status).sort()).toEqual(["held", "planned"]);
    const held = rounds.find((r) => r.status === "held")!;
    expect(held).toMatchObject({
      start_date: "2024-02-28",
      location: "New Delhi, India",
      classification: "senior-officials",
    });
    const attendees = held.attendees as { id: string; name: string; memberships: Item[] }[];
    const chairs = attendees.filter((a) => a.memberships[0]!.role === "co-chair");
    expect(chairs.map((c) => c.name).sort()).toEqual(["Ajay Bhalla", "Kristie Canegallo"]);
    const us = chairs.find((c) => c.memberships[0]!.on_behalf_of_id === "country-US")!;
    expect(us.memberships[0]!.label).toMatch(/\(acting\)$/);
    expect(us.memberships[0]).toMatchObject({ start_date: "2024-02-28", end_date: "2024-02-28" });
  });

  it("lists every person, organisation and government it names, and the posts people hold with their dates", () => {
    const ids = new Set([...doc.persons, ...doc.organizations].map((x) => x.id));
    for (const round of doc.events.filter((e) => e.attendees))
      for (const a of round.attendees as { id: string; memberships: Item[] }[]) {
        expect(ids.has(a.id)).toBe(true);
        for (const m of a.memberships)
          for (const ref of [m.organization_id, m.on_behalf_of_id])
            if (ref) expect(ids.has(String(ref)), String(ref)).toBe(true);
      }
    for (const m of doc.memberships) {
      expect(ids.has(String(m.person_id))).toBe(true);
      if (m.organization_id) expect(ids.has(String(m.organization_id))).toBe(true);
    }
    for (const o of doc.organizations)
      if (o.parent_id) expect(ids.has(String(o.parent_id)), String(o.parent_id)).toBe(true);
    const india = doc.organizations.find((o) => o.id === "country-IN")!;
    expect(india).toMatchObject({
      classification: "government",
      identifiers: [{ identifier: "IN", scheme: "ISO 3166-1 alpha-2" }],
    });
    const secretary = doc.memberships.find((m) => m.role === "Home Secretary")!;
    expect(doc.persons.find((p) => p.id === secretary.person_id)!.name).toBe("Ajay Bhalla");
    const acting = doc.memberships.find((m) => String(m.label).endsWith("(acting)"))!;
    expect(acting.role).toBe("Deputy Secretary of Homeland Security");
  });

  it("is an empty document, still valid, for a timeline with no meetings", async () => {
    const none = await documentOf({ series: String(seriesId), from: "2090" });
    expect(none).toMatchObject({ format: "popolo", events: [], persons: [], organizations: [], memberships: [] });
  });
});
