import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { columns } from "@/lib/forms/form-values";
import { paged, type Page } from "@/lib/pagination";
import { participationSelect } from "@/lib/participations/queries";
import { personEditSelect } from "./form-values";

const live = { deletedAt: null };

export async function listPeople(page: Page) {
  const [items, total] = await Promise.all([
    db.person.findMany({
      where: live,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: page.skip,
      take: page.take,
      select: {
        id: true,
        name: true,
        country: { select: { name: true } },
        positions: {
          where: live,
          orderBy: { startDate: { sort: "desc", nulls: "first" } },
          take: 1,
          select: { title: true, acting: true, organisation: { select: { name: true } } },
        },
      },
    }),
    db.person.count({ where: live }),
  ]);
  return paged(items, total, page);
}

export const getPerson = cache(async (id: number) =>
  db.person.findFirst({
    where: { id, ...live },
    select: {
      ...columns("id", "name", "honorific", "aliases", "notes"),
      country: { select: { code: true, name: true } },
      positions: {
        where: live,
        orderBy: [{ startDate: { sort: "desc", nulls: "first" } }, { id: "desc" }],
        select: {
          ...columns("id", "title", "acting", "startDate", "startPrecision", "endDate", "endPrecision"),
          organisation: { select: { id: true, name: true } },
        },
      },
      participations: {
        where: live,
        orderBy: { dialogue: { startDate: "desc" } },
        take: 50,
        select: participationSelect,
      },
    },
  }),
);

export async function getPersonForEdit(id: number) {
  return db.person.findFirst({ where: { id, ...live }, select: { id: true, ...personEditSelect } });
}
