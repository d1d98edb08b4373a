import "server-only";
import type { Tx } from "@/lib/prisma-client";
import { db } from "@/lib/db";
import { earlierRounds, nextPlannedRound } from "@/lib/rounds/carry-over";
import { OPEN_FOLLOW_UP, PENDING_AGREEMENT } from "@/lib/rounds/pending";

// A meeting's agenda: its own items in order, and the items earlier rounds left unfinished that
// carry into it. The carry rules live here (docs/decisions/008-agenda-carry-over.md).

const live = { deletedAt: null };

const itemSelect = {
  id: true,
  version: true,
  position: true,
  title: true,
  note: true,
  status: true,
  outcomeId: true,
  agreementId: true,
  topicId: true,
  outcome: { select: { id: true, text: true, followUpStatus: true, dueDate: true, duePrecision: true } },
  agreement: { select: { id: true, title: true, status: true } },
  topic: { select: { id: true, name: true, slug: true } },
  settledBy: { select: { id: true, text: true } },
  carriedFrom: { select: { id: true, dialogue: { select: { id: true, title: true } } } },
  dialogue: { select: { id: true, title: true, startDate: true, startPrecision: true } },
} as const;

/**
 * Unfinished: not agreed or dropped at its meeting (unmarked, discussed or deferred), its
 * commitment still open and its agreement still pending, and not taken up by a later item.
 */
const unfinished = {
  ...live,
  OR: [{ status: null }, { status: { in: ["DISCUSSED" as const, "DEFERRED" as const] } }],
  takenUpBy: { none: live },
  NOT: [
    { outcome: { followUpStatus: { notIn: [...OPEN_FOLLOW_UP] } } },
    { outcome: { deletedAt: { not: null } } },
    { agreement: { status: { notIn: [...PENDING_AGREEMENT] } } },
  ],
};

type Meeting = { id: number; seriesId: number; status: string; startDate: Date | null };

/**
 * The unfinished items of the held rounds before a meeting that carry into it. They carry into the
 * series' next planned round, from every held round before it; and into a held round from the held
 * round just before it, so that what became of them there can be marked.
 */
export async function carriedInto(meeting: Meeting, tx: Tx = db) {
  const rounds = (await earlierRounds(meeting, tx)).filter((r) => r.status === "HELD");
  let from: number[];
  if (meeting.status === "HELD") from = rounds.slice(0, 1).map((r) => r.id);
  else if (meeting.status === "PLANNED" || meeting.status === "POSTPONED")
    from = (await nextPlannedRound(meeting.seriesId, tx))?.id === meeting.id ? rounds.map((r) => r.id) : [];
  else from = [];
  if (!from.length) return [];
  return tx.agendaItem.findMany({
    where: { ...unfinished, dialogueId: { in: from } },
    orderBy: [{ dialogue: { startDate: { sort: "asc", nulls: "last" } } }, { position: "asc" }, { id: "asc" }],
    take: 200,
    select: itemSelect,
  });
}

/** A meeting's own agenda items, in order. */
export function agendaItems(dialogueId: number) {
  return db.agendaItem.findMany({
    where: { dialogueId, ...live },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    take: 500,
    select: itemSelect,
  });
}

export async function agendaOf(meeting: Meeting) {
  const [items, carried] = await Promise.all([agendaItems(meeting.id), carriedInto(meeting)]);
  return { items, carried };
}

export type Agenda = Awaited<ReturnType<typeof agendaOf>>;
export type AgendaItemRow = Agenda["items"][number];
