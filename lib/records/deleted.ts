import "server-only";
import { db } from "@/lib/db";
import type { DeletableType } from "./soft-delete";

/** Recently deleted records of the kinds analysts delete, newest first, for restoring. */
export async function recentlyDeleted(limit = 50) {
  const deleted = { deletedAt: { not: null } };
  const order = { deletedAt: "desc" } as const;
  const select = { id: true, deletedAt: true } as const;
  const [dialogues, agreements, outcomes, people, organisations, topics, sources, series, participations, citations] = await Promise.all([
    db.dialogue.findMany({ where: deleted, orderBy: order, take: limit, select: { ...select, title: true } }),
    db.agreement.findMany({ where: deleted, orderBy: order, take: limit, select: { ...select, title: true } }),
    db.outcome.findMany({ where: deleted, orderBy: order, take: limit, select: { ...select, text: true } }),
    db.person.findMany({ where: deleted, orderBy: order, take: limit, select: { ...select, name: true } }),
    db.organisation.findMany({ where: deleted, orderBy: order, take: limit, select: { ...select, name: true } }),
    db.topic.findMany({ where: deleted, orderBy: order, take: limit, select: { ...select, name: true } }),
    db.source.findMany({ where: deleted, orderBy: order, take: limit, select: { ...select, title: true } }),
    db.dialogueSeries.findMany({ where: deleted, orderBy: order, take: limit, select: { ...select, name: true } }),
    db.participation.findMany({ where: deleted, orderBy: order, take: limit, select: { ...select, person: { select: { name: true } }, dialogue: { select: { title: true } } } }),
    db.citation.findMany({ where: deleted, orderBy: order, take: limit, select: { ...select, quote: true, source: { select: { title: true } } } }),
  ]);
  const rows: { type: DeletableType; id: number; title: string; deletedAt: Date }[] = [
    ...dialogues.map((r) => ({ type: "DIALOGUE" as const, id: r.id, title: r.title, deletedAt: r.deletedAt! })),
    ...agreements.map((r) => ({ type: "AGREEMENT" as const, id: r.id, title: r.title, deletedAt: r.deletedAt! })),
    ...outcomes.map((r) => ({ type: "OUTCOME" as const, id: r.id, title: r.text, deletedAt: r.deletedAt! })),
    ...people.map((r) => ({ type: "PERSON" as const, id: r.id, title: r.name, deletedAt: r.deletedAt! })),
    ...organisations.map((r) => ({ type: "ORGANISATION" as const, id: r.id, title: r.name, deletedAt: r.deletedAt! })),
    ...topics.map((r) => ({ type: "TOPIC" as const, id: r.id, title: r.name, deletedAt: r.deletedAt! })),
    ...sources.map((r) => ({ type: "SOURCE" as const, id: r.id, title: r.title, deletedAt: r.deletedAt! })),
    ...series.map((r) => ({ type: "DIALOGUE_SERIES" as const, id: r.id, title: r.name, deletedAt: r.deletedAt! })),
    ...participations.map((r) => ({ type: "PARTICIPATION" as const, id: r.id, title: `${r.person?.name ?? "Participant"} at ${r.dialogue.title}`, deletedAt: r.deletedAt! })),
    ...citations.map((r) => ({ type: "CITATION" as const, id: r.id, title: `“${r.quote ?? ""}” (${r.source.title})`, deletedAt: r.deletedAt! })),
  ];
  return rows.sort((a, b) => b.deletedAt.getTime() - a.deletedAt.getTime()).slice(0, limit);
}
