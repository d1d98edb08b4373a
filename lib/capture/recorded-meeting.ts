import "server-only";
import type { Tx } from "@/lib/prisma-client";
import type { RecordedMeeting } from "./compare";

/** A recorded meeting as a second source is compared with it (in a transaction, or not). */
export async function recordedMeetingIn(client: Pick<Tx, "dialogue">, id: number): Promise<RecordedMeeting | null> {
  const d = await client.dialogue.findFirst({
    where: { id, deletedAt: null },
    select: {
      id: true,
      seriesId: true,
      title: true,
      startDate: true,
      startPrecision: true,
      endDate: true,
      venueCity: true,
      level: true,
      participations: {
        where: { deletedAt: null },
        orderBy: { id: "asc" },
        select: {
          id: true,
          statedTitle: true,
          isActing: true,
          personId: true,
          person: { select: { name: true } },
          country: { select: { code: true } },
        },
      },
      agreements: {
        where: { deletedAt: null },
        orderBy: { id: "asc" },
        select: { id: true, title: true, kind: true, status: true },
      },
      announced: { where: { deletedAt: null }, select: { id: true, venueCity: true } },
    },
  });
  if (!d) return null;
  return {
    ...d,
    participations: d.participations.map((p) => ({
      id: p.id,
      personId: p.personId,
      name: p.person?.name ?? null,
      title: p.statedTitle,
      acting: p.isActing,
      country: p.country?.code ?? null,
    })),
  };
}
