import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { WatchTarget } from "./kinds";

// Which meetings, agreements and outcomes a watch covers, as conditions on a row `a` of each
// table (null: none of that table). A series covers its rounds and what they produced; a theme
// what is tagged with it or a sub-theme; a country the series it is a party to and the agreements
// it is a party to; a pair both at once; a person or an organisation the meetings they took part
// in, the agreements they signed and the outcomes they were named in.

export type Scope = { dialogue: Prisma.Sql | null; agreement: Prisma.Sql | null; outcome: Prisma.Sql | null };

const ofMeetings = (dialogue: Prisma.Sql) =>
  Prisma.sql`a."dialogueId" IN (SELECT a.id FROM "Dialogue" a WHERE ${dialogue})`;

const seriesParty = (countryId: number) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "DialogueSeriesParty" p WHERE p."seriesId" = a."seriesId" AND p."countryId" = ${countryId})`;
const agreementParty = (countryId: number) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "AgreementParty" p WHERE p."agreementId" = a.id AND p."countryId" = ${countryId})`;

function countries(ids: number[]): Scope {
  const dialogue = Prisma.join(ids.map(seriesParty), " AND ");
  return { dialogue, agreement: Prisma.join(ids.map(agreementParty), " AND "), outcome: ofMeetings(dialogue) };
}

function taking(column: "personId" | "organisationId", id: number): Scope {
  const col = Prisma.raw(`"${column}"`);
  return {
    dialogue: Prisma.sql`EXISTS (SELECT 1 FROM "Participation" p WHERE p."dialogueId" = a.id AND p.${col} = ${id} AND p."deletedAt" IS NULL)`,
    agreement: Prisma.sql`EXISTS (SELECT 1 FROM "AgreementSignatory" s WHERE s."agreementId" = a.id AND s.${col} = ${id})`,
    outcome: Prisma.sql`EXISTS (SELECT 1 FROM "OutcomeParticipant" op JOIN "Participation" p ON p.id = op."participationId" WHERE op."outcomeId" = a.id AND p.${col} = ${id})`,
  };
}

async function themeIds(topicId: number): Promise<number[]> {
  const rows = await db.$queryRaw<{ id: number }[]>`
    WITH RECURSIVE sub AS (
      SELECT id FROM "Topic" WHERE id = ${topicId}
      UNION SELECT t.id FROM "Topic" t JOIN sub ON t."parentId" = sub.id WHERE t."deletedAt" IS NULL)
    SELECT id FROM sub`;
  return rows.map((r) => r.id);
}

const tagged = (table: string, column: string, ids: number[]) =>
  Prisma.sql`EXISTS (SELECT 1 FROM ${Prisma.raw(`"${table}"`)} x WHERE x.${Prisma.raw(`"${column}"`)} = a.id AND x."topicId" IN (${Prisma.join(ids)}))`;

/** The scope of a watch on a record or a country pair (a saved view's is its page's filters). */
export async function scopeOf(target: WatchTarget): Promise<Scope> {
  const id = target.targetId;
  switch (target.kind) {
    case "SERIES": {
      const dialogue = Prisma.sql`a."seriesId" = ${id}`;
      return { dialogue, agreement: ofMeetings(dialogue), outcome: ofMeetings(dialogue) };
    }
    case "TOPIC": {
      const ids = await themeIds(id);
      return {
        dialogue: tagged("DialogueTopic", "dialogueId", ids),
        agreement: tagged("AgreementTopic", "agreementId", ids),
        outcome: tagged("OutcomeTopic", "outcomeId", ids),
      };
    }
    case "COUNTRY":
      return countries([id]);
    case "COUNTRY_PAIR":
      return countries([id, target.otherId]);
    case "AGREEMENT":
      return {
        dialogue: null,
        agreement: Prisma.sql`a.id = ${id}`,
        outcome: Prisma.sql`EXISTS (SELECT 1 FROM "OutcomeAgreement" x WHERE x."outcomeId" = a.id AND x."agreementId" = ${id})`,
      };
    case "PERSON":
      return taking("personId", id);
    case "ORGANISATION":
      return taking("organisationId", id);
    case "VIEW":
      return { dialogue: null, agreement: null, outcome: null };
  }
}
