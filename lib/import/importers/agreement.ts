import "server-only";
import type { Tx } from "@/lib/prisma-client";
import { agreementSchema, statusChangeSchema } from "@/lib/agreements/schema";
import { changeAgreementStatus, createAgreement } from "@/lib/agreements/mutations";
import { sameText } from "@/lib/records/like";
import { dateText, fieldErrors, list, refuse, uidId, type Context, type Outcome } from "../row";

/** An agreement row: a new agreement, a further status of one already named, or (with its uid) a status change as exported. */
export async function importAgreement(tx: Tx, f: Record<string, string>, ctx: Context): Promise<Outcome> {
  const uid = /^agreement-(\d+)-status-(\d+)$/.exec(f.uid ?? "");
  const title = f.title ?? "";
  const status = (f.status ?? "").toUpperCase();
  if (uid) {
    const agreement = await tx.agreement.findFirst({
      where: { id: uidId(uid[1]), deletedAt: null },
      select: {
        title: true,
        statusHistory: { where: { id: uidId(uid[2]) }, select: { status: true, date: true, precision: true } },
      },
    });
    if (!agreement)
      return refuse(`there is no agreement ${uid[1]} here (deleted, or the file comes from another Parley)`);
    if (agreement.title.toLowerCase() !== title.toLowerCase())
      return refuse(`${f.uid} is "${agreement.title}", not "${title}"`);
    const change = agreement.statusHistory[0];
    if (!change) return refuse(`agreement ${uid[1]} has no status change ${uid[2]}`);
    const same =
      change.status === status &&
      change.date.toISOString().slice(0, 10) === f.date &&
      change.precision === (f.date_precision || "DAY").toUpperCase();
    return same
      ? { action: "unchanged", reason: `same as ${f.uid}` }
      : refuse("a recorded status change is corrected on the agreement's page (admins), not by import");
  }
  const existing =
    ctx.agreementsByTitle.get(title.toLowerCase()) ??
    (await tx.agreement.findFirst({ where: { title: sameText(title), deletedAt: null }, select: { id: true } }))?.id;
  if (existing) {
    const agreement = await tx.agreement.findUniqueOrThrow({
      where: { id: existing },
      select: { version: true, statusHistory: { select: { status: true, date: true } } },
    });
    if (agreement.statusHistory.some((s) => s.status === status && s.date.toISOString().slice(0, 10) === f.date))
      return { action: "unchanged", reason: `already recorded on agreement ${existing}` };
    const parsed = statusChangeSchema.safeParse({
      agreementId: String(existing),
      version: String(agreement.version),
      status,
      date: dateText(f),
      note: "Imported.",
    });
    if (!parsed.success) return refuse(fieldErrors(parsed.error));
    await changeAgreementStatus(parsed.data, ctx.user, tx);
    return { action: "update", reason: `agreement ${existing}: now ${status.toLowerCase().replaceAll("_", " ")}` };
  }
  const parsed = agreementSchema.safeParse({
    title,
    kind: (f.kind ?? "").toUpperCase(),
    legallyBinding: "",
    status,
    statusDate: dateText(f),
    parties: list(f.parties),
    topics: list(f.topics),
    summary: f.description ?? "",
  });
  if (!parsed.success) return refuse(fieldErrors(parsed.error));
  const id = await createAgreement(parsed.data, ctx.user, tx);
  ctx.agreementsByTitle.set(title.toLowerCase(), id);
  return { action: "create", reason: `agreement ${id}` };
}
