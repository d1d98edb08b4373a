import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { ParticipationRole } from "@/generated/prisma/enums";
import { countryCode, query, recordFields } from "../shapes";
import { defineResource, live, readsOf, type Model } from "./resource";

const item = z.object({
  id: z.number().int(),
  dialogueId: z.number().int(),
  personId: z.number().int().nullable(),
  organisationId: z.number().int().nullable(),
  side: countryCode.nullable().describe("the delegation the participant belonged to"),
  role: z.enum(ParticipationRole),
  title: z.string().nullable().describe("the title as the source states it"),
  acting: z.boolean().describe('acting, or "performing the duties of"'),
  ...recordFields,
});

const select = {
  id: true,
  dialogueId: true,
  personId: true,
  organisationId: true,
  country: { select: { code: true } },
  role: true,
  statedTitle: true,
  isActing: true,
  updatedAt: true,
  version: true,
} satisfies Prisma.ParticipationSelect;

type Row = Awaited<ReturnType<typeof db.participation.findMany<{ select: typeof select }>>>[number];

const present = (p: Row, origin: string): z.output<typeof item> => ({
  id: p.id,
  dialogueId: p.dialogueId,
  personId: p.personId,
  organisationId: p.organisationId,
  side: p.country?.code ?? null,
  role: p.role,
  title: p.statedTitle,
  acting: p.isActing,
  url: `${origin}/dialogues/${p.dialogueId}#participation-${p.id}`,
  updatedAt: p.updatedAt.toISOString(),
  version: p.version,
});

const filters = z.object({
  dialogue: query.id.optional().describe("at this meeting"),
  person: query.id.optional().describe("this person's"),
  organisation: query.id.optional().describe("this organisation's"),
  role: z.enum(ParticipationRole).optional(),
});

const where = (f: z.output<typeof filters>): Prisma.ParticipationWhereInput => ({
  dialogue: live,
  ...(f.dialogue ? { dialogueId: f.dialogue } : {}),
  ...(f.person ? { personId: f.person } : {}),
  ...(f.organisation ? { organisationId: f.organisation } : {}),
  ...(f.role ? { role: f.role } : {}),
});

export const participations = defineResource({
  name: "participations",
  schemaName: "Participation",
  noun: "participation (who took part in a meeting, in what role)",
  item,
  filters,
  ...readsOf(db.participation as unknown as Model<Row>, { select, present, where }),
});
