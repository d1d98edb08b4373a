import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { today as todayOf } from "@/lib/dates";
import { addDays, commitmentConcern, HORIZON_DAYS } from "@/lib/alerts/rules";
import { OPEN_FOLLOW_UP } from "@/lib/rounds/pending";
import { recordTitles, refKey, type RecordRef } from "@/lib/records/titles";
import type { DatePrecision, RecordType, WatchKind } from "@/generated/prisma/enums";
import { newsOf, type NewsKind } from "./changes";
import { scopeOf, type Scope } from "./scope";
import { viewMatchesSince } from "./view-matches";
import type { SavedViewPage } from "./views";

// A watch's news after a moment: changes others made to what it covers (from the audit trail,
// written in the same transaction as every change), commitments that fell due or became overdue
// and agreement terms that came within 90 days of their end since then; for a saved view, what
// was recorded since that matches it. One line per record and kind of news, newest first.

export type NewsLine = { key: string; kind: NewsKind; title: string; href: string | null; at: Date; detail?: string };

export type WatchRow = {
  id: number;
  kind: WatchKind;
  targetId: number;
  otherId: number;
  muted: boolean;
  seenAt: Date;
};

/** A saved view's page and filters, for a watch of kind VIEW. */
export type ViewOf = (watch: WatchRow) => { page: SavedViewPage; query: string } | undefined;

/** At most this many lines of news per watch. */
export const MAX_LINES = 100;

type Found = { kind: NewsKind; ref: RecordRef; at: Date; detail?: string };

const TABLE = { DIALOGUE: "Dialogue", AGREEMENT: "Agreement", OUTCOME: "Outcome" } as const;
const SCOPE_OF_TYPE = { DIALOGUE: "dialogue", AGREEMENT: "agreement", OUTCOME: "outcome" } as const;

function covered(scope: Scope): Prisma.Sql | null {
  const parts = (Object.keys(TABLE) as (keyof typeof TABLE)[]).flatMap((type) => {
    const condition = scope[SCOPE_OF_TYPE[type]];
    if (!condition) return [];
    const table = Prisma.raw(`"${TABLE[type]}"`);
    return [
      Prisma.sql`(e."recordType" = ${type}::"RecordType" AND e."recordId" IN (SELECT a.id FROM ${table} a WHERE a."deletedAt" IS NULL AND ${condition}))`,
    ];
  });
  return parts.length ? Prisma.join(parts, " OR ") : null;
}

type Event = {
  at: Date;
  action: string;
  recordType: RecordType;
  recordId: number;
  after: Record<string, unknown> | null;
};

/** Changes by others to what the scope covers, after `since`. */
async function changes(scope: Scope, userId: number, since: Date): Promise<Found[]> {
  const condition = covered(scope);
  if (!condition) return [];
  const events = await db.$queryRaw<Event[]>`
    SELECT e.at, e.action::text AS action, e."recordType", e."recordId", e.after
    FROM "AuditEvent" e
    WHERE e.at > ${since} AND e."userId" IS DISTINCT FROM ${userId}
      AND e.action IN ('CREATE', 'RESTORE', 'UPDATE', 'STATUS_CHANGE') AND (${condition})
    ORDER BY e.at DESC, e.id DESC LIMIT ${MAX_LINES * 3}`;
  return events.flatMap((e) => {
    const news = newsOf(e);
    return news ? [{ ...news, ref: { type: e.recordType, id: e.recordId }, at: e.at }] : [];
  });
}

/** Open commitments in the scope that came due within 30 days, or became overdue, after `since`. */
async function deadlines(scope: Scope, since: Date, now: Date): Promise<Found[]> {
  if (!scope.outcome) return [];
  const today = todayOf(now);
  const rows = await db.$queryRaw<{ id: number; dueDate: Date; duePrecision: DatePrecision | null }[]>`
    SELECT a.id, a."dueDate", a."duePrecision" FROM "Outcome" a
    WHERE a."deletedAt" IS NULL AND ${scope.outcome}
      AND a."followUpStatus"::text IN (${Prisma.join([...OPEN_FOLLOW_UP])})
      AND a."dueDate" IS NOT NULL
      AND a."dueDate" <= ${addDays(today, HORIZON_DAYS.commitment)}
      AND a."dueDate" >= ${addDays(since, -400)}
    ORDER BY a."dueDate" DESC LIMIT ${MAX_LINES}`;
  return rows.flatMap((o) => {
    const concern = commitmentConcern(o.dueDate, o.duePrecision, today);
    if (!concern || concern.since <= since || concern.since > now) return [];
    const kind = concern.overdue ? "commitment-overdue" : "commitment-due";
    return [{ kind, ref: { type: "OUTCOME", id: o.id }, at: concern.since }] satisfies Found[];
  });
}

/** Agreements in force in the scope whose term came within 90 days of its end after `since`. */
async function termsEnding(scope: Scope, since: Date, now: Date): Promise<Found[]> {
  if (!scope.agreement) return [];
  const today = todayOf(now);
  const rows = await db.$queryRaw<{ id: number; termEndsOn: Date }[]>`
    SELECT a.id, a."termEndsOn" FROM "Agreement" a
    WHERE a."deletedAt" IS NULL AND ${scope.agreement} AND a.status IN ('SIGNED', 'IN_FORCE')
      AND a."termEndsOn" >= ${today} AND a."termEndsOn" <= ${addDays(today, HORIZON_DAYS.agreement)}
    ORDER BY a."termEndsOn" LIMIT ${MAX_LINES}`;
  return rows.flatMap((a) => {
    const at = addDays(a.termEndsOn, -HORIZON_DAYS.agreement);
    return at > since && at <= now
      ? [{ kind: "term-ending" as const, ref: { type: "AGREEMENT" as const, id: a.id }, at }]
      : [];
  });
}

/** One line per record and kind of news (the newest), newest first, titled. */
async function titled(found: Found[]): Promise<NewsLine[]> {
  const newest = new Map<string, Found>();
  for (const f of found.sort((a, b) => b.at.getTime() - a.at.getTime())) {
    const key = `${f.kind}:${refKey(f.ref)}`;
    if (!newest.has(key)) newest.set(key, f);
  }
  const lines = [...newest.entries()].slice(0, MAX_LINES);
  const titles = await recordTitles(lines.map(([, f]) => f.ref));
  return lines.map(([key, f]) => {
    const t = titles.get(refKey(f.ref));
    return { key, kind: f.kind, title: t?.title ?? "(removed)", href: t?.href ?? null, at: f.at, detail: f.detail };
  });
}

/** The watch's news after `since` (as its owner sees it: their own changes are not news to them). */
export async function newsOfWatch(
  watch: WatchRow,
  userId: number,
  since: Date,
  viewOf: ViewOf,
  now = new Date(),
): Promise<NewsLine[]> {
  if (watch.kind === "VIEW") {
    const view = viewOf(watch);
    if (!view) return [];
    const { items } = await viewMatchesSince(view.page, view.query, since, MAX_LINES);
    return items.map((m) => ({ key: `match:${m.key}`, kind: "match", title: m.title, href: m.href, at: m.at ?? now }));
  }
  const scope = await scopeOf(watch);
  const found = await Promise.all([
    changes(scope, userId, since),
    deadlines(scope, since, now),
    termsEnding(scope, since, now),
  ]);
  return titled(found.flat());
}
