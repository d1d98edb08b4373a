import "server-only";
import type { Tx } from "@/lib/prisma-client";

/** The id of the country with this ISO code, or null for no code (or one not in the list). */
export async function countryIdFor(tx: Tx, code: string | undefined): Promise<number | null> {
  return code ? ((await tx.country.findUnique({ where: { code }, select: { id: true } }))?.id ?? null) : null;
}
