import "server-only";
import { db } from "@/lib/db";
import { columns } from "@/lib/forms/form-values";
import type { CitationStance, RecordType } from "@/generated/prisma/enums";
import { recordTitles } from "@/lib/records/titles";
import { citationEditSelect, sourceEditSelect } from "./form-values";

/** What a source says of itself: its title, who published it where and when, its kind and reliability. */
export const sourceFacts = {
  id: true,
  title: true,
  publisher: true,
  url: true,
  publishedDate: true,
  publishedPrecision: true,
  kind: true,
  reliability: true,
} as const;

export type CitedRecords = { recordType: RecordType; ids: number[] }[];

/** The citations backing a set of records, in one query, keyed "TYPE:id". */
export async function citationsFor(records: CitedRecords) {
  const wanted = records.filter((r) => r.ids.length > 0);
  if (wanted.length === 0) return new Map<string, Citation[]>();
  const rows = await db.citation.findMany({
    where: { deletedAt: null, OR: wanted.map((r) => ({ recordType: r.recordType, recordId: { in: r.ids } })) },
    orderBy: { id: "asc" },
    select: {
      ...columns("id", "recordType", "recordId", "quote", "credibility", "note", "stance"),
      source: { select: { id: true, title: true, publisher: true, reliability: true, url: true } },
    },
  });
  const byRecord = new Map<string, Citation[]>();
  for (const row of rows) {
    const key = citationKey(row.recordType, row.recordId);
    byRecord.set(key, [...(byRecord.get(key) ?? []), row]);
  }
  return byRecord;
}

export function citationKey(recordType: RecordType, id: number) {
  return `${recordType}:${id}`;
}

type Citation = {
  id: number;
  recordType: RecordType;
  recordId: number;
  quote: string | null;
  credibility: number;
  note: string | null;
  stance: CitationStance;
  source: { id: number; title: string; publisher: string | null; reliability: string; url: string | null };
};

export async function getSource(id: number) {
  const source = await db.source.findFirst({
    where: { id, deletedAt: null },
    select: {
      ...columns("id", "title", "publisher", "url", "publishedDate", "publishedPrecision", "kind"),
      ...columns("reliability", "body"),
      citations: {
        where: { deletedAt: null },
        orderBy: { id: "asc" },
        select: { id: true, recordType: true, recordId: true, quote: true, credibility: true, note: true },
      },
    },
  });
  if (!source) return null;
  const titles = await recordTitles(source.citations.map((c) => ({ type: c.recordType, id: c.recordId })));
  return {
    ...source,
    citations: source.citations.map((c) => ({ ...c, record: titles.get(`${c.recordType}:${c.recordId}`) ?? null })),
  };
}

/** Sources to cite from, newest first. */
/** Sources to choose from, newest first; `first` (a meeting's own sources, say) lead the list. */
export async function sourceOptions(limit = 200, first: { id: number; title: string }[] = []) {
  const rows = await db.source.findMany({
    where: { deletedAt: null, id: { notIn: first.map((s) => s.id) } },
    orderBy: { id: "desc" },
    take: limit,
    select: { id: true, title: true },
  });
  return [...first, ...rows].map((s) => ({ value: String(s.id), label: s.title }));
}

export async function getSourceForEdit(id: number) {
  return db.source.findFirst({ where: { id, deletedAt: null }, select: { id: true, ...sourceEditSelect } });
}

export async function getCitationForEdit(id: number) {
  return db.citation.findFirst({
    where: { id, deletedAt: null },
    select: { id: true, ...citationEditSelect, source: { select: { title: true } } },
  });
}

/** The meetings a source is already cited for, with their parts: what a passage selected on its page can back. */
export async function meetingsCitedBy(sourceId: number) {
  const cited = await db.citation.findMany({
    where: { sourceId, deletedAt: null },
    select: { recordType: true, recordId: true },
  });
  const ids = (type: RecordType) => cited.filter((c) => c.recordType === type).map((c) => c.recordId);
  const [participations, agreements, outcomes] = await Promise.all([
    db.participation.findMany({ where: { id: { in: ids("PARTICIPATION") } }, select: { dialogueId: true } }),
    db.agreement.findMany({ where: { id: { in: ids("AGREEMENT") } }, select: { dialogueId: true } }),
    db.outcome.findMany({ where: { id: { in: ids("OUTCOME") } }, select: { dialogueId: true } }),
  ]);
  const dialogueIds = [
    ...new Set([
      ...ids("DIALOGUE"),
      ...[...participations, ...agreements, ...outcomes].flatMap((r) => r.dialogueId ?? []),
    ]),
  ];
  const live = { deletedAt: null };
  return db.dialogue.findMany({
    where: { id: { in: dialogueIds }, ...live },
    orderBy: { id: "asc" },
    take: 10,
    select: {
      id: true,
      title: true,
      participations: { where: live, select: { id: true, person: { select: { name: true } } } },
      agreements: { where: live, select: { id: true, title: true } },
      outcomes: { where: live, select: { id: true, text: true } },
    },
  });
}
