import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoData } from "@/test/seed";
import { parleyExtensionSchema, stixSchema, stixSchemaOf } from "@/test/interchange-schemas";
import { exportTimeline } from "@/lib/timeline/export";
import { parseTimelineQuery } from "@/lib/timeline/query";
import { FORMATS } from "@/lib/timeline/formats";
import { readFoundingArticle } from "@/prisma/seed/founding-example";
import type { StixObject } from "./objects";

const ORIGIN = "https://parley.example";
type Bundle = { type: string; id: string; objects: StixObject[] };

async function bundleOf(raw: Record<string, string>): Promise<Bundle> {
  const { filename, body } = await exportTimeline(parseTimelineQuery(raw), FORMATS.stix, ORIGIN);
  expect(filename).toMatch(/\.stix\.json$/);
  return JSON.parse(await new Response(body).text()) as Bundle;
}

const ext = (o: StixObject) => Object.values((o.extensions ?? {}) as Record<string, Record<string, unknown>>)[0] ?? {};

// bundle.json checks the objects of the types it lists against their schemas; any other object
// (a note, an extension-definition, a custom type) must match exactly one of core.json and
// cyber-observable-core.json, and every valid SDO matches both, so upstream it refuses them all.
// Those are checked against their own schemas instead, and the bundle against bundle.json with the rest.
const LISTED = new Set(["identity", "report", "relationship"]);
function validBundle(b: Bundle) {
  const validate = stixSchema("common/bundle.json");
  const errors: string[] = [];
  if (!validate({ ...b, objects: b.objects.filter((o) => LISTED.has(o.type)) }))
    errors.push(JSON.stringify(validate.errors?.slice(0, 3)));
  for (const o of b.objects) {
    const { id, type } = o;
    const own = stixSchemaOf(type);
    if (!own(o)) errors.push(`${id}: ${JSON.stringify(own.errors?.slice(0, 3))}`);
    const parley = parleyExtensionSchema(type);
    if (parley && !parley(o)) errors.push(`${id} (Parley's extension): ${JSON.stringify(parley.errors?.slice(0, 3))}`);
  }
  return errors;
}

let bundle: Bundle;
let seriesId: number;

beforeAll(async () => {
  await seedDemoData();
  seriesId = (await db.dialogueSeries.findFirstOrThrow({ where: { shortName: "HSD" } })).id;
  bundle = await bundleOf({ series: String(seriesId) });
});

describe("the STIX 2.1 export", () => {
  it("is a bundle the official STIX 2.1 schemas accept, object by object, and Parley's extension schema too", () => {
    expect(validBundle(bundle)).toEqual([]);
    expect(new Set(bundle.objects.map((o) => o.type))).toEqual(
      new Set([
        "identity",
        "extension-definition",
        "report",
        "parley-agreement",
        "parley-outcome",
        "note",
        "relationship",
      ]),
    );
    // The validation is not vacuous: a report without its publication date, a note with a null
    // property and an agreement of an unknown status are refused.
    const report = bundle.objects.find((o) => o.type === "report")!;
    const { published: _published, ...unpublished } = report;
    const note = { ...bundle.objects.find((o) => o.type === "note")!, abstract: null };
    const agreement = { ...bundle.objects.find((o) => o.type === "parley-agreement")!, status: "ratified" };
    const errors = validBundle({ ...bundle, objects: [unpublished, note, agreement] });
    for (const refused of [report, note, agreement])
      expect(
        errors.some((e) => e.startsWith(refused.id)),
        refused.type,
      ).toBe(true);
  });

  it("writes each object once, and every reference of a report or note to an object of the bundle", () => {
    const ids = bundle.objects.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    const present = new Set(ids);
    for (const o of bundle.objects.filter((x) => x.type === "report" || x.type === "note"))
      for (const ref of o.object_refs as string[]) expect(present.has(ref), `${o.id} → ${ref}`).toBe(true);
  });

  it("carries the founding meeting as a report: its delegations with titles, the acting flag, dates and venue", () => {
    const meeting = bundle.objects.find((o) => o.type === "report" && String(o.name).includes("New Delhi"))!;
    const details = ext(meeting);
    expect(details).toMatchObject({
      extension_type: "property-extension",
      status: "held",
      level: "senior-officials",
      start_date: "2024-02-28",
      venue_city: "New Delhi",
      venue_country: "IN",
    });
    const chairs = (details.participants as Record<string, unknown>[]).filter((p) => p.role === "co-chair");
    expect(chairs).toHaveLength(2);
    const acting = chairs.find((p) => p.acting === true)!;
    expect(acting.side).toBe("US");
    const person = bundle.objects.find((o) => o.id === acting.person_ref)!;
    expect(person).toMatchObject({ type: "identity", identity_class: "individual" });
    const india = bundle.objects.find((o) => o.type === "identity" && ext(o).country_code === "IN")!;
    expect(india).toMatchObject({ name: "India", sectors: ["government-national"] });
    expect(meeting.object_refs).toContain(india.id);
    expect(meeting.labels).toContain("narcotics-trafficking");
    expect(meeting.external_references).toContainEqual({
      source_name: "Parley",
      url: expect.stringMatching(/^https:\/\/parley\.example\/dialogues\/\d+$/),
    });

    const next = bundle.objects.find((o) => o.type === "report" && String(o.name).includes("Washington"))!;
    expect(ext(next)).toMatchObject({ status: "planned", venue_city: "Washington", announced_by_ref: meeting.id });
  });

  it("carries both memoranda, their status, parties and signatories through Parley's extension", () => {
    const agreements = bundle.objects.filter((o) => o.type === "parley-agreement");
    expect(agreements.map((a) => [a.name, a.status]).sort()).toEqual([
      ["Memorandum of Cooperation on Countering Narcotics Trafficking", "under-negotiation"],
      ["Memorandum of Cooperation on Law Enforcement Training (FLETC-SVPNPA)", "signed"],
    ]);
    const training = agreements.find((a) => a.status === "signed")!;
    expect(training).toMatchObject({ agreement_kind: "memorandum-of-cooperation", signed_date: "2024-02-28" });
    expect(training.party_refs).toHaveLength(2);
    expect((training.signatories as unknown[]).length).toBeGreaterThan(0);
    const definition = bundle.objects.find((o) => o.type === "extension-definition")!;
    expect(ext(training)).toEqual({ extension_type: "new-sdo" });
    expect(ext(bundle.objects[0]!)).toEqual({});
    expect(Object.keys(training.extensions as object)).toEqual([definition.id]);
    expect(definition.schema).toBe(`${ORIGIN}/schemas/parley-stix-extension-v1.schema.json`);
  });

  it("makes a note of each quoted citation, on what it backs, with the credibility as STIX confidence", async () => {
    const notes = bundle.objects.filter((o) => o.type === "note");
    const quoted = await db.citation.count({ where: { deletedAt: null, quote: { not: null } } });
    expect(notes).toHaveLength(quoted);
    const article = readFoundingArticle();
    for (const n of notes) expect(article).toContain(n.content);
    const probably = notes.find((n) => ext(n).credibility === 2)!;
    const possibly = notes.find((n) => ext(n).credibility === 3)!;
    expect([probably.confidence, possibly.confidence]).toEqual([70, 50]);
    const publisher = bundle.objects.find((o) => o.id === ext(probably).source_ref)!;
    expect(ext(publisher)).toMatchObject({ reliability: "B" });
    // A delegate's citation is on the meeting's report and on the person.
    const chair = notes.find((n) => String(n.content).includes("led by home secretary Ajay Bhalla"))!;
    expect((chair.object_refs as string[]).map((ref) => ref.split("--")[0]).sort()).toEqual(["identity", "report"]);
  });

  it("turns typed links into relationships", () => {
    const relationships = bundle.objects.filter((o) => o.type === "relationship");
    expect(relationships.map((r) => r.relationship_type).sort()).toEqual(["follows-up", "led-to", "led-to"]);
    const follows = relationships.find((r) => r.relationship_type === "follows-up")!;
    expect([follows.source_ref, follows.target_ref].every((ref) => String(ref).startsWith("report--"))).toBe(true);
  });

  it("gives the same identifiers on every export, and none to records of other timelines", async () => {
    const again = await bundleOf({ series: String(seriesId) });
    expect(again.id).not.toBe(bundle.id);
    expect(again.objects.map((o) => o.id)).toEqual(bundle.objects.map((o) => o.id));
    const none = await bundleOf({ series: String(seriesId), from: "2090" });
    expect(none.objects.map((o) => o.type)).toEqual(["identity", "extension-definition"]);
    expect(validBundle(none)).toEqual([]);
  });
});
