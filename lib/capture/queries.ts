import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";
import type { FormValues } from "@/lib/forms/form-state";
import { draftSchema, type Draft } from "./draft";
import { recordedMeetingIn } from "./recorded-meeting";

/** The signed-in analyst's open drafts, newest first. */
export function openDrafts(user: CurrentUser) {
  return db.captureDraft.findMany({
    where: { authorId: user.id, status: "OPEN" },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 50,
    select: { id: true, title: true, updatedAt: true },
  });
}

/** One of the analyst's drafts (never another's), with what they last saved of its review. */
export async function getCaptureDraft(id: number, user: CurrentUser) {
  const row = await db.captureDraft.findFirst({
    where: { id, authorId: user.id },
    select: { id: true, status: true, version: true, draft: true, choices: true, dialogueId: true, updatedAt: true },
  });
  if (!row) return null;
  return { ...row, draft: draftSchema.parse(row.draft), choices: (row.choices ?? null) as FormValues | null };
}

/** Recorded meetings of a series near a date: the one a second source may be about. */
export async function nearbyMeetings(seriesId: number, start: string | null) {
  if (!start) return [];
  const day = new Date(`${start}T00:00:00Z`).getTime();
  const window = 4 * 86_400_000;
  return db.dialogue.findMany({
    where: { seriesId, deletedAt: null, startDate: { gte: new Date(day - window), lte: new Date(day + window) } },
    select: { id: true, title: true, startDate: true, startPrecision: true, venueCity: true },
    take: 5,
  });
}

/** A recorded meeting as a second source is compared with it. */
export const recordedMeeting = (id: number) => recordedMeetingIn(db, id);

/**
 * For each participant of a draft, the recorded people the name may be: the one capture matched and
 * those sharing the surname, each with their latest position, so the analyst links the right one.
 */
export async function personChoices(draft: Draft): Promise<{ value: string; label: string }[][]> {
  const surname = (name: string) => name.trim().split(/\s+/).at(-1) ?? "";
  const names = draft.participants.map((p) => surname(p.writtenAs ?? p.name)).filter((n) => n.length > 1);
  const people = names.length
    ? await db.person.findMany({
        where: {
          deletedAt: null,
          OR: [
            { id: { in: draft.participants.flatMap((p) => (p.personId ? [p.personId] : [])) } },
            ...names.map((n) => ({ name: { contains: n, mode: "insensitive" as const } })),
          ],
        },
        orderBy: { name: "asc" },
        take: 100,
        select: {
          id: true,
          name: true,
          country: { select: { name: true } },
          positions: { where: { deletedAt: null }, orderBy: { id: "desc" }, take: 1, select: { title: true } },
        },
      })
    : [];
  const label = (p: (typeof people)[number]) =>
    [p.name, p.positions[0]?.title, p.country?.name].filter(Boolean).join(", ");
  return draft.participants.map((participant) => {
    const written = surname(participant.writtenAs ?? participant.name).toLowerCase();
    return people
      .filter((p) => p.id === participant.personId || surname(p.name).toLowerCase() === written)
      .slice(0, 8)
      .map((p) => ({ value: String(p.id), label: label(p) }));
  });
}
