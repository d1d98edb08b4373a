import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { AgreementKind, AgreementStatus, DatePrecision } from "@/lib/domain";
import { PAGE_SIZE } from "@/lib/pagination";
import { topicAndSubthemeIds } from "@/lib/topics/queries";
import * as facet from "@/lib/browse/facets";
import { only } from "@/lib/browse/state";
import { pageCountOf } from "@/lib/browse/results";
import type { AgreementBrowseState } from "./browse-spec";

// Agreements by theme with facet counts. The party facet keeps the parties already chosen, so
// choosing India then shows India's partners (country pairs). A theme includes its sub-themes, in
// the filter and in the tree's counts.

type Key = keyof AgreementBrowseState["filters"];

const ORDER: Record<AgreementBrowseState["sort"], Prisma.Sql> = {
  changed: Prisma.sql`a."statusChangedAt" DESC NULLS LAST, a.id DESC`,
  signed: Prisma.sql`a."signedDate" DESC NULLS LAST, a.id DESC`,
  title: Prisma.sql`a.title ASC, a.id ASC`,
};

const FACETS = {
  topic: facet.topicTreeFacet("AgreementTopic", "agreementId"),
  status: facet.columnFacet("status"),
  kind: facet.columnFacet("kind"),
  party: facet.countriesFacet(
    Prisma.sql`JOIN "AgreementParty" p ON p."agreementId" = a.id JOIN "Country" c ON c.id = p."countryId"`,
  ),
  signatory: {
    sql: (
      src: Prisma.Sql,
    ) => Prisma.sql`SELECT o.id::text AS value, coalesce(o.acronym, o.name) AS label, count(DISTINCT a.id) AS count
      FROM ${src} a JOIN "AgreementSignatory" s ON s."agreementId" = a.id JOIN "Organisation" o ON o.id = s."organisationId"
      GROUP BY o.id ORDER BY 3 DESC, 2 LIMIT 12`,
  },
  series: facet.seriesFacet(),
  year: facet.yearFacet("signedDate"),
} satisfies Record<Key, unknown>;

async function conditions(state: AgreementBrowseState): Promise<Partial<Record<Key, Prisma.Sql>>> {
  const f = state.filters;
  const topic = only(f.topic);
  const year = only(f.year);
  return {
    topic: topic ? facet.taggedWith("AgreementTopic", "agreementId", await topicAndSubthemeIds(topic)) : undefined,
    status: f.status.length ? Prisma.sql`a.status IN (${facet.enumList(f.status, "AgreementStatus")})` : undefined,
    kind: f.kind.length ? Prisma.sql`a.kind IN (${facet.enumList(f.kind, "AgreementKind")})` : undefined,
    party: f.party.length ? facet.allParties("agreement", f.party) : undefined,
    signatory: f.signatory.length
      ? Prisma.sql`EXISTS (SELECT 1 FROM "AgreementSignatory" s WHERE s."agreementId" = a.id AND s."organisationId" = ${Number(f.signatory[0])})`
      : undefined,
    series: f.series.length ? facet.meetingInSeries(Number(f.series[0])) : undefined,
    year: year ? facet.inYear("signedDate", year) : undefined,
  };
}

export type AgreementRow = {
  id: number;
  title: string;
  kind: AgreementKind;
  status: AgreementStatus;
  signedDate: Date | null;
  signedPrecision: DatePrecision | null;
  statusChangedAt: Date | null;
  parties: string | null;
};

/** The page's filter on `a` (the agreement), with every choice or all but one facet's. */
export async function agreementWhere(state: AgreementBrowseState) {
  return facet.whereExcept<Key>(Prisma.sql`a."deletedAt" IS NULL`, await conditions(state));
}

export async function browseAgreements(state: AgreementBrowseState) {
  const where = await agreementWhere(state);
  const [items, { facets, total, countedBefore }] = await Promise.all([
    db.$queryRaw<AgreementRow[]>`
      SELECT a.id, a.title, a.kind, a.status, a."signedDate", a."signedPrecision", a."statusChangedAt",
             (SELECT string_agg(c.name, ', ' ORDER BY c.name) FROM "AgreementParty" p JOIN "Country" c ON c.id = p."countryId" WHERE p."agreementId" = a.id) AS parties
      FROM "Agreement" a WHERE ${where()} ORDER BY ${ORDER[state.sort]} LIMIT ${PAGE_SIZE} OFFSET ${(state.page - 1) * PAGE_SIZE}`,
    facet.countFacets({ table: "Agreement", where, facets: FACETS, filters: state.filters }),
  ]);
  return { items, total, pageCount: pageCountOf(total), facets, countedBefore };
}
