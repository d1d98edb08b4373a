import "server-only";
import { inTransaction } from "@/lib/db";
import type { Tx } from "@/lib/prisma-client";
import { auditRecord } from "@/lib/audit/record";
import { ActionError } from "@/lib/errors";
import { versionedUpdate } from "@/lib/records/versioned-update";
import { resolveTopics } from "@/lib/records/resolve";
import { listAudit, rewriteJoinRows } from "@/lib/records/join-rows";
import type { CurrentUser } from "@/lib/auth/session";
import type { DialogueInput } from "./schema";
import { type DialogueEditRow, dialogueEdit } from "./form-values";

async function columns(tx: Tx, input: DialogueInput) {
  const [series, country] = await Promise.all([
    tx.dialogueSeries.findFirst({ where: { id: input.seriesId, deletedAt: null }, select: { id: true } }),
    input.venueCountry ? tx.country.findUnique({ where: { code: input.venueCountry }, select: { id: true } }) : null,
  ]);
  if (!series) throw new ActionError("That series no longer exists.", { seriesId: ["Choose a series from the list"] });
  return {
    seriesId: input.seriesId,
    title: input.title,
    roundNumber: input.roundNumber ?? null,
    level: input.level,
    status: input.status,
    startDate: input.startDate?.date ?? null,
    startPrecision: input.startDate?.precision ?? "DAY",
    endDate: input.endDate?.date ?? null,
    endPrecision: input.endDate?.precision ?? null,
    venueCity: input.venueCity ?? null,
    venueCountryId: country?.id ?? null,
    summary: input.summary ?? null,
    announcedById: input.announcedById ?? null,
  };
}

export async function createDialogue(input: DialogueInput, user: CurrentUser, outer?: Tx): Promise<number> {
  return inTransaction(outer, async (tx) => {
    const data = await columns(tx, input);
    const topicIds = await resolveTopics(tx, input.topics, user);
    const created = await tx.dialogue.create({
      data: { ...data, topics: { create: topicIds.map((topicId) => ({ topicId })) } },
      select: { id: true },
    });
    await auditRecord(tx, user.id, "CREATE", ["DIALOGUE", created.id], { after: { ...data, topicIds } });
    return created.id;
  });
}

/** Saves over `version` only: a newer version means someone else saved first (ConflictError). */
export async function updateDialogue(
  input: DialogueInput & { id: number; version: number },
  user: CurrentUser,
  outer?: Tx,
): Promise<void> {
  await inTransaction(outer, async (tx) => {
    if (input.announcedById === input.id)
      throw new ActionError("A meeting cannot announce itself.", { announcedById: ["Choose another meeting"] });
    const data = await columns(tx, input);
    const topicIds = await resolveTopics(tx, input.topics, user);
    const lists = (row: DialogueEditRow) => ({
      topicIds: { before: row.topics.map((t) => t.topicId), after: topicIds },
    });
    const current = await versionedUpdate(tx, dialogueEdit, input, data, user, (row) => listAudit(lists(row)));
    await rewriteJoinRows(tx.dialogueTopic, { dialogueId: input.id }, lists(current).topicIds, (topicId) => ({
      topicId,
    }));
  });
}
