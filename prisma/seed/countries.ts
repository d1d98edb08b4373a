import type { Tx } from "../../lib/prisma-client";
import { allCountries } from "../../lib/reference/countries";
import { recordOrigins } from "../../lib/audit/origins";

/** Adds every ISO 3166-1 country that is missing; returns how many were added. */
export async function seedCountries(tx: Tx): Promise<number> {
  const added = (await tx.country.createMany({ data: allCountries(), skipDuplicates: true })).count;
  await recordOrigins(tx, "seed");
  return added;
}
