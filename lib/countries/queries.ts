import "server-only";
import { db } from "@/lib/db";
import { paged, type Page } from "@/lib/pagination";
import { containsText } from "@/lib/records/like";

export async function listCountries(filter: string, page: Page) {
  const where = {
    deletedAt: null,
    ...(filter ? { OR: [{ name: containsText(filter) }, { code: filter.toUpperCase() }] } : {}),
  };
  const [items, total] = await Promise.all([
    db.country.findMany({
      where,
      orderBy: { name: "asc" },
      skip: page.skip,
      take: page.take,
      select: { id: true, code: true, name: true, version: true },
    }),
    db.country.count({ where }),
  ]);
  return paged(items, total, page);
}

/** Prisma filter: records (series, agreements) with every one of these countries among their parties; two codes make a pair. */
export const withParties = (codes: string[]) => ({
  AND: codes.map((code) => ({ parties: { some: { country: { code } } } })),
});
