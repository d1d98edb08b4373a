import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";
import type { FormValues } from "@/lib/forms/form-state";
import { draftSchema } from "./draft";
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
