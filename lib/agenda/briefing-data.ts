import "server-only";
import { db } from "@/lib/db";
import { today } from "@/lib/dates";
import { carryOver } from "@/lib/rounds/carry-over";
import { agendaOf } from "./queries";
import { forTheme, type Briefing } from "./briefing";

/** A meeting's briefing, narrowed to one theme when `themeSlug` names one; null for no such meeting. */
export async function loadBriefing(dialogueId: number, themeSlug: string | null): Promise<Briefing | null> {
  const meeting = await db.dialogue.findFirst({
    where: { id: dialogueId, deletedAt: null },
    select: {
      id: true,
      title: true,
      seriesId: true,
      status: true,
      startDate: true,
      startPrecision: true,
      venueCity: true,
      series: { select: { id: true, name: true } },
    },
  });
  if (!meeting) return null;
  // Only what a slug can be (lib/records/resolve.ts) is looked up; anything else is no filter.
  const theme =
    themeSlug && /^[a-z0-9-]{1,80}$/.test(themeSlug)
      ? await db.topic.findFirst({ where: { slug: themeSlug, deletedAt: null }, select: { slug: true, name: true } })
      : null;
  const [carried, agenda] = await Promise.all([carryOver(meeting), agendaOf(meeting)]);
  return { meeting, carried: forTheme(carried, theme?.slug ?? null), agenda, theme, printed: today() };
}
