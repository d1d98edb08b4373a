import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { columns } from "@/lib/forms/form-values";
import { seriesEditSelect } from "./form-values";
import { dialogueSummary } from "@/lib/dialogues/queries";

const live = { deletedAt: null };

export const getSeries = cache(async (id: number) =>
  db.dialogueSeries.findFirst({
    where: { id, ...live },
    select: {
      ...columns("id", "name", "shortName", "description", "establishedDate", "establishedPrecision"),
      parent: { select: { id: true, name: true } },
      children: { where: live, select: { id: true, name: true } },
      parties: { select: { country: { select: { code: true, name: true } } } },
      dialogues: {
        where: live,
        orderBy: [{ startDate: { sort: "desc", nulls: "first" } }, { id: "desc" }],
        take: 100,
        select: dialogueSummary,
      },
    },
  }),
);

/** The countries that are a party of some series, as options (what a filter by country can find). */
export async function partyOptions() {
  const countries = await db.country.findMany({
    where: { seriesParties: { some: { series: { deletedAt: null } } } },
    orderBy: { name: "asc" },
    select: { code: true, name: true },
  });
  return countries.map((c) => ({ value: c.code, label: c.name }));
}

export async function seriesOptions() {
  const rows = await db.dialogueSeries.findMany({
    where: live,
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  return rows.map((s) => ({ value: String(s.id), label: s.name }));
}

/** A live series' name, or "" when there is none with this id. */
export async function seriesNameOf(id: number): Promise<string> {
  return (await db.dialogueSeries.findFirst({ where: { id, ...live }, select: { name: true } }))?.name ?? "";
}

export async function getSeriesForEdit(id: number) {
  return db.dialogueSeries.findFirst({ where: { id, ...live }, select: { id: true, ...seriesEditSelect } });
}
