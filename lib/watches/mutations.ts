import "server-only";
import { db } from "@/lib/db";
import { auditRecord } from "@/lib/audit/record";
import { ActionError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/auth/session";
import type { Tx } from "@/lib/prisma-client";
import { watchKindLabel, watchTarget, type WatchTarget } from "./kinds";
import { canonicalViewQuery, type SavedViewPage } from "./views";

// Starting, muting and stopping watches, and saving and removing views. Each is the owner's own:
// a watch or view of someone else's is "not found". Reading (marking read, opening a view) moves
// `seenAt` only and is not audited; the rest is, against the owner's account.

async function targetExists(tx: Tx, owner: CurrentUser, t: WatchTarget): Promise<boolean> {
  const live = { id: t.targetId, deletedAt: null };
  switch (t.kind) {
    case "SERIES":
      return !!(await tx.dialogueSeries.findFirst({ where: live, select: { id: true } }));
    case "TOPIC":
      return !!(await tx.topic.findFirst({ where: live, select: { id: true } }));
    case "COUNTRY":
      return !!(await tx.country.findFirst({ where: live, select: { id: true } }));
    case "COUNTRY_PAIR":
      return (await tx.country.count({ where: { id: { in: [t.targetId, t.otherId] }, deletedAt: null } })) === 2;
    case "AGREEMENT":
      return !!(await tx.agreement.findFirst({ where: live, select: { id: true } }));
    case "PERSON":
      return !!(await tx.person.findFirst({ where: live, select: { id: true } }));
    case "ORGANISATION":
      return !!(await tx.organisation.findFirst({ where: live, select: { id: true } }));
    case "VIEW":
      return !!(await tx.savedView.findFirst({ where: { id: t.targetId, userId: owner.id }, select: { id: true } }));
  }
}

const described = (t: WatchTarget) => ({
  watch: watchKindLabel[t.kind],
  targetId: t.targetId,
  otherId: t.otherId || null,
});

/** Starts watching (again: a watch that exists is kept, unmuted); what happens from now on is news. */
export async function startWatch(
  owner: CurrentUser,
  input: { kind: WatchTarget["kind"]; targetId: number; otherId?: number },
) {
  const target = watchTarget(input.kind, input.targetId, input.otherId);
  return db.$transaction(async (tx) => {
    if (!(await targetExists(tx, owner, target))) throw new ActionError("There is nothing to watch there any more.");
    const key = { userId_kind_targetId_otherId: { userId: owner.id, ...target } };
    const existing = await tx.watch.findUnique({ where: key, select: { id: true, muted: true } });
    if (existing) {
      if (existing.muted) await tx.watch.update({ where: { id: existing.id }, data: { muted: false } });
      return existing.id;
    }
    const made = await tx.watch.create({ data: { userId: owner.id, ...target }, select: { id: true } });
    await auditRecord(tx, owner.id, "WATCH", ["USER", owner.id], { after: described(target) });
    return made.id;
  });
}

async function ownWatch(tx: Tx, owner: CurrentUser, id: number) {
  const watch = await tx.watch.findFirst({
    where: { id, userId: owner.id },
    select: { id: true, kind: true, targetId: true, otherId: true, muted: true },
  });
  if (!watch) throw new ActionError("That watch does not exist: it may have been stopped in another tab.");
  return watch;
}

export async function stopWatch(owner: CurrentUser, id: number) {
  return db.$transaction(async (tx) => {
    const watch = await ownWatch(tx, owner, id);
    await tx.watch.delete({ where: { id } });
    await auditRecord(tx, owner.id, "UNWATCH", ["USER", owner.id], { before: described(watch) });
    return watch;
  });
}

/** A muted watch is kept but neither counted nor listed until unmuted. */
export async function muteWatch(owner: CurrentUser, id: number, muted: boolean) {
  return db.$transaction(async (tx) => {
    const watch = await ownWatch(tx, owner, id);
    if (watch.muted === muted) return watch;
    await tx.watch.update({ where: { id }, data: { muted } });
    await auditRecord(tx, owner.id, "WATCH", ["USER", owner.id], {
      before: { ...described(watch), muted: watch.muted },
      after: { ...described(watch), muted },
    });
    return watch;
  });
}

/**
 * Marks one watch's news read, or every watch's. The moment is the database's, like the audit
 * trail's and the records' own times it is compared with.
 */
export async function markRead(owner: CurrentUser, id?: number) {
  const count = await db.$executeRaw`
    UPDATE "Watch" SET "seenAt" = statement_timestamp()
    WHERE "userId" = ${owner.id} AND (${id ?? null}::int IS NULL OR id = ${id ?? null}::int)`;
  if (id && count === 0) throw new ActionError("That watch does not exist: it may have been stopped in another tab.");
  return count;
}

/** Saves a view under a name; saving the same filters again renames it. */
export async function saveView(owner: CurrentUser, input: { name: string; page: SavedViewPage; query: string }) {
  const query = canonicalViewQuery(input.page, input.query);
  if (input.page === "search" && !query) throw new ActionError("Search for something first, then save the search.");
  return db.$transaction(async (tx) => {
    const key = { userId_page_query: { userId: owner.id, page: input.page, query } };
    const existing = await tx.savedView.findUnique({ where: key, select: { id: true, name: true } });
    const view = existing
      ? await tx.savedView.update({
          where: { id: existing.id },
          data: { name: input.name },
          select: { id: true, name: true },
        })
      : await tx.savedView.create({
          data: { userId: owner.id, name: input.name, page: input.page, query },
          select: { id: true, name: true },
        });
    await auditRecord(tx, owner.id, "VIEW_SAVE", ["USER", owner.id], {
      before: existing ? { view: existing.name } : null,
      after: { view: input.name, page: input.page, query },
    });
    return view;
  });
}

/** Removes a saved view and any watch of it, together. */
export async function deleteView(owner: CurrentUser, id: number) {
  return db.$transaction(async (tx) => {
    const view = await tx.savedView.findFirst({
      where: { id, userId: owner.id },
      select: { id: true, name: true, page: true, query: true },
    });
    if (!view) throw new ActionError("That saved view does not exist: it may have been removed in another tab.");
    await tx.watch.deleteMany({ where: { userId: owner.id, kind: "VIEW", targetId: id } });
    await tx.savedView.delete({ where: { id } });
    await auditRecord(tx, owner.id, "VIEW_DELETE", ["USER", owner.id], {
      before: { view: view.name, page: view.page, query: view.query },
    });
    return view;
  });
}
