import type { Tx } from "../../lib/prisma-client";
import { allCountries } from "../../lib/reference/countries";

/** Adds every ISO 3166-1 country that is missing; returns how many were added. */
export async function seedCountries(tx: Tx): Promise<number> {
  return (await tx.country.createMany({ data: allCountries(), skipDuplicates: true })).count;
}
