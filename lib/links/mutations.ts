import "server-only";
import { db } from "@/lib/db";
import { auditRecord } from "@/lib/audit/record";
import { ActionError } from "@/lib/errors";
import { findByTitle, recordExists } from "@/lib/records/exists";
import type { CurrentUser } from "@/lib/auth/session";
import type { LinkInput } from "./schema";

export async function createLink(input: LinkInput, user: CurrentUser): Promise<number> {
  return db.$transaction(async (tx) => {
    if (!(await recordExists(tx, input.fromType, input.fromId)))
      throw new ActionError("The record you are linking from no longer exists.");
    const toId = input.toId ?? (input.toTitle ? await findByTitle(tx, input.toType, input.toTitle) : null);
    if (!toId || !(await recordExists(tx, input.toType, toId))) {
      throw new ActionError("Choose an existing record to link to.", {
        toTitle: ["No single record has that title: pick one from the suggestions"],
      });
    }
    if (input.fromType === input.toType && input.fromId === toId)
      throw new ActionError("A record cannot link to itself.", { toTitle: ["Choose another record"] });
    const key = {
      fromType: input.fromType,
      fromId: input.fromId,
      relation: input.relation,
      toType: input.toType,
      toId,
    };
    const existing = await tx.link.findUnique({
      where: { fromType_fromId_relation_toType_toId: key },
      select: { id: true, deletedAt: true },
    });
    if (existing && !existing.deletedAt) throw new ActionError("These records are already linked that way.");
    // Re-linking what was unlinked brings the old link back rather than making a second one.
    const link = existing
      ? await tx.link.update({
          where: { id: existing.id },
          data: { deletedAt: null, note: input.note ?? null, version: { increment: 1 } },
          select: { id: true },
        })
      : await tx.link.create({ data: { ...key, note: input.note ?? null }, select: { id: true } });
    await auditRecord(tx, user.id, "LINK", ["LINK", link.id], { after: { ...key, note: input.note ?? null } });
    return link.id;
  });
}

export async function deleteLink(id: number, user: CurrentUser): Promise<void> {
  await db.$transaction(async (tx) => {
    const link = await tx.link.findFirst({ where: { id, deletedAt: null } });
    if (!link) throw new ActionError("That link has already been removed.");
    await tx.link.update({ where: { id }, data: { deletedAt: new Date(), version: { increment: 1 } } });
    const { fromType, fromId, relation, toType, toId, note } = link;
    await auditRecord(tx, user.id, "UNLINK", ["LINK", id], {
      before: { fromType, fromId, relation, toType, toId, note },
    });
  });
}
