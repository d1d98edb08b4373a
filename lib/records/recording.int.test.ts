// The analyst's recording workflow in the data layer: pick-or-create, and the rules of each write.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/test/users";
import { seedDemoData } from "@/test/seed";
import { parseVagueDate } from "@/lib/forms/vague-date";
import { ActionError } from "@/lib/errors";
import { createSeries } from "@/lib/series/mutations";
import { createDialogue } from "@/lib/dialogues/mutations";
import { addParticipation } from "@/lib/participations/mutations";
import { createOutcome } from "@/lib/outcomes/mutations";
import { createAgreement } from "@/lib/agreements/mutations";
import { createCitation, createSource } from "@/lib/sources/mutations";
import { createLink } from "@/lib/links/mutations";
import { linksFor } from "@/lib/links/queries";
import type { DialogueInput } from "@/lib/dialogues/schema";

let analyst: Awaited<ReturnType<typeof makeUser>>;
let dialogueId: number;

beforeAll(async () => {
  await seedDemoData();
  analyst = await makeUser("ANALYST");
  const seriesId = await createSeries({ name: "India-Japan Cyber Dialogue", parties: "India, JP" }, analyst);
  dialogueId = await createDialogue(
    {
      seriesId,
      title: "India-Japan Cyber Dialogue, round 5",
      level: "SENIOR_OFFICIALS",
      status: "HELD",
      startDate: parseVagueDate("2025-03-12"),
      topics: "Ransomware, cyber crime, Quantum computing",
    } as DialogueInput,
    analyst,
  );
});

describe("series", () => {
  it("needs at least two known countries", async () => {
    await expect(createSeries({ name: "Solo", parties: "India" }, analyst)).rejects.toThrow(/at least two parties/);
    await expect(createSeries({ name: "Typo", parties: "India, Jappan" }, analyst)).rejects.toMatchObject({
      fieldErrors: { parties: ["Unknown country: Jappan"] },
    });
  });
});

describe("pick-or-create topics", () => {
  it("matches existing topics by name or synonym, and creates the new ones, audited", async () => {
    const topics = await db.dialogueTopic.findMany({
      where: { dialogueId },
      select: { topic: { select: { slug: true, name: true } } },
    });
    expect(topics.map((t) => t.topic.slug).sort()).toEqual(["cyber-crime", "quantum-computing", "ransomware"]);
    const created = await db.topic.findUniqueOrThrow({ where: { slug: "quantum-computing" } });
    expect(
      await db.auditEvent.count({
        where: { recordType: "TOPIC", recordId: created.id, action: "CREATE", userId: analyst.id },
      }),
    ).toBe(1);
    expect(await db.topic.count({ where: { slug: { startsWith: "ransomware" } } })).toBe(1);
  });
});

describe("participations", () => {
  it("finds people by alias and organisations by acronym instead of duplicating them", async () => {
    const before = { people: await db.person.count(), orgs: await db.organisation.count() };
    await addParticipation(
      {
        dialogueId,
        person: "Ajay Kumar Bhalla",
        organisation: "mha",
        side: "India",
        role: "CO_CHAIR",
        statedTitle: "Home Secretary",
        isActing: false,
      },
      analyst,
    );
    expect({ people: await db.person.count(), orgs: await db.organisation.count() }).toEqual(before);
  });

  it("creates a new person and organisation on the side's country, and records the stated title as a position", async () => {
    await addParticipation(
      {
        dialogueId,
        person: "Hiroshi Tanaka",
        organisation: "National Police Agency",
        side: "Japan",
        role: "HEAD_OF_DELEGATION",
        statedTitle: "Director General",
        isActing: true,
      },
      analyst,
    );
    const person = await db.person.findFirstOrThrow({
      where: { name: "Hiroshi Tanaka" },
      include: { country: true, positions: true },
    });
    expect(person.country?.code).toBe("JP");
    expect(person.positions).toEqual([expect.objectContaining({ title: "Director General", acting: true })]);
    const org = await db.organisation.findFirstOrThrow({
      where: { name: "National Police Agency" },
      include: { country: true },
    });
    expect(org.country?.code).toBe("JP");
  });

  it("keeps a rank or honorific given with a participant on the person's record, audited", async () => {
    await addParticipation(
      { dialogueId, person: "Mariko Sato", honorific: "Ambassador", side: "Japan", role: "MEMBER", isActing: false },
      analyst,
    );
    const person = await db.person.findFirstOrThrow({ where: { name: "Mariko Sato" } });
    expect(person).toMatchObject({ honorific: "Ambassador", version: 2 });
    expect(
      await db.auditEvent.findFirst({ where: { recordType: "PERSON", recordId: person.id, action: "UPDATE" } }),
    ).toMatchObject({ before: { honorific: null }, after: { honorific: "Ambassador" } });
  });

  it("keeps two countries' organisations of one name apart, and finds each again on its side", async () => {
    const join = (person: string, side: string) =>
      addParticipation(
        { dialogueId, person, organisation: "Ministry of Foreign Affairs", side, role: "MEMBER", isActing: false },
        analyst,
      );
    const ministryOf = async (person: string) =>
      (await db.participation.findFirstOrThrow({ where: { dialogueId, person: { name: person } } })).organisationId;
    await join("Kenji Mori", "Japan");
    await join("Priya Nair", "India");
    await join("Aiko Ueda", "Japan");
    const ministries = await db.organisation.findMany({
      where: { name: "Ministry of Foreign Affairs" },
      include: { country: true },
    });
    expect(ministries.map((m) => m.country?.code).sort()).toEqual(["IN", "JP"]);
    expect(await ministryOf("Aiko Ueda")).toBe(await ministryOf("Kenji Mori"));
    expect(await ministryOf("Priya Nair")).not.toBe(await ministryOf("Kenji Mori"));
  });
});

describe("agreements", () => {
  it("creates one with parties, signatories, topics and its first dated status", async () => {
    const id = await createAgreement(
      {
        title: "MoU on Cyber Security Cooperation",
        kind: "MOU",
        legallyBinding: false,
        autoRenews: false,
        status: "SIGNED",
        statusDate: parseVagueDate("2025-03-12")!,
        parties: "India, Japan",
        signatories: "MHA, National Police Agency",
        topics: "Cyber security",
        dialogueId,
      },
      analyst,
    );
    const agreement = await db.agreement.findUniqueOrThrow({
      where: { id },
      include: {
        parties: { include: { country: true } },
        signatories: { include: { organisation: true } },
        statusHistory: true,
        topics: { include: { topic: true } },
      },
    });
    expect(agreement.parties.map((p) => p.country.code).sort()).toEqual(["IN", "JP"]);
    expect(agreement.signatories.map((s) => s.organisation?.acronym ?? s.organisation?.name).sort()).toEqual([
      "MHA",
      "National Police Agency",
    ]);
    expect(agreement.statusHistory).toEqual([expect.objectContaining({ status: "SIGNED", precision: "DAY" })]);
    expect(agreement.signedDate?.toISOString().slice(0, 10)).toBe("2025-03-12");
    expect(agreement.topics.map((t) => t.topic.slug)).toEqual(["cyber-security"]);
  });
});

describe("outcomes", () => {
  it("links an outcome to agreements and participants of its meeting", async () => {
    const participation = await db.participation.findFirstOrThrow({ where: { dialogueId } });
    const agreement = await db.agreement.findFirstOrThrow({ where: { dialogueId } });
    const id = await createOutcome(
      {
        dialogueId,
        kind: "COMMITMENT",
        text: "Hold a ransomware tabletop exercise.",
        topics: "Ransomware",
        agreementIds: [agreement.id],
        participationIds: [participation.id],
        followUpStatus: "OPEN",
        dueDate: parseVagueDate("2025-12")!,
      },
      analyst,
    );
    const outcome = await db.outcome.findUniqueOrThrow({
      where: { id },
      include: { agreements: true, participants: true },
    });
    expect([outcome.duePrecision, outcome.agreements.length, outcome.participants.length]).toEqual(["MONTH", 1, 1]);
  });

  it("refuses participants of another meeting", async () => {
    const other = await db.participation.findFirstOrThrow({ where: { dialogueId: { not: dialogueId } } });
    await expect(
      createOutcome(
        { dialogueId, kind: "DISCUSSION", text: "x", agreementIds: [], participationIds: [other.id] },
        analyst,
      ),
    ).rejects.toThrow(ActionError);
  });
});

describe("sources and citations", () => {
  it("cites a passage that is in the source's text, and refuses one that is not", async () => {
    const sourceId = await createSource(
      {
        title: "MEA readout",
        kind: "OFFICIAL_READOUT",
        reliability: "A",
        body: "The two sides signed an MoU on cyber security cooperation.",
      },
      analyst,
    );
    await createCitation(
      {
        sourceId,
        record: `DIALOGUE:${dialogueId}`,
        quote: "signed an MoU on cyber security cooperation",
        credibility: 1,
      },
      analyst,
    );
    await expect(
      createCitation(
        { sourceId, record: `DIALOGUE:${dialogueId}`, quote: "agreed to meet in Tokyo", credibility: 1 },
        analyst,
      ),
    ).rejects.toMatchObject({ fieldErrors: { quote: [expect.stringMatching(/Not found/)] } });
  });
});

describe("links by title", () => {
  it("links to a record picked by its exact title and shows the inverse wording", async () => {
    const meeting = await db.dialogue.findFirstOrThrow({ where: { venueCity: "New Delhi" } });
    await createLink(
      {
        fromType: "DIALOGUE",
        fromId: dialogueId,
        relation: "FOLLOWS_UP",
        toType: "DIALOGUE",
        toTitle: meeting.title.toUpperCase(),
      },
      analyst,
    );
    expect((await linksFor("DIALOGUE", meeting.id)).map((l) => `${l.wording}: ${l.other.title}`)).toContain(
      "followed up by: India-Japan Cyber Dialogue, round 5",
    );
    await expect(
      createLink(
        {
          fromType: "DIALOGUE",
          fromId: dialogueId,
          relation: "RELATED",
          toType: "AGREEMENT",
          toTitle: "No such agreement",
        },
        analyst,
      ),
    ).rejects.toThrow(ActionError);
  });
});

describe("pick-or-create under concurrency", () => {
  // Analysts saving at the same moment, each naming the same new record: one record results.
  const atOnce = <T>(n: number, save: (i: number) => Promise<T>) =>
    Promise.all(Array.from({ length: n }, (_, i) => save(i)));

  it("ten participations naming one new person and organisation make one person and one organisation per side", async () => {
    await atOnce(10, (i) =>
      addParticipation(
        {
          dialogueId,
          person: "Ambassador Ines Okonkwo-Varga",
          organisation: "Ministry of Maritime Affairs",
          side: i % 2 ? "India" : "JP",
          role: "MEMBER",
          isActing: false,
        },
        analyst,
      ),
    );
    expect(await db.person.count({ where: { name: "Ambassador Ines Okonkwo-Varga" } })).toBe(1);
    const ministries = await db.organisation.findMany({
      where: { name: "Ministry of Maritime Affairs" },
      select: { country: { select: { code: true } } },
    });
    expect(ministries.map((m) => m.country?.code).sort()).toEqual(["IN", "JP"]);
    expect(
      await db.participation.count({ where: { dialogueId, person: { name: "Ambassador Ines Okonkwo-Varga" } } }),
    ).toBe(10);
  });

  it("ten outcomes naming one new theme, spelt two ways, make one theme and no errors", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        createOutcome(
          {
            dialogueId,
            kind: "DECISION",
            text: `Decision ${i} on port security`,
            topics: i % 2 ? "Port-security drills" : "port security drills",
            agreementIds: [],
            participationIds: [],
          },
          analyst,
        ),
      ),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(await db.topic.count({ where: { slug: "port-security-drills" } })).toBe(1);
    expect(await db.topic.count({ where: { slug: { startsWith: "port-security-drills" } } })).toBe(1);
  });
});
