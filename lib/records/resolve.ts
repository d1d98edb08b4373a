import "server-only";
import type { Tx } from "@/lib/prisma-client";
import { auditRecord } from "@/lib/audit/record";
import { ActionError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/auth/session";
import { sameText } from "./like";
import { idsByOtherName } from "./other-names";

// Pick-or-create: a name typed in a form becomes the existing record it names (by name, acronym,
// alias or synonym, ignoring case) or, when none does, a new record, created and audited in the
// same transaction as the form's own write.

/** "Law enforcement training" -> "law-enforcement-training"; `fallback` when nothing Latin is left. */
export function slugify(name: string, fallback = "topic"): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 80)
      .replace(/-$/, "") || fallback
  );
}

/** "a, b , ,c" -> ["a", "b", "c"], without duplicates (ignoring case). */
export function splitNames(text: string | undefined): string[] {
  const seen = new Set<string>();
  return (text ?? "")
    .split(",")
    .map((s) => s.trim().replace(/\s+/g, " "))
    .filter((s) => s && !seen.has(s.toLowerCase()) && seen.add(s.toLowerCase()));
}

/**
 * Serialises pick-or-create of one name across concurrent transactions (two analysts saving at
 * once, both naming the same new person): a transaction-scoped advisory lock on the normalised
 * name, so the second waits until the first commits, then finds the record it created.
 */
async function lockName(tx: Tx, kind: string, key: string) {
  await tx.$executeRaw`SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(${`${kind}:${key}`}, 0))`;
}

export async function resolveOrganisation(
  tx: Tx,
  name: string,
  user: CurrentUser,
  defaults: { countryId?: number | null } = {},
): Promise<number> {
  await lockName(tx, "organisation", name.toLowerCase());
  // Two countries' "Ministry of Foreign Affairs" are two organisations: with a country given, one of
  // that name in another country is not it (one recorded without a country may be).
  const countryId = defaults.countryId ?? null;
  const existing = await tx.organisation.findFirst({
    where: {
      deletedAt: null,
      OR: [{ name: sameText(name) }, { acronym: sameText(name) }],
      ...(countryId ? { AND: [{ OR: [{ countryId }, { countryId: null }] }] } : {}),
    },
    orderBy: countryId ? [{ countryId: { sort: "asc", nulls: "last" } }, { id: "asc" }] : { id: "asc" },
    select: { id: true },
  });
  if (existing) return existing.id;
  const data = { name, kind: "OTHER" as const, countryId };
  const created = await tx.organisation.create({ data, select: { id: true } });
  await auditRecord(tx, user.id, "CREATE", ["ORGANISATION", created.id], { after: data });
  return created.id;
}

export async function resolvePerson(
  tx: Tx,
  name: string,
  user: CurrentUser,
  defaults: { countryId?: number | null } = {},
): Promise<number> {
  await lockName(tx, "person", name.toLowerCase());
  const existing = await tx.person.findFirst({
    where: {
      deletedAt: null,
      OR: [{ name: sameText(name) }, { id: { in: await idsByOtherName(tx, "person", name) } }],
    },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  if (existing) return existing.id;
  const data = { name, countryId: defaults.countryId ?? null };
  const created = await tx.person.create({ data, select: { id: true } });
  await auditRecord(tx, user.id, "CREATE", ["PERSON", created.id], { after: data });
  return created.id;
}

export async function resolveTopic(tx: Tx, name: string, user: CurrentUser): Promise<number> {
  await lockName(tx, "topic", slugify(name)); // the slug, the topic's unique key: "Cyber-security" and "cyber security" wait for each other
  const existing = await tx.topic.findFirst({
    where: {
      deletedAt: null,
      OR: [{ name: sameText(name) }, { slug: slugify(name) }, { id: { in: await idsByOtherName(tx, "topic", name) } }],
    },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  if (existing) return existing.id;
  let slug = slugify(name);
  for (let n = 2; await tx.topic.findUnique({ where: { slug }, select: { id: true } }); n++)
    slug = `${slugify(name)}-${n}`;
  const data = { name, slug };
  const created = await tx.topic.create({ data, select: { id: true } });
  await auditRecord(tx, user.id, "CREATE", ["TOPIC", created.id], { after: data });
  return created.id;
}

export async function resolveTopics(tx: Tx, text: string | undefined, user: CurrentUser): Promise<number[]> {
  const ids: number[] = [];
  for (const name of splitNames(text)) ids.push(await resolveTopic(tx, name, user));
  return [...new Set(ids)];
}

/** Countries are a fixed list: by name or ISO code, never created. */
export async function resolveCountries(tx: Tx, text: string | undefined, field: string): Promise<number[]> {
  const ids: number[] = [];
  for (const name of splitNames(text)) {
    const byCode = name.length === 2 ? [{ code: name.toUpperCase() }] : [];
    const country = await tx.country.findFirst({
      where: { OR: [{ name: sameText(name) }, ...byCode] },
      select: { id: true },
    });
    if (!country)
      throw new ActionError(`There is no country called “${name}”.`, { [field]: [`Unknown country: ${name}`] });
    ids.push(country.id);
  }
  return [...new Set(ids)];
}
