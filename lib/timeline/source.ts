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
// change; in the commitment branch `o` is the outcome and `a` its meeting (as in the assessment
// branch, with `ca` the assessment); in the expiry branch `a` is the agreement.

export type Branches = {
  dialogue?: Prisma.Sql;
  agreement?: Prisma.Sql;
  commitment?: Prisma.Sql;
  /** a compliance assessment: `ca`, its commitment `o` and the meeting `a` */
  assessment?: Prisma.Sql;
  /** an agreement's term end: `a` is the agreement */
  expiry?: Prisma.Sql;
};
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
  const meeting = only(f.dialogue) ? Number(f.dialogue[0]) : undefined;
  const agreement = only(f.agreement) ? Number(f.agreement[0]) : undefined;
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
    meeting ? Prisma.sql`a.id = ${meeting}` : undefined,
    agreement ? Prisma.sql`a.id IN (SELECT "dialogueId" FROM "Agreement" WHERE id = ${agreement})` : undefined,
    range(Prisma.sql`a."startDate"`, from, to),
  ]);
  const ofAgreement = [
    series ? meetingInSeries(series) : undefined,
    topicIds ? taggedWith("AgreementTopic", "agreementId", topicIds) : undefined,
    f.country.length ? allParties("agreement", f.country) : undefined,
    person ? signatory("personId", person) : undefined,
    organisation ? signatory("organisationId", organisation) : undefined,
    meeting ? Prisma.sql`a."dialogueId" = ${meeting}` : undefined,
    agreement ? Prisma.sql`a.id = ${agreement}` : undefined,
  ];
  const ofOutcome = [
    series ? Prisma.sql`a."seriesId" = ${series}` : undefined,
    topicIds ? taggedWith("OutcomeTopic", "outcomeId", topicIds, "o") : undefined,
    f.country.length ? allParties("series", f.country) : undefined,
    person ? outcomeParticipant("personId", person) : undefined,
    organisation ? outcomeParticipant("organisationId", organisation) : undefined,
    meeting ? Prisma.sql`a.id = ${meeting}` : undefined,
    agreement
      ? Prisma.sql`EXISTS (SELECT 1 FROM "OutcomeAgreement" x WHERE x."outcomeId" = o.id AND x."agreementId" = ${agreement})`
      : undefined,
  ];
  const wanted = (name: keyof Branches, where: Prisma.Sql) => (!type || type === name ? where : undefined);
  return {
    dialogue: wanted("dialogue", dialogue),
    agreement: wanted("agreement", join([...ofAgreement, range(Prisma.sql`s.date`, from, to)])),
    commitment: wanted("commitment", join([...ofOutcome, range(Prisma.sql`o."dueDate"`, from, to)])),
    assessment: wanted("assessment", join([...ofOutcome, range(Prisma.sql`ca."assessedDate"`, from, to)])),
    expiry: wanted("expiry", join([...ofAgreement, range(Prisma.sql`a."termEndsOn"`, from, to)])),
  };
}

async function timelineTitle(state: TimelineState): Promise<string> {
  const f = state.filters;
  const id = (values: string[]) => (values[0] ? Number(values[0]) : -1);
  const [series, topic, countries, person, organisation, meeting, agreement] = await Promise.all([
    f.series.length ? db.dialogueSeries.findUnique({ where: { id: id(f.series) }, select: { name: true } }) : null,
    f.topic.length ? db.topic.findUnique({ where: { slug: f.topic[0] }, select: { name: true } }) : null,
    f.country.length
      ? db.country.findMany({ where: { code: { in: f.country } }, select: { code: true, name: true } })
      : [],
    f.person.length ? db.person.findUnique({ where: { id: id(f.person) }, select: { name: true } }) : null,
    f.organisation.length
      ? db.organisation.findUnique({ where: { id: id(f.organisation) }, select: { name: true } })
      : null,
    f.dialogue.length ? db.dialogue.findUnique({ where: { id: id(f.dialogue) }, select: { title: true } }) : null,
    f.agreement.length ? db.agreement.findUnique({ where: { id: id(f.agreement) }, select: { title: true } }) : null,
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
    [
      series?.name,
      countryNames || undefined,
      person?.name,
      organisation?.name,
      meeting?.title,
      agreement?.title,
      topic?.name,
      span,
    ]
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
      return { title, branches: { agreement: where(), expiry: where() } };
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
      // The meetings of the list, and the commitments made at them and their assessments.
      return { title, branches: { dialogue: where(), commitment: where(), assessment: where() } };
    }
    default:
      return { title: await timelineTitle(query.state), branches: await timelineBranches(query.state) };
  }
}
