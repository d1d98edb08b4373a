import "server-only";
import { db } from "@/lib/db";
import { participationEditSelect } from "./form-values";

export async function getParticipationForEdit(id: number) {
  return db.participation.findFirst({ where: { id, deletedAt: null }, select: { id: true, ...participationEditSelect, dialogue: { select: { title: true } } } });
}
