import "server-only";
import type { Tx } from "@/lib/prisma-client";
import { db } from "@/lib/db";
import { today } from "@/lib/dates";
import { themeTrends } from "./theme-trends";
import { OPEN_FOLLOW_UP, PENDING_AGREEMENT } from "./pending";

// What a round inherits from the earlier rounds of its series: the commitments and next steps still
// open (oldest due first, with who made them), the agreements still proposed or under negotiation,
// the themes with their trend at the last round, and the last round's sources. Read on a planned
// meeting's page and on a series' "Prepare the next round" view.

const live = { deletedAt: null };
const MAX_ROUNDS = 200;

export type CarryOverOf = { id: number | null; seriesId: number; startDate: Date | null };

/**
 * The rounds of a series before a meeting, oldest first: those dated earlier; for a round with no
 * date yet (or one still to be planned, id null), every round held or dated up to today.
 */
export function earlierRounds({ id, seriesId, startDate }: CarryOverOf, tx: Tx = db) {
  return tx.dialogue.findMany({
    where: {
      ...live,
      seriesId,
      status: { not: "CANCELLED" },
      ...(id ? { id: { not: id } } : {}),
      ...(startDate ? { startDate: { lt: startDate } } : { OR: [{ status: "HELD" }, { startDate: { lte: today() } }] }),
    },
    orderBy: [{ startDate: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: MAX_ROUNDS,
    select: {
      id: true,
      title: true,
      startDate: true,
      startPrecision: true,
      status: true,
      topics: { where: { topic: live }, select: { topic: { select: { id: true, name: true, slug: true } } } },
    },
  });
}

/** The commitments and next steps of these rounds still open, the oldest due first. */
function openOutcomes(ids: number[]) {
  return db.outcome.findMany({
    where: { ...live, dialogueId: { in: ids }, followUpStatus: { in: [...OPEN_FOLLOW_UP] } },
    orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      kind: true,
      text: true,
      followUpStatus: true,
      dueDate: true,
      duePrecision: true,
      dialogue: { select: { id: true, title: true, startDate: true, startPrecision: true } },
      topics: { select: { topic: { select: { slug: true } } } },
      participants: {
        select: {
          participation: { select: { person: { select: { name: true } }, country: { select: { name: true } } } },
        },
      },
    },
  });
}

/** The agreements of these rounds not yet concluded, the latest moved first. */
function pendingAgreements(ids: number[]) {
  return db.agreement.findMany({
    where: { ...live, dialogueId: { in: ids }, status: { in: [...PENDING_AGREEMENT] } },
    orderBy: [{ statusChangedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    take: 100,
    select: {
      id: true,
      title: true,
      status: true,
      statusChangedAt: true,
      dialogue: { select: { id: true, title: true } },
      topics: { select: { topic: { select: { slug: true } } } },
    },
  });
}

/** What every round before it leaves open. */
const inherited = async (ids: number[], last: number) => {
  const [open, pending, sources] = await Promise.all([openOutcomes(ids), pendingAgreements(ids), roundSources(last)]);
  return { open, pending, sources };
};

type Inherited = Awaited<ReturnType<typeof inherited>>;
const nothing: Inherited = { open: [], pending: [], sources: [] };

export async function carryOver(of: CarryOverOf) {
  const rounds = (await earlierRounds(of)).reverse();
  const last = rounds.at(-1) ?? null;
  const left = last
    ? await inherited(
        rounds.map((r) => r.id),
        last.id,
      )
    : nothing;
  const themes = themeTrends(rounds.map((r) => r.topics.map((t) => t.topic)));
  return { rounds, last, themes, ...left };
}

export type CarryOver = Awaited<ReturnType<typeof carryOver>>;

/** The sources cited for a round or any of its parts. */
export async function roundSources(dialogueId: number) {
  const parts = await db.dialogue.findUniqueOrThrow({
    where: { id: dialogueId },
    select: {
      outcomes: { where: live, select: { id: true } },
      agreements: { where: live, select: { id: true } },
      participations: { where: live, select: { id: true } },
    },
  });
  const cited = [
    { recordType: "DIALOGUE" as const, recordId: { in: [dialogueId] } },
    { recordType: "OUTCOME" as const, recordId: { in: parts.outcomes.map((o) => o.id) } },
    { recordType: "AGREEMENT" as const, recordId: { in: parts.agreements.map((a) => a.id) } },
    { recordType: "PARTICIPATION" as const, recordId: { in: parts.participations.map((p) => p.id) } },
  ];
  return db.source.findMany({
    where: { ...live, citations: { some: { deletedAt: null, OR: cited } } },
    orderBy: [{ publishedDate: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    take: 50,
    select: { id: true, title: true, publisher: true, url: true, publishedDate: true, publishedPrecision: true },
  });
}

/** The round a series' "Prepare the next round" view is about: its next planned round, soonest first. */
export function nextPlannedRound(seriesId: number, tx: Tx = db) {
  return tx.dialogue.findFirst({
    where: { ...live, seriesId, status: { in: ["PLANNED", "POSTPONED"] } },
    orderBy: [{ startDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    select: { id: true, title: true, seriesId: true, status: true, startDate: true, startPrecision: true },
  });
}
