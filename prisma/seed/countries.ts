import type { Prisma } from "../../generated/prisma/client";
import { allCountries } from "../../lib/reference/countries";

/** Adds every ISO 3166-1 country that is missing; returns how many were added. */
export async function seedCountries(tx: Prisma.TransactionClient): Promise<number> {
  return (await tx.country.createMany({ data: allCountries(), skipDuplicates: true })).count;
}
