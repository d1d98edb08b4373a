// Confirming a captured draft: every record at once, through the forms' mutations, each accepted
// fact cited from its passage; a draft is its author's alone and is confirmed once.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/test/users";
import { ensureCountries, makeTopic } from "@/test/factories";
import { extractDraft } from "./extract";
import { buildGazetteer } from "./gazetteer";
import { confirmCapture, discardCapture, ignoreTerm, saveCaptureChoices, startCapture } from "./mutations";
import { loadGazetteer } from "./load-gazetteer";
import { reviewInput, reviewSchema, reviewValues } from "./review";
import { getCaptureDraft, personChoices } from "./queries";
import { ActionError } from "@/lib/errors";

const article = fs.readFileSync(path.join(process.cwd(), "prisma/fixtures/seed-article.txt"), "utf8");
const gazetteer = buildGazetteer({ organisations: [], people: [], topics: [], series: [], cities: [] });
let analyst: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  await ensureCountries();
  analyst = await makeUser("ANALYST");
});

async function draftOfArticle() {
  const draft = extractDraft({ content: article, published: "2024-02-28" }, gazetteer);
  const id = await startCapture(draft, analyst);
  return { id, draft, values: reviewValues(draft, id, 1) };
}

const parse = (values: Record<string, unknown>) => reviewInput(reviewSchema.parse(values));

describe("confirming the founding article's draft", () => {
  it("records the series, meeting, co-chairs, memoranda, outcomes and next round, each cited from its passage", async () => {
    const { id, values } = await draftOfArticle();
    const dialogueId = await confirmCapture(
      parse({ ...values, p0Title: "Home Secretary", themes: ["Counterterrorism"] }),
      analyst,
    );

    const meeting = await db.dialogue.findUniqueOrThrow({
      where: { id: dialogueId },
      include: {
        series: { include: { parties: { include: { country: true } } } },
        participations: { include: { person: true, country: true } },
        agreements: true,
        outcomes: true,
        topics: { include: { topic: true } },
        announced: true,
      },
    });
    expect(meeting).toMatchObject({
      title: "India-US Homeland Security Dialogue: senior officials' meeting, New Delhi",
      status: "HELD",
      venueCity: "New Delhi",
    });
    expect(meeting.startDate?.toISOString().slice(0, 10)).toBe("2024-02-28");
    expect(meeting.series.parties.map((p) => p.country.code).sort()).toEqual(["IN", "US"]);
    expect(meeting.participations.map((p) => [p.person?.name, p.statedTitle, p.isActing, p.country?.code])).toEqual([
      ["Ajay Bhalla", "Home Secretary", false, "IN"],
      ["Kristie Canegallo", "acting deputy secretary", true, "US"],
    ]);
    expect(meeting.agreements.map((a) => [a.title, a.status]).sort()).toEqual([
      ["Memorandum of Cooperation on Countering Narcotics Trafficking", "UNDER_NEGOTIATION"],
      ["Memorandum of Cooperation on Law Enforcement Training", "SIGNED"],
    ]);
    expect(meeting.topics.map((t) => t.topic.name)).toEqual(["Counterterrorism"]);
    expect(meeting.announced).toHaveLength(1);
    expect(meeting.announced[0]).toMatchObject({ status: "PLANNED", venueCity: "Washington" });

    const source = await db.source.findFirstOrThrow({
      where: { body: { not: null } },
      orderBy: { id: "desc" },
      include: { citations: true },
    });
    expect(source.body).toBe(extractDraft({ content: article, published: "2024-02-28" }, gazetteer).source.text);
    expect(source.citations.length).toBeGreaterThanOrEqual(6);
    for (const c of source.citations) {
      expect(c.startOffset).not.toBeNull();
      expect(source.body!.slice(c.startOffset!, c.endOffset!)).toBe(c.quote);
    }
    const bhalla = meeting.participations[0]!;
    const cited = source.citations.find((c) => c.recordType === "PARTICIPATION" && c.recordId === bhalla.id);
    expect(cited?.quote).toContain("led by home secretary Ajay Bhalla");
    // The date and the venue come from one sentence: the meeting gets one citation of it, not two.
    expect(source.citations.filter((c) => c.recordType === "DIALOGUE" && c.recordId === dialogueId)).toHaveLength(1);
    // What anonymous people said is cited as doubtful; the meeting's own sentence is not.
    expect(source.citations.find((c) => c.recordType === "DIALOGUE" && c.recordId === dialogueId)?.credibility).toBe(3);

    const row = await getCaptureDraft(id, analyst);
    expect(row).toMatchObject({ status: "CONFIRMED", dialogueId });
    await expect(confirmCapture(parse({ ...values, version: String(row!.version) }), analyst)).rejects.toThrow(
      /already been confirmed/,
    );
  });

  it("leaves out what the analyst unticked, and writes nothing when any record is refused", async () => {
    const { id, values } = await draftOfArticle();
    const before = await db.dialogue.count();
    const sourcesBefore = await db.source.count();
    const unsided = reviewSchema.safeParse({ ...values, p0Side: "" });
    expect(unsided.success || unsided.error.issues.map((i) => i.path[0])).toEqual(["p0Side"]);
    await expect(confirmCapture(parse({ ...values, seriesParties: "India, Atlantis" }), analyst)).rejects.toThrow(
      ActionError,
    );
    expect(await db.dialogue.count()).toBe(before);
    expect(await db.source.count()).toBe(sourcesBefore);
    expect((await getCaptureDraft(id, analyst))?.status).toBe("OPEN");

    const dialogueId = await confirmCapture(
      parse({ ...values, p1Include: "", a1Include: "", nextInclude: "", seriesId: "" }),
      analyst,
    );
    const meeting = await db.dialogue.findUniqueOrThrow({
      where: { id: dialogueId },
      include: { participations: true, agreements: true, announced: true },
    });
    expect(meeting.participations).toHaveLength(1);
    expect(meeting.agreements).toHaveLength(1);
    expect(meeting.announced).toHaveLength(0);
  });

  it("keeps a draft its author's: saving checks the version, another analyst cannot see or confirm it", async () => {
    const { id, values } = await draftOfArticle();
    const other = await makeUser("ANALYST");
    expect(await getCaptureDraft(id, other)).toBeNull();
    await expect(confirmCapture(parse(values), other)).rejects.toThrow(/not yours/);
    await saveCaptureChoices(id, 1, { ...values, p0Title: "Union Home Secretary" }, analyst);
    expect((await getCaptureDraft(id, analyst))?.choices?.p0Title).toBe("Union Home Secretary");
    await expect(saveCaptureChoices(id, 1, values, analyst)).rejects.toThrow(/another tab/);
    await discardCapture(id, 2, analyst);
    expect((await getCaptureDraft(id, analyst))?.status).toBe("DISCARDED");
  });

  it("reads the gazetteer again after a term is turned down, here and on every instance", async () => {
    expect((await loadGazetteer()).ignored.has("marine litter")).toBe(false);
    await ignoreTerm("Marine litter", analyst);
    expect((await loadGazetteer()).ignored.has("marine litter")).toBe(true);
    const audit = await db.auditEvent.findFirst({ orderBy: { id: "desc" } });
    expect(audit).toMatchObject({
      userId: analyst.id,
      action: "CREATE",
      after: { ignoredCaptureTerm: "marine litter" },
    });
  });

  it("files a suggested theme under an existing topic and, when asked, remembers the phrase as its synonym", async () => {
    const { values, draft } = await draftOfArticle();
    const suggestion = draft.themes.find((t) => t.isNew)!.label;
    const slug = await makeTopic({ values: { name: "Security cooperation" } });
    const topic = await db.topic.findUniqueOrThrow({ where: { slug } });
    const dialogueId = await confirmCapture(
      parse({ ...values, themes: [suggestion], s0Label: suggestion, s0Topic: String(topic.id), s0Remember: "on" }),
      analyst,
    );
    const tags = await db.dialogueTopic.findMany({ where: { dialogueId }, include: { topic: true } });
    expect(tags.map((t) => t.topic.name)).toEqual(["Security cooperation"]);
    const taught = await db.topic.findUniqueOrThrow({ where: { id: topic.id } });
    expect(taught.synonyms).toEqual([suggestion]);
    expect(taught.version).toBe(2);
    expect(
      await db.auditEvent.findFirst({ where: { recordType: "TOPIC", recordId: topic.id, action: "UPDATE" } }),
    ).not.toBeNull();
  });

  it("links a name to the recorded person the analyst chose and, when asked, remembers it as their alias", async () => {
    // Earlier tests recorded her under the article's spelling; here only the other record exists.
    await db.person.updateMany({ where: { name: "Kristie Canegallo" }, data: { deletedAt: new Date() } });
    const person = await db.person.create({ data: { name: "Kristie Ann Canegallo" } });
    const { values, draft } = await draftOfArticle();
    const i = draft.participants.findIndex((p) => p.name === "Kristie Canegallo");
    expect((await personChoices(draft))[i]).toContainEqual({
      value: String(person.id),
      label: "Kristie Ann Canegallo",
    });
    const dialogueId = await confirmCapture(
      parse({ ...values, [`p${i}Person`]: String(person.id), [`p${i}Remember`]: "on" }),
      analyst,
    );

    const linked = await db.participation.findFirstOrThrow({ where: { dialogueId, personId: person.id } });
    expect(linked.statedTitle).toBe("acting deputy secretary");
    const taught = await db.person.findUniqueOrThrow({ where: { id: person.id } });
    expect(taught).toMatchObject({ aliases: ["Kristie Canegallo"], version: 2 });
    expect(
      await db.auditEvent.findFirst({ where: { recordType: "PERSON", recordId: person.id, action: "UPDATE" } }),
    ).toMatchObject({ userId: analyst.id, after: { aliases: ["Kristie Canegallo"] } });

    // The next capture of a text naming her so finds her record.
    const next = extractDraft({ content: article, published: "2024-02-28" }, await loadGazetteer());
    expect(next.participants.find((p) => p.personId === person.id)).toMatchObject({
      name: "Kristie Ann Canegallo",
      writtenAs: "Kristie Canegallo",
    });
    await db.person.update({ where: { id: person.id }, data: { deletedAt: new Date() } });
  });

  it("refuses a link to a person deleted meanwhile, on that participant's field, and records nothing", async () => {
    const person = await db.person.create({ data: { name: "Ajay K. Bhalla", deletedAt: new Date() } });
    const { id, values } = await draftOfArticle();
    const error = await confirmCapture(parse({ ...values, p0Person: String(person.id) }), analyst).catch((e) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect((error as ActionError).fieldErrors).toHaveProperty("p0Person");
    expect((await getCaptureDraft(id, analyst))?.status).toBe("OPEN");
  });
});
