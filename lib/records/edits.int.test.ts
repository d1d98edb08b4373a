// Editing the parts of a dialogue page: each edit is versioned, audited, and keeps its rules.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/test/users";
import {
  ensureCountries,
  makeCitation,
  makeOutcome,
  makeParticipation,
  makeSeries,
  makeSource,
} from "@/test/factories";
import { ConflictError } from "@/lib/errors";
import { parseVagueDate } from "@/lib/forms/vague-date";
import { updateOutcome } from "@/lib/outcomes/mutations";
import { updateParticipation } from "@/lib/participations/mutations";
import { updateCitation, updateSource } from "@/lib/sources/mutations";
import { updateSeries } from "@/lib/series/mutations";
import { setDeleted } from "./soft-delete";
import { getDialogue } from "@/lib/dialogues/queries";

let analyst: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  await ensureCountries();
  analyst = await makeUser("ANALYST");
});

const lastUpdate = (
  recordType: "OUTCOME" | "PARTICIPATION" | "SOURCE" | "CITATION" | "DIALOGUE_SERIES",
  recordId: number,
) =>
  db.auditEvent.findFirst({
    where: { recordType, recordId, action: "UPDATE" },
    orderBy: { id: "desc" },
    select: { before: true, after: true, userId: true },
  });

describe("editing parts of a dialogue", () => {
  it("edits an outcome's kind, topics and due date, auditing the change", async () => {
    const outcome = await db.outcome.findUniqueOrThrow({
      where: { id: await makeOutcome({ values: { kind: "NEXT_STEP", topics: "Port security" } }) },
    });
    await updateOutcome(
      {
        id: outcome.id,
        version: outcome.version,
        kind: "COMMITMENT",
        text: outcome.text,
        followUpStatus: "IN_PROGRESS",
        dueDate: parseVagueDate("2025")!,
        topics: "Fentanyl",
        agreementIds: [],
        participationIds: [],
      },
      analyst,
    );
    const saved = await db.outcome.findUniqueOrThrow({
      where: { id: outcome.id },
      include: { topics: true, agreements: true },
    });
    expect([
      saved.kind,
      saved.followUpStatus,
      saved.duePrecision,
      saved.topics.length,
      saved.agreements.length,
    ]).toEqual(["COMMITMENT", "IN_PROGRESS", "YEAR", 1, 0]);
    expect(await lastUpdate("OUTCOME", outcome.id)).toMatchObject({
      userId: analyst.id,
      before: { kind: "NEXT_STEP" },
      after: { kind: "COMMITMENT" },
    });
    await expect(
      updateOutcome(
        {
          id: outcome.id,
          version: outcome.version,
          kind: "DECISION",
          text: "x",
          agreementIds: [],
          participationIds: [],
        },
        analyst,
      ),
    ).rejects.toThrow(ConflictError);
  });

  it("edits a participation's title and acting flag", async () => {
    const p = await db.participation.findUniqueOrThrow({
      where: { id: await makeParticipation({ values: { isActing: "on", side: "US" } }) },
      include: { person: true },
    });
    await updateParticipation(
      {
        id: p.id,
        version: p.version,
        person: p.person!.name,
        side: "US",
        organisation: "DHS",
        role: "HEAD_OF_DELEGATION",
        statedTitle: "Deputy Secretary",
        isActing: false,
      },
      analyst,
    );
    expect(await lastUpdate("PARTICIPATION", p.id)).toMatchObject({
      after: { role: "HEAD_OF_DELEGATION", statedTitle: "Deputy Secretary", isActing: false },
    });
  });

  it("edits a citation only to a passage that is in the source", async () => {
    const body = "The two sides held the homeland security dialogue on Wednesday and agreed to meet again.";
    const sourceId = String(await makeSource({ values: { body } }));
    const c = await db.citation.findUniqueOrThrow({
      where: { id: await makeCitation({ values: { sourceId, quote: "agreed to meet again" } }) },
    });
    await expect(
      updateCitation({ id: c.id, version: c.version, quote: "words the article never used", credibility: 2 }, analyst),
    ).rejects.toThrow(/not in the source/);
    await updateCitation(
      {
        id: c.id,
        version: c.version,
        quote: "homeland security dialogue on Wednesday",
        credibility: 1,
        note: "Checked against the ministry's readout",
      },
      analyst,
    );
    expect(await lastUpdate("CITATION", c.id)).toMatchObject({ after: { credibility: 1 } });
  });

  it("edits a source and a series", async () => {
    const s = await db.source.findUniqueOrThrow({ where: { id: await makeSource({ values: { reliability: "B" } }) } });
    await updateSource(
      {
        id: s.id,
        version: s.version,
        title: s.title,
        kind: s.kind,
        reliability: "A",
        publisher: "Hindustan Times",
        body: s.body ?? undefined,
      },
      analyst,
    );
    expect(await lastUpdate("SOURCE", s.id)).toMatchObject({
      before: { reliability: "B", publisher: null },
      after: { reliability: "A", publisher: "Hindustan Times" },
    });
    const series = await db.dialogueSeries.findUniqueOrThrow({ where: { id: await makeSeries() } });
    await updateSeries(
      {
        id: series.id,
        version: series.version,
        name: series.name,
        parties: "India, United States",
        establishedDate: parseVagueDate("2010")!,
      },
      analyst,
    );
    expect(await lastUpdate("DIALOGUE_SERIES", series.id)).toMatchObject({ after: { establishedPrecision: "YEAR" } });
  });

  it("deletes and restores a participant in place; the page leaves it out meanwhile", async () => {
    const p = await db.participation.findUniqueOrThrow({ where: { id: await makeParticipation() } });
    const meeting = { id: p.dialogueId };
    await setDeleted("PARTICIPATION", p.id, true, analyst);
    expect((await getDialogue(meeting.id))!.participations.map((x) => x.id)).not.toContain(p.id);
    await setDeleted("PARTICIPATION", p.id, false, analyst);
    expect((await getDialogue(meeting.id))!.participations.map((x) => x.id)).toContain(p.id);
  });
});

describe("countries", () => {
  it("adds a user-assigned code and renames a country, audited and versioned", async () => {
    const { createCountry, updateCountry } = await import("@/lib/countries/mutations");
    await createCountry({ code: "XK", name: "Kosovo" }, analyst);
    await expect(createCountry({ code: "XK", name: "Kosovo" }, analyst)).rejects.toThrow(/taken/);
    const cz = await db.country.findUniqueOrThrow({ where: { code: "CZ" } });
    await updateCountry({ id: cz.id, version: cz.version, name: "Czech Republic" }, analyst);
    expect((await db.country.findUniqueOrThrow({ where: { code: "CZ" } })).name).toBe("Czech Republic");
    await expect(updateCountry({ id: cz.id, version: cz.version, name: "Czechia" }, analyst)).rejects.toThrow(
      ConflictError,
    );
    expect(await db.auditEvent.count({ where: { recordType: "COUNTRY", recordId: cz.id, action: "UPDATE" } })).toBe(1);
  });
});
