import "server-only";
import { db } from "@/lib/db";
import { idsByOtherName, matchedOtherName } from "./other-names";
import { containsText, likeText, sameText, startsWithText } from "./like";

export const SUGGEST_KINDS = [
  "organisation",
  "person",
  "topic",
  "country",
  "series",
  "source",
  "dialogue",
  "agreement",
] as const;
export type SuggestKind = (typeof SUGGEST_KINDS)[number];
/** `via`: the alias or synonym the text matched, when the name itself does not contain it */
export type Suggestion = { id: number; label: string; detail?: string; via?: string };

const LIMIT = 8;

/** Existing records whose name (or acronym, alias, synonym, code) starts with or contains the text. */
export async function suggest(kind: SuggestKind, text: string): Promise<Suggestion[]> {
  const q = text.trim().slice(0, 100);
  if (!q) return [];
  const like = containsText(q);
  const live = { deletedAt: null };
  switch (kind) {
    case "organisation":
      return (
        await db.organisation.findMany({
          where: { ...live, OR: [{ name: like }, { acronym: sameText(q) }, { acronym: startsWithText(q) }] },
          orderBy: { name: "asc" },
          take: LIMIT,
          select: { id: true, name: true, acronym: true, country: { select: { name: true } } },
        })
      ).map((o) => ({ id: o.id, label: o.name, detail: [o.acronym, o.country?.name].filter(Boolean).join(" · ") }));
    case "person":
      return (
        await db.person.findMany({
          where: { ...live, OR: [{ name: like }, { id: { in: await idsByOtherName(db, "person", q, "prefix") } }] },
          orderBy: { name: "asc" },
          take: LIMIT,
          select: { id: true, name: true, aliases: true, country: { select: { name: true } } },
        })
      ).map((p) => ({
        id: p.id,
        label: p.name,
        detail: p.country?.name,
        via: matchedOtherName(p.name, p.aliases, q),
      }));
    case "topic":
      return (
        await db.topic.findMany({
          where: {
            ...live,
            OR: [
              { name: like },
              { slug: { startsWith: likeText(q.toLowerCase()) } },
              { id: { in: await idsByOtherName(db, "topic", q, "prefix") } },
            ],
          },
          orderBy: { name: "asc" },
          take: LIMIT,
          select: { id: true, name: true, synonyms: true, parent: { select: { name: true } } },
        })
      ).map((t) => ({ id: t.id, label: t.name, detail: t.parent?.name, via: matchedOtherName(t.name, t.synonyms, q) }));
    case "country":
      return (
        await db.country.findMany({
          where: { ...live, OR: [{ name: like }, { code: { equals: q.toUpperCase() } }] },
          orderBy: { name: "asc" },
          take: LIMIT,
          select: { id: true, name: true, code: true },
        })
      ).map((c) => ({ id: c.id, label: c.name, detail: c.code }));
    case "series":
      return (
        await db.dialogueSeries.findMany({
          where: { ...live, OR: [{ name: like }, { shortName: like }] },
          orderBy: { name: "asc" },
          take: LIMIT,
          select: { id: true, name: true, shortName: true },
        })
      ).map((s) => ({ id: s.id, label: s.name, detail: s.shortName ?? undefined }));
    case "source":
      return (
        await db.source.findMany({
          where: { ...live, title: like },
          orderBy: { id: "desc" },
          take: LIMIT,
          select: { id: true, title: true, publisher: true },
        })
      ).map((s) => ({ id: s.id, label: s.title, detail: s.publisher ?? undefined }));
    case "dialogue":
      return (
        await db.dialogue.findMany({
          where: { ...live, title: like },
          orderBy: { startDate: { sort: "desc", nulls: "first" } },
          take: LIMIT,
          select: { id: true, title: true, status: true },
        })
      ).map((d) => ({ id: d.id, label: d.title, detail: d.status.toLowerCase() }));
    case "agreement":
      return (
        await db.agreement.findMany({
          where: { ...live, title: like },
          orderBy: { id: "desc" },
          take: LIMIT,
          select: { id: true, title: true, status: true },
        })
      ).map((a) => ({ id: a.id, label: a.title, detail: a.status.toLowerCase().replace("_", " ") }));
  }
}
