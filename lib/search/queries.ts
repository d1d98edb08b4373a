import "server-only";
import { db } from "@/lib/db";

export const MAX_QUERY_LENGTH = 200;

/** Trims, collapses whitespace and caps the length; an empty result means "no search". */
export function normaliseQuery(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] ?? "" : raw ?? "";
  return value.replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH);
}

/**
 * Case-insensitive substring search over names and titles, grouped by record type.
 * (Ranked full-text search over passages and synonyms replaces this in the search issue.)
 */
export async function searchRecords(query: string, perType = 10) {
  const text = { contains: query, mode: "insensitive" as const };
  const live = { deletedAt: null };
  const [dialogues, agreements, people, organisations, topics, sources] = await Promise.all([
    db.dialogue.findMany({ where: { ...live, OR: [{ title: text }, { summary: text }] }, take: perType, orderBy: { startDate: { sort: "desc", nulls: "first" } }, select: { id: true, title: true } }),
    db.agreement.findMany({ where: { ...live, OR: [{ title: text }, { summary: text }] }, take: perType, orderBy: { id: "desc" }, select: { id: true, title: true } }),
    db.person.findMany({ where: { ...live, OR: [{ name: text }, { aliases: { has: query } }] }, take: perType, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.organisation.findMany({ where: { ...live, OR: [{ name: text }, { acronym: { equals: query, mode: "insensitive" } }] }, take: perType, orderBy: { name: "asc" }, select: { id: true, name: true, acronym: true } }),
    db.topic.findMany({ where: { ...live, OR: [{ name: text }, { synonyms: { has: query } }] }, take: perType, orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    db.source.findMany({ where: { ...live, OR: [{ title: text }, { body: text }] }, take: perType, orderBy: { id: "desc" }, select: { id: true, title: true } }),
  ]);
  return [
    { label: "Dialogues", items: dialogues.map((r) => ({ key: `d${r.id}`, title: r.title, href: `/dialogues/${r.id}` })) },
    { label: "Agreements", items: agreements.map((r) => ({ key: `a${r.id}`, title: r.title, href: `/agreements/${r.id}` })) },
    { label: "People", items: people.map((r) => ({ key: `p${r.id}`, title: r.name, href: `/people/${r.id}` })) },
    { label: "Organisations", items: organisations.map((r) => ({ key: `o${r.id}`, title: r.acronym ? `${r.name} (${r.acronym})` : r.name, href: `/organisations/${r.id}` })) },
    { label: "Topics", items: topics.map((r) => ({ key: `t${r.slug}`, title: r.name, href: `/topics/${r.slug}` })) },
    { label: "Sources", items: sources.map((r) => ({ key: `s${r.id}`, title: r.title, href: `/sources/${r.id}` })) },
  ];
}
