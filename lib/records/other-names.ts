import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/prisma-client";
import { likeText } from "./like";

// A topic's synonyms and a person's aliases are text arrays, which Prisma compares only exactly
// ("capacity building" would miss "Capacity building"); these compare them ignoring case.

const COLUMNS = {
  topic: Prisma.sql`SELECT id FROM "Topic" t WHERE t."deletedAt" IS NULL AND EXISTS (SELECT 1 FROM unnest(t.synonyms) n WHERE`,
  person: Prisma.sql`SELECT id FROM "Person" t WHERE t."deletedAt" IS NULL AND EXISTS (SELECT 1 FROM unnest(t.aliases) n WHERE`,
};

/** Live topics with a synonym, or people with an alias, that is the text (or starts with it), ignoring case. */
export async function idsByOtherName(
  client: Pick<Tx, "$queryRaw">,
  kind: keyof typeof COLUMNS,
  text: string,
  match: "equals" | "prefix" = "equals",
): Promise<number[]> {
  const test =
    match === "equals"
      ? Prisma.sql`lower(n) = lower(${text})`
      : Prisma.sql`lower(n) LIKE lower(${likeText(text)}) || '%'`;
  const rows = await client.$queryRaw<{ id: number }[]>`${COLUMNS[kind]} ${test}) ORDER BY id LIMIT 20`;
  return rows.map((r) => r.id);
}

/** The other name that made a record match, when its own name does not contain the text. */
export function matchedOtherName(name: string, others: string[], text: string): string | undefined {
  const q = text.toLowerCase();
  if (name.toLowerCase().includes(q)) return undefined;
  return others.find((o) => o.toLowerCase().startsWith(q));
}
