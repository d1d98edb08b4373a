import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { today } from "@/lib/dates";
import { citationsFor } from "@/lib/sources/queries";
import { linksFor } from "@/lib/links/queries";
import { withParties } from "@/lib/countries/queries";
import { dialogueEditSelect } from "./form-values";
import { columns } from "@/lib/forms/form-values";

const live = { deletedAt: null };

/** A meeting as lists show it. */
export const dialogueSummary = {
  ...columns("id", "title", "level", "status", "startDate", "startPrecision", "endDate", "endPrecision", "venueCity"),
  venueCountry: { select: { code: true, name: true } },
  series: { select: { id: true, name: true } },
} as const;

/** Meetings held up to today, newest first (of the series of some countries, if given). */
export async function recentDialogues(limit = 5, countryCodes: string[] = []) {
  return db.dialogue.findMany({
    where: {
      ...live,
      status: "HELD",
      startDate: { lte: today() },
      ...(countryCodes.length ? { series: withParties(countryCodes) } : {}),
    },
    orderBy: [{ startDate: "desc" }, { id: "desc" }],
    take: limit,
    select: dialogueSummary,
  });
}

/** Planned rounds, soonest first; rounds without a date yet come last (of the series of some countries, if given). */
export async function upcomingDialogues(limit = 5, countryCodes: string[] = []) {
  return db.dialogue.findMany({
    where: {
      ...live,
      status: { in: ["PLANNED", "POSTPONED"] },
      OR: [{ startDate: null }, { startDate: { gte: today() } }],
      ...(countryCodes.length ? { series: withParties(countryCodes) } : {}),
    },
    orderBy: [{ startDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    take: limit,
    select: dialogueSummary,
  });
}

/** A meeting's page: the meeting, its delegations, topics, agreements, outcomes, citations, links and neighbouring rounds. */
export const getDialogue = cache(async (id: number) => {
  const dialogue = await db.dialogue.findFirst({
    where: { id, ...live },
    select: {
      ...dialogueSummary,
      ...columns("roundNumber", "summary", "version", "seriesId"),
      series: {
        select: { id: true, name: true, parties: { select: { country: { select: { code: true, name: true } } } } },
      },
      announcedBy: { select: { id: true, title: true } },
      announced: { where: live, select: { id: true, title: true, status: true } },
      participations: {
        where: live,
        orderBy: [{ role: "asc" }, { id: "asc" }],
        select: {
          ...columns("id", "role", "statedTitle", "isActing", "note"),
          person: { select: { id: true, name: true, honorific: true } },
          organisation: { select: { id: true, name: true, acronym: true } },
          country: { select: { code: true, name: true } },
        },
      },
      topics: {
        select: { topic: { select: { id: true, name: true, slug: true } } },
        orderBy: { topic: { name: "asc" } },
      },
      agreements: {
        where: live,
        orderBy: { id: "asc" },
        select: { id: true, title: true, kind: true, status: true, signedDate: true, signedPrecision: true },
      },
      outcomes: {
        where: live,
        orderBy: { id: "asc" },
        select: {
          ...columns("id", "kind", "text", "followUpStatus", "dueDate", "duePrecision", "strength", "version"),
          topics: { select: { topic: { select: { name: true, slug: true } } } },
          agreements: { select: { agreement: { select: { id: true, title: true } } } },
        },
      },
    },
  });
  if (!dialogue) return null;

  const [citations, links, rounds] = await Promise.all([
    citationsFor([
      { recordType: "DIALOGUE", ids: [dialogue.id] },
      { recordType: "PARTICIPATION", ids: dialogue.participations.map((p) => p.id) },
      { recordType: "OUTCOME", ids: dialogue.outcomes.map((o) => o.id) },
      { recordType: "AGREEMENT", ids: dialogue.agreements.map((a) => a.id) },
    ]),
    linksFor("DIALOGUE", dialogue.id),
    adjacentRounds(dialogue.seriesId, dialogue.id, dialogue.startDate),
  ]);
  // A planned round without a date yet is still the next round of the meeting that announced it.
  const nextRound = rounds.nextRound ?? dialogue.announced[0] ?? null;
  return { ...dialogue, citations, links, previousRound: rounds.previousRound, nextRound };
});

/** The previous and next meetings of the same series, by date. */
async function adjacentRounds(seriesId: number, id: number, startDate: Date | null) {
  const select = { id: true, title: true, startDate: true, startPrecision: true } as const;
  // A round not dated yet comes after every dated one.
  if (!startDate)
    return {
      previousRound: await db.dialogue.findFirst({
        where: { ...live, seriesId, id: { not: id }, startDate: { not: null } },
        orderBy: [{ startDate: "desc" }, { id: "desc" }],
        select,
      }),
      nextRound: null,
    };
  const [previousRound, nextRound] = await Promise.all([
    db.dialogue.findFirst({
      where: { ...live, seriesId, id: { not: id }, startDate: { lt: startDate } },
      orderBy: [{ startDate: "desc" }, { id: "desc" }],
      select,
    }),
    db.dialogue.findFirst({
      where: { ...live, seriesId, id: { not: id }, startDate: { gt: startDate } },
      orderBy: [{ startDate: "asc" }, { id: "asc" }],
      select,
    }),
  ]);
  return { previousRound, nextRound };
}

export type DialogueSummary = Awaited<ReturnType<typeof recentDialogues>>[number];

/** A dialogue as its edit form needs it. */
export async function getDialogueForEdit(id: number) {
  return db.dialogue.findFirst({ where: { id, ...live }, select: dialogueEditSelect });
}

export type DialoguePageRecord = NonNullable<Awaited<ReturnType<typeof getDialogue>>>;
