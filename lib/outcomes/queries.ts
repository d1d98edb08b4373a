import "server-only";
import { db } from "@/lib/db";
import { paged, type Page } from "@/lib/pagination";
import { outcomeEditSelect } from "./form-values";
import { withParties } from "@/lib/countries/queries";
import { columns } from "@/lib/forms/form-values";
import type { ComplianceFilter } from "@/lib/compliance/queries";
import type { Prisma } from "@/generated/prisma/client";

/** What a list of outcomes shows of each. */
export const outcomeSummary = {
  ...columns("id", "kind", "text", "followUpStatus", "dueDate", "duePrecision"),
  dialogue: {
    select: { id: true, title: true, startDate: true, startPrecision: true, series: { select: { name: true } } },
  },
  topics: { select: { topic: { select: { name: true, slug: true } } } },
  assessments: {
    where: { deletedAt: null },
    select: { id: true, score: true, assessedDate: true, country: { select: { code: true } } },
  },
} as const;

export type OutcomeSummary = Awaited<ReturnType<typeof listOpenCommitments>>["items"][number];

/** The orders the commitments register offers; unassessed commitments come last in both score orders. */
export const COMMITMENT_ORDERS = {
  due: "Due date, soonest first",
  weakest: "Compliance, weakest first",
  strongest: "Compliance, strongest first",
} as const;
export type CommitmentOrder = keyof typeof COMMITMENT_ORDERS;

const commitmentOrderBy = {
  due: [{ dueDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  weakest: [
    { complianceScore: { sort: "asc", nulls: "last" } },
    { dueDate: { sort: "asc", nulls: "last" } },
    { id: "asc" },
  ],
  strongest: [
    { complianceScore: { sort: "desc", nulls: "last" } },
    { dueDate: { sort: "asc", nulls: "last" } },
    { id: "asc" },
  ],
} satisfies Record<CommitmentOrder, Prisma.OutcomeOrderByWithRelationInput[]>;

type CommitmentFilters = {
  seriesId?: number;
  topicIds?: number[];
  countryCodes?: string[];
  compliance?: ComplianceFilter;
};

/** The commitments not done or lapsed, with the filters of the commitments register. */
function openCommitmentsWhere(filters: CommitmentFilters) {
  const { compliance } = filters;
  return {
    deletedAt: null,
    followUpStatus: { in: ["OPEN" as const, "IN_PROGRESS" as const] },
    dialogue: {
      deletedAt: null,
      ...(filters.seriesId ? { seriesId: filters.seriesId } : {}),
      ...(filters.countryCodes?.length ? { series: withParties(filters.countryCodes) } : {}),
    },
    // An unknown theme (no ids) matches nothing rather than everything.
    ...(filters.topicIds ? { topics: { some: { topicId: { in: filters.topicIds } } } } : {}),
    ...(compliance ? { complianceScore: compliance === "unassessed" ? null : Number(compliance) } : {}),
  } satisfies Prisma.OutcomeWhereInput;
}

/**
 * All commitments not done or lapsed, overdue first (or by compliance), optionally for one series,
 * one theme (with its sub-themes), the series of some countries, or one standing in compliance.
 */
export async function listOpenCommitments(filters: CommitmentFilters, page: Page, order: CommitmentOrder = "due") {
  const where = openCommitmentsWhere(filters);
  const [items, total] = await Promise.all([
    db.outcome.findMany({
      where,
      orderBy: commitmentOrderBy[order],
      skip: page.skip,
      take: page.take,
      select: outcomeSummary,
    }),
    db.outcome.count({ where }),
  ]);
  return paged(items, total, page);
}

/** An outcome as its edit form needs it, with the choices of its meeting. */
export async function getOutcomeForEdit(id: number) {
  return db.outcome.findFirst({
    where: { id, deletedAt: null },
    select: {
      id: true,
      ...outcomeEditSelect,
      dialogue: {
        select: {
          id: true,
          title: true,
          agreements: { where: { deletedAt: null }, select: { id: true, title: true } },
          participations: {
            where: { deletedAt: null },
            select: { id: true, role: true, person: { select: { name: true } } },
          },
        },
      },
    },
  });
}

/** The home page's short list: the first of the open commitments, overdue first (uncounted: it shows no total). */
export function openCommitments(limit = 10) {
  return db.outcome.findMany({
    where: openCommitmentsWhere({}),
    orderBy: commitmentOrderBy.due,
    take: limit,
    select: outcomeSummary,
  });
}
