import "server-only";
import { db } from "@/lib/db";
import type { RecordType } from "@/generated/prisma/enums";

// Citations and links point at any record by (type, id). This module turns such references into
// titles and URLs, one query per record type.

export type RecordRef = { type: RecordType; id: number };

export const recordTypeLabel: Record<RecordType, string> = {
  COUNTRY: "Country", ORGANISATION: "Organisation", PERSON: "Person", POSITION: "Position", DIALOGUE_SERIES: "Dialogue series",
  DIALOGUE: "Dialogue", PARTICIPATION: "Participation", TOPIC: "Topic", AGREEMENT: "Agreement", OUTCOME: "Outcome",
  SOURCE: "Source", CITATION: "Citation", LINK: "Link", USER: "User",
};

/** "dialogue_series" in a URL to DIALOGUE_SERIES; null for anything else. */
export function parseRecordType(value: string): RecordType | null {
  const upper = value.toUpperCase();
  return upper in recordTypeLabel ? (upper as RecordType) : null;
}

export function recordHref(ref: RecordRef, slugOrCode?: string): string | null {
  switch (ref.type) {
    case "DIALOGUE": return `/dialogues/${ref.id}`;
    case "DIALOGUE_SERIES": return `/series/${ref.id}`;
    case "AGREEMENT": return `/agreements/${ref.id}`;
    case "PERSON": return `/people/${ref.id}`;
    case "ORGANISATION": return `/organisations/${ref.id}`;
    case "TOPIC": return slugOrCode ? `/topics/${slugOrCode}` : null;
    case "SOURCE": return `/sources/${ref.id}`;
    case "OUTCOME": return `/outcomes/${ref.id}/edit`;
    case "PARTICIPATION": return `/participations/${ref.id}/edit`;
    case "CITATION": return `/citations/${ref.id}/edit`;
    default: return null;
  }
}

type Titled = { title: string; href: string | null };

const truncate = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export async function recordTitles(refs: RecordRef[]): Promise<Map<string, Titled>> {
  const idsOf = (type: RecordType) => [...new Set(refs.filter((r) => r.type === type).map((r) => r.id))];
  const titles = new Map<string, Titled>();
  const put = (type: RecordType, id: number, title: string, key?: string) =>
    titles.set(`${type}:${id}`, { title, href: recordHref({ type, id }, key) });
  const when = <T>(ids: number[], load: (ids: number[]) => Promise<T[]>) => (ids.length ? load(ids) : Promise.resolve([] as T[]));

  const [dialogues, agreements, outcomes, people, organisations, topics, sources, series] = await Promise.all([
    when(idsOf("DIALOGUE"), (ids) => db.dialogue.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })),
    when(idsOf("AGREEMENT"), (ids) => db.agreement.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })),
    when(idsOf("OUTCOME"), (ids) => db.outcome.findMany({ where: { id: { in: ids } }, select: { id: true, text: true, dialogueId: true } })),
    when(idsOf("PERSON"), (ids) => db.person.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })),
    when(idsOf("ORGANISATION"), (ids) => db.organisation.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })),
    when(idsOf("TOPIC"), (ids) => db.topic.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, slug: true } })),
    when(idsOf("SOURCE"), (ids) => db.source.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })),
    when(idsOf("DIALOGUE_SERIES"), (ids) => db.dialogueSeries.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })),
  ]);
  for (const r of dialogues) put("DIALOGUE", r.id, r.title);
  for (const r of agreements) put("AGREEMENT", r.id, r.title);
  for (const r of outcomes) titles.set(`OUTCOME:${r.id}`, { title: truncate(r.text), href: `/dialogues/${r.dialogueId}#outcome-${r.id}` });
  for (const r of people) put("PERSON", r.id, r.name);
  for (const r of organisations) put("ORGANISATION", r.id, r.name);
  for (const r of topics) put("TOPIC", r.id, r.name, r.slug);
  for (const r of sources) put("SOURCE", r.id, r.title);
  for (const r of series) put("DIALOGUE_SERIES", r.id, r.name);
  return titles;
}
