import "server-only";
import { db } from "@/lib/db";

/** Commitments and next steps not yet done or lapsed: overdue first, then by due date. */
export async function openCommitments(limit = 10) {
  return db.outcome.findMany({
    where: { deletedAt: null, followUpStatus: { in: ["OPEN", "IN_PROGRESS"] }, dialogue: { deletedAt: null } },
    orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    take: limit,
    select: {
      id: true, kind: true, text: true, followUpStatus: true, dueDate: true, duePrecision: true,
      dialogue: { select: { id: true, title: true, startDate: true, startPrecision: true } },
    },
  });
}
