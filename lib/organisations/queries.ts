import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { columns } from "@/lib/forms/form-values";
import { paged, type Page } from "@/lib/pagination";
import { participationSelect } from "@/lib/participations/queries";
import { organisationEditSelect } from "./form-values";

const live = { deletedAt: null };

export async function listOrganisations(page: Page) {
  const [items, total] = await Promise.all([
    db.organisation.findMany({
      where: live,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: page.skip,
      take: page.take,
      select: { id: true, name: true, acronym: true, kind: true, country: { select: { name: true } } },
    }),
    db.organisation.count({ where: live }),
  ]);
  return paged(items, total, page);
}

export const getOrganisation = cache(async (id: number) =>
  db.organisation.findFirst({
    where: { id, ...live },
    select: {
      ...columns("id", "name", "acronym", "kind", "description"),
      country: { select: { code: true, name: true } },
      parent: { select: { id: true, name: true } },
      children: { where: live, orderBy: { name: "asc" }, select: { id: true, name: true } },
      positions: {
        where: live,
        take: 50,
        select: { id: true, title: true, acting: true, person: { select: { id: true, name: true } } },
      },
      participations: {
        where: live,
        orderBy: { dialogue: { startDate: "desc" } },
        take: 50,
        select: { ...participationSelect, person: { select: { id: true, name: true } } },
      },
      signatures: { take: 50, select: { agreement: { select: { id: true, title: true, status: true } } } },
    },
  }),
);

export async function getOrganisationForEdit(id: number) {
  return db.organisation.findFirst({ where: { id, ...live }, select: { id: true, ...organisationEditSelect } });
}
