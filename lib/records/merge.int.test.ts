import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/test/users";
import { seedDemoData } from "@/test/seed";
import { ActionError, ConflictError } from "@/lib/errors";
import { createLink } from "@/lib/links/mutations";
import { createCitation } from "@/lib/sources/mutations";
import { addParticipation } from "@/lib/participations/mutations";
import { createTopic, updateTopic } from "@/lib/topics/mutations";
import { updateFollowUp } from "@/lib/outcomes/mutations";
import { updateAgreement } from "@/lib/agreements/mutations";
import { updateOrganisation } from "@/lib/organisations/mutations";
import { linksFor } from "@/lib/links/queries";
import { mergeOrganisations, mergePeople, mergeTopics } from "./merge";

let analyst: Awaited<ReturnType<typeof makeUser>>;
let meetingId: number;

beforeAll(async () => {
  await seedDemoData();
  analyst = await makeUser("ANALYST");
  meetingId = (await db.dialogue.findFirstOrThrow({ where: { venueCity: "New Delhi" } })).id;
});

describe("merging organisations", () => {
  it("moves participations, signatures, citations, links and history to the kept record", async () => {
    const fletc = await db.organisation.findFirstOrThrow({ where: { acronym: "FLETC" } });
    // An analyst recorded the centre a second time, under the source's spelling.
    await addParticipation(
      {
        dialogueId: meetingId,
        person: "Connie Patrick",
        organisation: "Federal Law Enforcement Training Centre",
        side: "United States",
        role: "MEMBER",
        isActing: false,
      },
      analyst,
    );
    const dup = await db.organisation.findFirstOrThrow({ where: { name: "Federal Law Enforcement Training Centre" } });
    const source = await db.source.findFirstOrThrow();
    await createCitation(
      {
        sourceId: source.id,
        record: `ORGANISATION:${dup.id}`,
        quote: "Federal Law Enforcement Training Centre",
        credibility: 2,
      },
      analyst,
    );
    const agreement = await db.agreement.findFirstOrThrow({ where: { status: "SIGNED" } });
    await createLink(
      { fromType: "ORGANISATION", fromId: dup.id, relation: "RELATED", toType: "AGREEMENT", toId: agreement.id },
      analyst,
    );

    await mergeOrganisations(fletc.id, "federal law enforcement training centre", analyst);

    expect(await db.participation.count({ where: { organisationId: dup.id } })).toBe(0);
    expect(
      await db.participation.count({ where: { organisationId: fletc.id, person: { name: "Connie Patrick" } } }),
    ).toBe(1);
    expect(await db.citation.count({ where: { recordType: "ORGANISATION", recordId: fletc.id } })).toBe(1);
    expect((await linksFor("ORGANISATION", fletc.id)).map((l) => l.other.id)).toContain(agreement.id);
    expect(await db.auditEvent.count({ where: { recordType: "ORGANISATION", recordId: dup.id } })).toBe(0);
    expect(
      await db.auditEvent.findFirst({ where: { recordType: "ORGANISATION", recordId: fletc.id, action: "MERGE" } }),
    ).toMatchObject({ before: { merged: { id: dup.id } } });
    expect((await db.organisation.findUniqueOrThrow({ where: { id: dup.id } })).deletedAt).not.toBeNull();
  });

  it("refuses a duplicate that does not exist", async () => {
    const fletc = await db.organisation.findFirstOrThrow({ where: { acronym: "FLETC" } });
    await expect(mergeOrganisations(fletc.id, "No Such Agency", analyst)).rejects.toThrow(ActionError);
  });
});

describe("merging people", () => {
  it("keeps the duplicate's name as an alias and its meetings", async () => {
    await addParticipation(
      { dialogueId: meetingId, person: "A. Bhalla", side: "India", role: "MEMBER", isActing: false },
      analyst,
    );
    const bhalla = await db.person.findFirstOrThrow({ where: { name: "Ajay Bhalla" } });
    await mergePeople(bhalla.id, "A. Bhalla", analyst);
    const kept = await db.person.findUniqueOrThrow({ where: { id: bhalla.id }, include: { participations: true } });
    expect(kept.participations).toHaveLength(2);
    expect(kept.aliases).toContain("A. Bhalla");
  });
});

describe("topics", () => {
  it("merges tags without duplicates and keeps the old name as a synonym", async () => {
    await createTopic({ name: "Drug trafficking", parent: "Counterterrorism" }, analyst);
    const dup = await db.topic.findUniqueOrThrow({ where: { slug: "drug-trafficking" } });
    const narcotics = await db.topic.findUniqueOrThrow({ where: { slug: "narcotics-trafficking" } });
    await db.dialogueTopic.create({ data: { dialogueId: meetingId, topicId: dup.id } }); // the meeting already has narcotics
    await mergeTopics(narcotics.id, "Drug trafficking", analyst);
    expect(await db.dialogueTopic.count({ where: { dialogueId: meetingId, topicId: narcotics.id } })).toBe(1);
    expect(await db.dialogueTopic.count({ where: { topicId: dup.id } })).toBe(0);
    expect((await db.topic.findUniqueOrThrow({ where: { id: narcotics.id } })).synonyms).toContain("Drug trafficking");
  });

  it("moves a topic under another, but never under its own sub-theme", async () => {
    const migration = await db.topic.findUniqueOrThrow({ where: { slug: "migration" } });
    await expect(
      updateTopic(
        { id: migration.id, version: migration.version, name: "Migration", parent: "Illegal migration" },
        analyst,
      ),
    ).rejects.toThrow(/sub-themes/);
    const h1b = await db.topic.findUniqueOrThrow({ where: { slug: "h-1b-visas" } });
    await updateTopic({ id: h1b.id, version: h1b.version, name: "H-1B visas", parent: "Migration" }, analyst);
    expect((await db.topic.findUniqueOrThrow({ where: { id: h1b.id } })).parentId).toBe(migration.id);
  });
});

describe("follow-up", () => {
  it("marks a commitment fulfilled by a later dialogue, with a link", async () => {
    const commitment = await db.outcome.findFirstOrThrow({ where: { text: { contains: "next round" } } });
    const next = await db.dialogue.findFirstOrThrow({ where: { status: "PLANNED" } });
    await updateFollowUp(
      {
        id: commitment.id,
        version: commitment.version,
        followUpStatus: "OPEN",
        fulfilledByType: "DIALOGUE",
        fulfilledBy: next.title,
      },
      analyst,
    );
    expect((await db.outcome.findUniqueOrThrow({ where: { id: commitment.id } })).followUpStatus).toBe("DONE");
    expect((await linksFor("OUTCOME", commitment.id)).map((l) => l.wording)).toContain("fulfilled by");
  });
});

describe("editing agreements and organisations", () => {
  it("replaces parties, signatories and topics, and refuses a stale version", async () => {
    const moc = await db.agreement.findFirstOrThrow({ where: { status: "UNDER_NEGOTIATION" } });
    const edit = {
      id: moc.id,
      version: moc.version,
      title: moc.title,
      kind: moc.kind,
      legallyBinding: false,
      autoRenews: false,
      parties: "India, United States, Mexico",
      signatories: "MHA",
      topics: "Fentanyl",
    };
    await updateAgreement(edit, analyst);
    const saved = await db.agreement.findUniqueOrThrow({
      where: { id: moc.id },
      include: { parties: { include: { country: true } }, signatories: true, topics: true },
    });
    expect(saved.parties.map((p) => p.country.code).sort()).toEqual(["IN", "MX", "US"]);
    expect(saved.signatories).toHaveLength(1);
    expect(saved.topics).toHaveLength(1);
    await expect(updateAgreement({ ...edit, title: "Stale" }, analyst)).rejects.toThrow(ConflictError);
  });

  it("refuses to make an organisation part of its own unit", async () => {
    const mha = await db.organisation.findFirstOrThrow({ where: { acronym: "MHA" } });
    await expect(
      updateOrganisation(
        {
          id: mha.id,
          version: mha.version,
          name: mha.name,
          acronym: "MHA",
          kind: "MINISTRY",
          country: "IN",
          parent: "SVPNPA",
        },
        analyst,
      ),
    ).rejects.toThrow(/part of itself/);
  });
});
