import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { topicAndSubthemeIds } from "@/lib/topics/queries";
import * as facet from "@/lib/browse/facets";
import { browseResults, pageCountOf } from "@/lib/browse/results";
import { only } from "@/lib/browse/state";
import { outcomeSummary } from "./queries";
import type { OutcomeBrowseState } from "./browse-spec";

// Outcomes of every meeting with facet counts: kind, follow-up status, theme (with its
// sub-themes) and the series of the meeting. Outcomes of a deleted meeting are gone with it.

type Key = keyof OutcomeBrowseState["filters"];

const ORDER: Record<OutcomeBrowseState["sort"], Prisma.Sql> = {
  newest: Prisma.sql`d."startDate" DESC NULLS FIRST, a.id DESC`,
  due: Prisma.sql`a."dueDate" ASC NULLS LAST, a.id ASC`,
};

const FACETS = {
  topic: facet.topicTreeFacet("OutcomeTopic", "outcomeId"),
  kind: facet.columnFacet("kind"),
  followUp: facet.columnFacet("followUpStatus"),
  series: facet.seriesFacet(),
} satisfies Record<Key, unknown>;

async function conditions(state: OutcomeBrowseState): Promise<Partial<Record<Key, Prisma.Sql>>> {
  const f = state.filters;
  const topic = only(f.topic);
  return {
    topic: topic ? facet.taggedWith("OutcomeTopic", "outcomeId", await topicAndSubthemeIds(topic)) : undefined,
    kind: f.kind.length ? Prisma.sql`a.kind IN (${facet.enumList(f.kind, "OutcomeKind")})` : undefined,
    followUp: f.followUp.length
      ? Prisma.sql`a."followUpStatus" IN (${facet.enumList(f.followUp, "FollowUpStatus")})`
      : undefined,
    series: f.series.length ? facet.meetingInSeries(Number(f.series[0])) : undefined,
  };
}

const LIVE = Prisma.sql`a."deletedAt" IS NULL AND EXISTS (SELECT 1 FROM "Dialogue" live WHERE live.id = a."dialogueId" AND live."deletedAt" IS NULL)`;

/** The page's filter on `a` (the outcome), with every choice or all but one facet's. */
export async function outcomeWhere(state: OutcomeBrowseState) {
  return facet.whereExcept<Key>(LIVE, await conditions(state));
}

export async function browseOutcomes(state: OutcomeBrowseState) {
  const where = await outcomeWhere(state);
  const [items, { facets, total, countedBefore }] = await Promise.all([
    browseResults({
      table: "Outcome",
      where: where(),
      order: ORDER[state.sort],
      page: state.page,
      join: Prisma.sql`JOIN "Dialogue" d ON d.id = a."dialogueId"`,
      load: (ids) => db.outcome.findMany({ where: { id: { in: ids } }, select: outcomeSummary }),
    }),
    facet.countFacets({ table: "Outcome", where, facets: FACETS, filters: state.filters }),
  ]);
  return { items, total, pageCount: pageCountOf(total), facets, countedBefore };
}
