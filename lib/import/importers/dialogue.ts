import "server-only";
import type { Tx } from "@/lib/prisma-client";
import type { FormValues } from "@/lib/forms/form-state";
import { dialogueSchema, updateDialogueSchema } from "@/lib/dialogues/schema";
import { createDialogue, updateDialogue } from "@/lib/dialogues/mutations";
import { dialogueEditSelect, dialogueFormValues } from "@/lib/dialogues/form-values";
import { sameText } from "@/lib/records/like";
import { dateText, fieldErrors, list, refuse, uidId, updateFromRow, venue, type Context, type Outcome } from "../row";

/** A dialogue row: a new meeting of a named series, or (with a dialogue-N uid) an edit of one. */
export async function importDialogue(tx: Tx, f: Record<string, string>, ctx: Context): Promise<Outcome> {
  const id = /^dialogue-(\d+)$/.exec(f.uid ?? "")?.[1];
  const row: FormValues = {
    title: f.title ?? "",
    startDate: dateText(f),
    endDate: dateText(f, "end_date", "end_precision"),
    ...(f.status ? { status: f.status.toUpperCase() } : {}),
    ...(f.kind ? { level: f.kind.toUpperCase() } : {}),
    ...(f.location !== undefined ? venue(f.location) : {}),
    ...(f.description !== undefined ? { summary: f.description } : {}),
    ...(f.topics !== undefined ? { topics: list(f.topics) } : {}),
  };
  if (id) {
    const current = await tx.dialogue.findFirst({
      where: { id: uidId(id), deletedAt: null },
      select: { ...dialogueEditSelect, series: { select: { name: true } } },
    });
    if (!current) return refuse(`there is no meeting ${f.uid} here (deleted, or the file comes from another Parley)`);
    if (f.series && f.series !== current.series.name)
      return refuse(`${f.uid} is a meeting of ${current.series.name}, not ${f.series}`);
    return updateFromRow(
      f,
      current,
      dialogueFormValues(current),
      row,
      (values) => updateDialogueSchema.safeParse({ ...values, id: String(current.id) }),
      (input) => updateDialogue(input, ctx.user, tx),
    );
  }
  const series = f.series
    ? await tx.dialogueSeries.findFirst({ where: { name: sameText(f.series), deletedAt: null }, select: { id: true } })
    : null;
  if (!series)
    return refuse(
      f.series ? `no dialogue series named "${f.series}": create it first` : "name the dialogue series (series column)",
    );
  const parsed = dialogueSchema.safeParse({ ...row, seriesId: String(series.id) });
  if (!parsed.success) return refuse(fieldErrors(parsed.error));
  const same = await tx.dialogue.findFirst({
    where: {
      seriesId: series.id,
      title: parsed.data.title,
      startDate: parsed.data.startDate?.date ?? null,
      deletedAt: null,
    },
    select: { id: true },
  });
  if (same) return { action: "unchanged", reason: `already recorded as dialogue-${same.id}` };
  const created = await createDialogue(parsed.data, ctx.user, tx);
  return { action: "create", reason: `dialogue-${created}` };
}
