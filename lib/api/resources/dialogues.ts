import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { DialogueLevel, DialogueStatus, ParticipationRole } from "@/generated/prisma/enums";
import { topicAndSubthemeIds } from "@/lib/topics/queries";
import { countryCode, query, recordFields, timestamp, vague, vagueDate } from "../shapes";
import { defineResource, inYears, live, readsOf, type Model } from "./resource";

const participation = z.object({
  id: z.number().int(),
  role: z.enum(ParticipationRole),
  personId: z.number().int().nullable(),
  person: z.string().nullable(),
  statedTitle: z.string().nullable().describe("the title as the source gives it"),
  acting: z.boolean().describe("acting, or performing the duties of"),
  organisationId: z.number().int().nullable(),
  organisation: z.string().nullable(),
  side: countryCode.nullable().describe("the delegation the participant belonged to"),
});

const item = z.object({
  id: z.number().int(),
  seriesId: z.number().int(),
  series: z.string(),
  title: z.string(),
  roundNumber: z.number().int().nullable(),
  level: z.enum(DialogueLevel),
  status: z.enum(DialogueStatus),
  start: vagueDate,
  end: vagueDate,
  venue: z.object({ city: z.string().nullable(), country: countryCode.nullable() }),
  announcedById: z.number().int().nullable().describe("the meeting that announced this one"),
  summary: z.string().nullable(),
  topics: z.array(z.string()).describe("theme slugs"),
  participations: z.array(participation),
  createdAt: timestamp,
  ...recordFields,
});

const select = {
  id: true,
  seriesId: true,
  series: { select: { name: true } },
  title: true,
  roundNumber: true,
  level: true,
  status: true,
  startDate: true,
  startPrecision: true,
  endDate: true,
  endPrecision: true,
  venueCity: true,
  venueCountry: { select: { code: true } },
  announcedById: true,
  summary: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  topics: { select: { topic: { select: { slug: true } } }, orderBy: { topic: { slug: "asc" } } },
  participations: {
    where: live,
    orderBy: { id: "asc" },
    select: {
      id: true,
      role: true,
      statedTitle: true,
      isActing: true,
      person: { select: { id: true, name: true } },
      organisation: { select: { id: true, name: true } },
      country: { select: { code: true } },
    },
  },
} satisfies Prisma.DialogueSelect;

type Row = Awaited<ReturnType<typeof db.dialogue.findMany<{ select: typeof select }>>>[number];

const present = (d: Row, origin: string): z.output<typeof item> => ({
  id: d.id,
  seriesId: d.seriesId,
  series: d.series.name,
  title: d.title,
  roundNumber: d.roundNumber,
  level: d.level,
  status: d.status,
  start: vague(d.startDate, d.startPrecision),
  end: vague(d.endDate, d.endPrecision ?? d.startPrecision),
  venue: { city: d.venueCity, country: d.venueCountry?.code ?? null },
  announcedById: d.announcedById,
  summary: d.summary,
  topics: d.topics.map((t) => t.topic.slug),
  participations: d.participations.map((p) => ({
    id: p.id,
    role: p.role,
    personId: p.person?.id ?? null,
    person: p.person?.name ?? null,
    statedTitle: p.statedTitle,
    acting: p.isActing,
    organisationId: p.organisation?.id ?? null,
    organisation: p.organisation?.name ?? null,
    side: p.country?.code ?? null,
  })),
  url: `${origin}/dialogues/${d.id}`,
  createdAt: d.createdAt.toISOString(),
  updatedAt: d.updatedAt.toISOString(),
  version: d.version,
});

const filters = z.object({
  series: query.id.optional().describe("a series' id"),
  country: query.country.describe("a party to the series"),
  status: z.enum(DialogueStatus).optional(),
  level: z.enum(DialogueLevel).optional(),
  topic: query.slug.describe("a theme's slug; its sub-themes count too"),
  from: query.year.describe("meetings starting in this year or later"),
  to: query.year.describe("meetings starting in this year or earlier"),
});

async function where(f: z.output<typeof filters>): Promise<Prisma.DialogueWhereInput> {
  const topicIds = f.topic ? await topicAndSubthemeIds(f.topic) : undefined;
  return {
    ...live,
    ...(f.series ? { seriesId: f.series } : {}),
    ...(f.country ? { series: { parties: { some: { country: { code: f.country } } } } } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.level ? { level: f.level } : {}),
    ...(topicIds ? { topics: { some: { topicId: { in: topicIds } } } } : {}),
    ...inYears("startDate", f.from, f.to),
  };
}

export const dialogues = defineResource({
  name: "dialogues",
  schemaName: "Dialogue",
  noun: "meeting (one round of a series)",
  item,
  filters,
  ...readsOf(db.dialogue as unknown as Model<Row>, { select, present, where }),
});
