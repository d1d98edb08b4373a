import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { agreementWhere } from "@/lib/agreements/browse";
import { dialogueWhere } from "@/lib/dialogues/browse";
import { allParties, meetingInSeries, taggedWith } from "@/lib/browse/facets";
import { only } from "@/lib/browse/state";
import { topicAndSubthemeIds } from "@/lib/topics/queries";
import { agreementStatusLabel, dialogueLevelLabel, dialogueStatusLabel } from "@/lib/labels";
import type { TimelineQuery, TimelineState } from "./query";

// Turns a timeline query into what the event queries filter on, one SQL condition per kind of
// event, and names it (for the page title and the export's filename). Aliases: in the meeting
// branch `a` is the dialogue; in the agreement branch `a` is the agreement and `s` its status
// change; in the commitment branch `o` is the outcome and `a` its meeting.

export type Branches = { dialogue?: Prisma.Sql; agreement?: Prisma.Sql; commitment?: Prisma.Sql };
export type TimelineSource = { title: string; branches: Branches };

const join = (parts: (Prisma.Sql | undefined)[]) => {
  const present = parts.filter((p): p is Prisma.Sql => p !== undefined);
  return present.length ? Prisma.join(present, " AND ") : Prisma.sql`TRUE`;
};
const range = (column: Prisma.Sql, from?: string, to?: string) =>
  join([
    from ? Prisma.sql`${column} >= make_date(${Number(from)}::int, 1, 1)` : undefined,
    to ? Prisma.sql`${column} < make_date(${Number(to)}::int + 1, 1, 1)` : undefined,
  ]);

async function timelineBranches(state: TimelineState): Promise<Branches> {
  const f = state.filters;
  const series = only(f.series) ? Number(f.series[0]) : undefined;
  const person = only(f.person) ? Number(f.person[0]) : undefined;
  const organisation = only(f.organisation) ? Number(f.organisation[0]) : undefined;
  const topicIds = only(f.topic) ? await topicAndSubthemeIds(f.topic[0]!) : undefined;
  const [from, to] = [only(f.from), only(f.to)];
  const type = only(f.type);
  const participant = (alias: string, column: "personId" | "organisationId", id: number) =>
    Prisma.sql`EXISTS (SELECT 1 FROM "Participation" p WHERE p."dialogueId" = ${Prisma.raw(alias)}.id AND p."deletedAt" IS NULL AND p.${Prisma.raw(`"${column}"`)} = ${id})`;
  const signatory = (column: "personId" | "organisationId", id: number) =>
    Prisma.sql`EXISTS (SELECT 1 FROM "AgreementSignatory" x WHERE x."agreementId" = a.id AND x.${Prisma.raw(`"${column}"`)} = ${id})`;
  const outcomeParticipant = (column: "personId" | "organisationId", id: number) =>
    Prisma.sql`EXISTS (SELECT 1 FROM "OutcomeParticipant" op JOIN "Participation" p ON p.id = op."participationId" WHERE op."outcomeId" = o.id AND p.${Prisma.raw(`"${column}"`)} = ${id})`;

  const dialogue = join([
    series ? Prisma.sql`a."seriesId" = ${series}` : undefined,
    topicIds ? taggedWith("DialogueTopic", "dialogueId", topicIds) : undefined,
    f.country.length ? allParties("series", f.country) : undefined,
    person ? participant("a", "personId", person) : undefined,
    organisation ? participant("a", "organisationId", organisation) : undefined,
    range(Prisma.sql`a."startDate"`, from, to),
  ]);
  const agreement = join([
    series ? meetingInSeries(series) : undefined,
    topicIds ? taggedWith("AgreementTopic", "agreementId", topicIds) : undefined,
    f.country.length ? allParties("agreement", f.country) : undefined,
    person ? signatory("personId", person) : undefined,
    organisation ? signatory("organisationId", organisation) : undefined,
    range(Prisma.sql`s.date`, from, to),
  ]);
  const commitment = join([
    series ? Prisma.sql`a."seriesId" = ${series}` : undefined,
    topicIds ? taggedWith("OutcomeTopic", "outcomeId", topicIds, "o") : undefined,
    f.country.length ? allParties("series", f.country) : undefined,
    person ? outcomeParticipant("personId", person) : undefined,
    organisation ? outcomeParticipant("organisationId", organisation) : undefined,
    range(Prisma.sql`o."dueDate"`, from, to),
  ]);
  return {
    dialogue: !type || type === "dialogue" ? dialogue : undefined,
    agreement: !type || type === "agreement" ? agreement : undefined,
    commitment: !type || type === "commitment" ? commitment : undefined,
  };
}

async function timelineTitle(state: TimelineState): Promise<string> {
  const f = state.filters;
  const id = (values: string[]) => (values[0] ? Number(values[0]) : -1);
  const [series, topic, countries, person, organisation] = await Promise.all([
    f.series.length ? db.dialogueSeries.findUnique({ where: { id: id(f.series) }, select: { name: true } }) : null,
    f.topic.length ? db.topic.findUnique({ where: { slug: f.topic[0] }, select: { name: true } }) : null,
    f.country.length
      ? db.country.findMany({ where: { code: { in: f.country } }, select: { code: true, name: true } })
      : [],
    f.person.length ? db.person.findUnique({ where: { id: id(f.person) }, select: { name: true } }) : null,
    f.organisation.length
      ? db.organisation.findUnique({ where: { id: id(f.organisation) }, select: { name: true } })
      : null,
  ]);
  const span =
    f.from.length || f.to.length
      ? f.from[0] && f.to[0]
        ? `${f.from[0]}–${f.to[0]}`
        : f.from[0]
          ? `since ${f.from[0]}`
          : `to ${f.to[0]}`
      : undefined;
  const countryNames = f.country.map((code) => countries.find((c) => c.code === code)?.name ?? code).join("–");
  return (
    [series?.name, countryNames || undefined, person?.name, organisation?.name, topic?.name, span]
      .filter(Boolean)
      .join(" · ") || "All dialogues and agreements"
  );
}

export async function timelineSource(query: TimelineQuery): Promise<TimelineSource> {
  switch (query.of) {
    case "agreements": {
      const where = await agreementWhere(query.state);
      const f = query.state.filters;
      const topic = f.topic.length
        ? await db.topic.findUnique({ where: { slug: f.topic[0] }, select: { name: true } })
        : null;
      const title = [
        "Agreements",
        f.party.join("–") || undefined,
        topic?.name,
        f.status.map((s) => agreementStatusLabel[s as keyof typeof agreementStatusLabel]).join(", ") || undefined,
        f.year[0],
      ]
        .filter(Boolean)
        .join(" · ");
      return { title, branches: { agreement: where() } };
    }
    case "dialogues": {
      const where = await dialogueWhere(query.state);
      const f = query.state.filters;
      const topic = f.topic.length
        ? await db.topic.findUnique({ where: { slug: f.topic[0] }, select: { name: true } })
        : null;
      const title = [
        "Dialogues",
        f.country.join("–") || undefined,
        topic?.name,
        f.level.map((l) => dialogueLevelLabel[l as keyof typeof dialogueLevelLabel]).join(", ") || undefined,
        f.status.map((s) => dialogueStatusLabel[s as keyof typeof dialogueStatusLabel]).join(", ") || undefined,
        f.year[0],
      ]
        .filter(Boolean)
        .join(" · ");
      // The meetings of the list, and the commitments made at them.
      return { title, branches: { dialogue: where(), commitment: where() } };
    }
    default:
      return { title: await timelineTitle(query.state), branches: await timelineBranches(query.state) };
  }
}
