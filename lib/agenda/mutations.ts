import "server-only";
import type { Tx } from "@/lib/prisma-client";
import { inTransaction } from "@/lib/db";
import { auditRecord } from "@/lib/audit/record";
import { ActionError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/auth/session";
import { versionedUpdate, type EditForm } from "@/lib/records/versioned-update";
import { OPEN_FOLLOW_UP, PENDING_AGREEMENT } from "@/lib/rounds/pending";
import { carriedInto } from "./queries";
import type {
  AgendaItemInput,
  AgendaOrigin,
  MarkAgendaItemInput,
  MoveAgendaItemInput,
  TakeUpAgendaItemInput,
  UpdateAgendaItemInput,
} from "./schema";

const live = { deletedAt: null };

type Origin = { title: string; outcomeId: number | null; agreementId: number | null; topicId: number | null };

/** The record an item carries over, as it stands: only what a planned round would inherit. */
async function resolveOrigin(tx: Tx, seriesId: number, dialogueId: number, origin: AgendaOrigin): Promise<Origin> {
  const none = { outcomeId: null, agreementId: null, topicId: null };
  const refuse = (message: string): never => {
    throw new ActionError(message, { origin: [message] });
  };
  if (origin.type === "OUTCOME") {
    const outcome = await tx.outcome.findFirst({
      where: { id: origin.id, ...live, dialogue: { ...live, seriesId, id: { not: dialogueId } } },
      select: { text: true, followUpStatus: true },
    });
    if (!outcome) return refuse("Choose a commitment of an earlier round of this series");
    if (!outcome.followUpStatus || !(OPEN_FOLLOW_UP as readonly string[]).includes(outcome.followUpStatus))
      refuse("That commitment is no longer open");
    return { ...none, title: outcome.text, outcomeId: origin.id };
  }
  if (origin.type === "AGREEMENT") {
    const agreement = await tx.agreement.findFirst({
      where: { id: origin.id, ...live },
      select: { title: true, status: true },
    });
    if (!agreement) return refuse("That agreement has been deleted");
    if (!(PENDING_AGREEMENT as readonly string[]).includes(agreement.status))
      refuse("That agreement is no longer proposed or under negotiation");
    return { ...none, title: agreement.title, agreementId: origin.id };
  }
  const topic = await tx.topic.findFirst({ where: { id: origin.id, ...live }, select: { name: true } });
  if (!topic) return refuse("That theme has been deleted");
  return { ...none, title: topic.name, topicId: origin.id };
}

async function meeting(tx: Tx, dialogueId: number) {
  const dialogue = await tx.dialogue.findFirst({
    where: { id: dialogueId, ...live },
    select: { id: true, seriesId: true, status: true, startDate: true },
  });
  if (!dialogue) throw new ActionError("This meeting has been deleted.");
  if (dialogue.status === "CANCELLED") throw new ActionError("This meeting was cancelled: it has no agenda.");
  return dialogue;
}

const nextPosition = async (tx: Tx, dialogueId: number) =>
  ((await tx.agendaItem.aggregate({ where: { dialogueId, ...live }, _max: { position: true } }))._max.position ?? 0) +
  1;

/** Adds an item at the end of a meeting's agenda; the same record is on one agenda once. */
export async function addAgendaItem(input: AgendaItemInput, user: CurrentUser, outer?: Tx): Promise<number> {
  return inTransaction(outer, async (tx) => {
    const dialogue = await meeting(tx, input.dialogueId);
    const origin = input.origin
      ? await resolveOrigin(tx, dialogue.seriesId, dialogue.id, input.origin)
      : { title: input.title!, outcomeId: null, agreementId: null, topicId: null };
    if (input.origin) {
      const key = { OUTCOME: "outcomeId", AGREEMENT: "agreementId", TOPIC: "topicId" }[input.origin.type];
      const twice = await tx.agendaItem.count({ where: { dialogueId: dialogue.id, ...live, [key]: input.origin.id } });
      if (twice) throw new ActionError("That is already on this agenda.", { origin: ["Already on this agenda"] });
    }
    const data = {
      dialogueId: dialogue.id,
      position: await nextPosition(tx, dialogue.id),
      ...origin,
      title: input.title ?? origin.title,
      note: input.note ?? null,
    };
    const created = await tx.agendaItem.create({ data, select: { id: true } });
    await auditRecord(tx, user.id, "CREATE", ["AGENDA_ITEM", created.id], { after: data });
    return created.id;
  });
}

const itemEdit: EditForm<{ title: string; note: string | null }> = {
  recordType: "AGENDA_ITEM",
  select: { version: true, title: true, note: true },
  toForm: (item) => ({ title: item.title, note: item.note ?? "" }),
};

export async function updateAgendaItem(input: UpdateAgendaItemInput, user: CurrentUser): Promise<void> {
  await inTransaction(undefined, (tx) =>
    versionedUpdate(tx, itemEdit, input, { title: input.title, note: input.note ?? null }, user),
  );
}

const positionEdit: EditForm<{ position: number }> = {
  recordType: "AGENDA_ITEM",
  select: { version: true, position: true },
  toForm: (item) => ({ position: String(item.position) }),
};

/** Swaps an item with its neighbour above or below; at either end nothing moves. */
export async function moveAgendaItem(input: MoveAgendaItemInput, user: CurrentUser): Promise<void> {
  await inTransaction(undefined, async (tx) => {
    const item = await tx.agendaItem.findFirst({
      where: { id: input.id, ...live },
      select: { dialogueId: true, position: true },
    });
    if (!item) throw new ActionError("This agenda item has been deleted.");
    const up = input.direction === "up";
    const neighbour = await tx.agendaItem.findFirst({
      where: { dialogueId: item.dialogueId, ...live, position: up ? { lt: item.position } : { gt: item.position } },
      orderBy: [{ position: up ? "desc" : "asc" }, { id: up ? "desc" : "asc" }],
      select: { id: true, version: true, position: true },
    });
    if (!neighbour) return;
    await versionedUpdate(tx, positionEdit, input, { position: neighbour.position }, user);
    await versionedUpdate(tx, positionEdit, neighbour, { position: item.position }, user);
  });
}

/** The meeting must have been held, and the outcome that settled the item must be one of its own. */
async function checkMark(tx: Tx, dialogue: { id: number; status: string }, settledById: number | undefined) {
  if (dialogue.status !== "HELD")
    throw new ActionError("Mark agenda items once the meeting is held.", {
      status: ["The meeting is not marked held yet"],
    });
  if (settledById === undefined) return null;
  const outcome = await tx.outcome.count({ where: { id: settledById, dialogueId: dialogue.id, ...live } });
  if (!outcome)
    throw new ActionError("Choose an outcome of this meeting.", { settledById: ["Not an outcome of this meeting"] });
  return settledById;
}

const markEdit: EditForm<{ status: string | null; settledById: number | null }> = {
  recordType: "AGENDA_ITEM",
  select: { version: true, status: true, settledById: true },
  toForm: (item) => ({ status: item.status ?? "", settledById: item.settledById ? String(item.settledById) : "" }),
};

export async function markAgendaItem(input: MarkAgendaItemInput, user: CurrentUser): Promise<void> {
  await inTransaction(undefined, async (tx) => {
    const item = await tx.agendaItem.findFirst({
      where: { id: input.id, ...live },
      select: { dialogue: { select: { id: true, status: true } } },
    });
    if (!item) throw new ActionError("This agenda item has been deleted.");
    const settledById = await checkMark(tx, item.dialogue, input.settledById);
    await versionedUpdate(tx, markEdit, input, { status: input.status, settledById }, user);
  });
}

/**
 * Takes an unfinished item of an earlier round onto this meeting's agenda: a new item that points
 * back to it (the chain shows where it was carried from), marked at once if the meeting was held.
 */
export async function takeUpAgendaItem(input: TakeUpAgendaItemInput, user: CurrentUser, outer?: Tx): Promise<number> {
  return inTransaction(outer, async (tx) => {
    const dialogue = await meeting(tx, input.dialogueId);
    const carried = await carriedInto(dialogue, tx);
    const from = carried.find((item) => item.id === input.carriedFromId);
    if (!from)
      throw new ActionError("That item is no longer carried into this meeting: reload the page.", {
        carriedFromId: ["Taken up elsewhere, finished or deleted"],
      });
    const settledById = input.status ? await checkMark(tx, dialogue, input.settledById) : null;
    const data = {
      dialogueId: dialogue.id,
      position: await nextPosition(tx, dialogue.id),
      title: from.title,
      note: from.note,
      outcomeId: from.outcomeId,
      agreementId: from.agreementId,
      topicId: from.topicId,
      carriedFromId: from.id,
      status: input.status ?? null,
      settledById,
    };
    const created = await tx.agendaItem.create({ data, select: { id: true } });
    await auditRecord(tx, user.id, "CREATE", ["AGENDA_ITEM", created.id], { after: data });
    return created.id;
  });
}
