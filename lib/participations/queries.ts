import "server-only";
import { db } from "@/lib/db";
import { columns } from "@/lib/forms/form-values";
import { participationEditSelect } from "./form-values";

/** A participation as a person's or organisation's page lists it. */
export const participationSelect = {
  ...columns("id", "role", "statedTitle", "isActing"),
  dialogue: { select: { id: true, title: true, startDate: true, startPrecision: true } },
} as const;

export async function getParticipationForEdit(id: number) {
  return db.participation.findFirst({
    where: { id, deletedAt: null },
    select: { id: true, ...participationEditSelect, dialogue: { select: { title: true } } },
  });
}
