import "server-only";
import type { Tx } from "@/lib/prisma-client";
import type { FormValues } from "@/lib/forms/form-state";
import { outcomeSchema, updateOutcomeSchema } from "@/lib/outcomes/schema";
import { createOutcome, updateOutcome } from "@/lib/outcomes/mutations";
import { outcomeEditSelect, outcomeFormValues } from "@/lib/outcomes/form-values";
import { sameText } from "@/lib/records/like";
import { dateText, fieldErrors, list, refuse, uidId, updateFromRow, type Context, type Outcome } from "../row";

/** The meeting a row names: by dialogue-N, by a page address with #outcome-, or by its exact title. */
async function meetingFor(tx: Tx, f: Record<string, string>): Promise<number | null> {
  const ref = (f.dialogue ?? "").trim();
  const byUid = /^dialogue-(\d+)$/.exec(ref)?.[1] ?? /\/dialogues\/(\d+)#outcome-/.exec(f.url ?? "")?.[1];
  const found = byUid
    ? await tx.dialogue.findFirst({ where: { id: Number(byUid), deletedAt: null }, select: { id: true } })
    : ref
      ? await tx.dialogue.findFirst({ where: { title: sameText(ref), deletedAt: null }, select: { id: true } })
      : null;
  return found?.id ?? null;
}

/** An outcome or commitment row: a new outcome of a named meeting, or (with a commitment-N uid) an edit of one. */
export async function importOutcome(tx: Tx, f: Record<string, string>, ctx: Context, type: string): Promise<Outcome> {
  const id = /^commitment-(\d+)$/.exec(f.uid ?? "")?.[1];
  const row: FormValues = {
    text: f.title ?? "",
    dueDate: dateText(f),
    ...(f.topics !== undefined ? { topics: list(f.topics) } : {}),
    ...(f.kind ? { kind: f.kind.toUpperCase() } : {}),
    ...(f.status ? { followUpStatus: f.status.toUpperCase() } : {}),
  };
  if (id) {
    const current = await tx.outcome.findFirst({
      where: { id: uidId(id), deletedAt: null },
      select: outcomeEditSelect,
    });
    if (!current) return refuse(`there is no outcome ${f.uid} here (deleted, or the file comes from another Parley)`);
    return updateFromRow(
      f,
      current,
      outcomeFormValues(current),
      row,
      (values) => updateOutcomeSchema.safeParse({ ...values, id }),
      (input) => updateOutcome(input, ctx.user, tx),
    );
  }
  const dialogueId = await meetingFor(tx, f);
  if (!dialogueId) return refuse("name the meeting it came from (dialogue column: its title or dialogue-N)");
  const parsed = outcomeSchema.safeParse({
    kind: type === "commitment" ? "COMMITMENT" : "DECISION",
    ...row,
    dialogueId: String(dialogueId),
    agreementIds: [],
    participationIds: [],
  });
  if (!parsed.success) return refuse(fieldErrors(parsed.error));
  const same = await tx.outcome.findFirst({
    where: { dialogueId, text: parsed.data.text, deletedAt: null },
    select: { id: true },
  });
  if (same) return { action: "unchanged", reason: `already recorded as outcome ${same.id}` };
  const created = await createOutcome(parsed.data, ctx.user, tx);
  return { action: "create", reason: `outcome ${created}` };
}
