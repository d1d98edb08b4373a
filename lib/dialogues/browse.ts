import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { topicAndSubthemeIds } from "@/lib/topics/queries";
import * as facet from "@/lib/browse/facets";
import { browseResults, pageCountOf } from "@/lib/browse/results";
import { only } from "@/lib/browse/state";
import { dialogueSummary } from "./queries";
import type { DialogueBrowseState } from "./browse-spec";

// Dialogues with facet counts: series, level, the countries of the series (choosing two gives a
// country pair), year of the meeting, status and theme (with its sub-themes).

type Key = keyof DialogueBrowseState["filters"];

const ORDER: Record<DialogueBrowseState["sort"], Prisma.Sql> = {
  newest: Prisma.sql`a."startDate" DESC NULLS FIRST, a.id DESC`,
  oldest: Prisma.sql`a."startDate" ASC NULLS LAST, a.id ASC`,
  title: Prisma.sql`a.title ASC, a.id ASC`,
};

const FACETS = {
  topic: facet.topicTreeFacet("DialogueTopic", "dialogueId"),
  series: facet.seriesFacet(Prisma.sql`JOIN "DialogueSeries" ds ON ds.id = a."seriesId"`),
  level: facet.columnFacet("level"),
  country: facet.countriesFacet(
    Prisma.sql`JOIN "DialogueSeriesParty" p ON p."seriesId" = a."seriesId" JOIN "Country" c ON c.id = p."countryId"`,
  ),
  year: facet.yearFacet("startDate"),
  status: facet.columnFacet("status"),
} satisfies Record<Key, unknown>;

async function conditions(state: DialogueBrowseState): Promise<Partial<Record<Key, Prisma.Sql>>> {
  const f = state.filters;
  const topic = only(f.topic);
  const year = only(f.year);
  return {
    topic: topic ? facet.taggedWith("DialogueTopic", "dialogueId", await topicAndSubthemeIds(topic)) : undefined,
    series: f.series.length ? Prisma.sql`a."seriesId" = ${Number(f.series[0])}` : undefined,
    level: f.level.length ? Prisma.sql`a.level IN (${facet.enumList(f.level, "DialogueLevel")})` : undefined,
    country: f.country.length ? facet.allParties("series", f.country) : undefined,
    year: year ? facet.inYear("startDate", year) : undefined,
    status: f.status.length ? Prisma.sql`a.status IN (${facet.enumList(f.status, "DialogueStatus")})` : undefined,
  };
}

/** The page's filter on `a` (the dialogue), with every choice or all but one facet's. */
export async function dialogueWhere(state: DialogueBrowseState) {
  return facet.whereExcept<Key>(Prisma.sql`a."deletedAt" IS NULL`, await conditions(state));
}

export async function browseDialogues(state: DialogueBrowseState) {
  const where = await dialogueWhere(state);
  const [items, { facets, total, countedBefore }] = await Promise.all([
    browseResults({
      table: "Dialogue",
      where: where(),
      order: ORDER[state.sort],
      page: state.page,
      load: (ids) => db.dialogue.findMany({ where: { id: { in: ids } }, select: dialogueSummary }),
    }),
    facet.countFacets({ table: "Dialogue", where, facets: FACETS, filters: state.filters }),
  ]);
  return { items, total, pageCount: pageCountOf(total), facets, countedBefore };
}
