import "server-only";
import { db } from "@/lib/db";
import { paged, type Page } from "@/lib/pagination";
import { outcomeEditSelect } from "./form-values";
import { withParties } from "@/lib/countries/queries";
import { columns } from "@/lib/forms/form-values";
import { outcomesAtScore, type ComplianceFilter } from "@/lib/compliance/queries";

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

/**
 * All commitments not done or lapsed, overdue first, optionally for one series, one theme (with its
 * sub-themes) or the series of some countries.
 */
export async function listOpenCommitments(
  filters: { seriesId?: number; topicIds?: number[]; countryCodes?: string[]; compliance?: ComplianceFilter },
  page: Page,
) {
  const { compliance } = filters;
  const assessed =
    compliance === "unassessed"
      ? { assessments: { none: { deletedAt: null } } }
      : compliance
        ? { id: { in: await outcomesAtScore(Number(compliance) as -1 | 0 | 1) } }
        : {};
  const where = {
    deletedAt: null,
    followUpStatus: { in: ["OPEN" as const, "IN_PROGRESS" as const] },
    dialogue: {
      deletedAt: null,
      ...(filters.seriesId ? { seriesId: filters.seriesId } : {}),
      ...(filters.countryCodes?.length ? { series: withParties(filters.countryCodes) } : {}),
    },
    // An unknown theme (no ids) matches nothing rather than everything.
    ...(filters.topicIds ? { topics: { some: { topicId: { in: filters.topicIds } } } } : {}),
    ...assessed,
  };
  const [items, total] = await Promise.all([
    db.outcome.findMany({
      where,
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
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

/** The home page's short list: the first of the open commitments, overdue first. */
export async function openCommitments(limit = 10) {
  return (await listOpenCommitments({}, { page: 1, take: limit, skip: 0 })).items;
}
