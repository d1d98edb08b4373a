import "server-only";
import { db } from "@/lib/db";
import { strengthByTheme } from "./strength";

const live = { deletedAt: null };
const MAX_ROUNDS = 60;

/** A series' themes across its held rounds (oldest first), each with the strongest language used at each round. */
export async function seriesStrengthByTheme(seriesId: number) {
  const rounds = (
    await db.dialogue.findMany({
      where: { ...live, seriesId, status: "HELD" },
      orderBy: [{ startDate: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      take: MAX_ROUNDS,
      select: { id: true, title: true, startDate: true, startPrecision: true },
    })
  ).reverse();
  const index = new Map(rounds.map((r, i) => [r.id, i]));
  const outcomes = await db.outcome.findMany({
    where: { ...live, dialogueId: { in: rounds.map((r) => r.id) }, strength: { not: null } },
    select: {
      id: true,
      dialogueId: true,
      strength: true,
      topics: { where: { topic: live }, select: { topic: { select: { id: true, name: true, slug: true } } } },
    },
  });
  const rows = strengthByTheme(
    rounds,
    outcomes.map((o) => ({
      roundIndex: index.get(o.dialogueId)!,
      outcomeId: o.id,
      strength: o.strength!,
      themes: o.topics.map((t) => t.topic),
    })),
  );
  return { rounds, rows };
}
