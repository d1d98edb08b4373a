import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { CommitmentStrength, FollowUpStatus, OutcomeKind } from "@/generated/prisma/enums";
import { topicAndSubthemeIds } from "@/lib/topics/queries";
import { query, recordFields, timestamp, vague, vagueDate } from "../shapes";
import { defineResource, live, readsOf, type Model } from "./resource";

const item = z.object({
  id: z.number().int(),
  dialogueId: z.number().int(),
  kind: z.enum(OutcomeKind),
  text: z.string(),
  followUpStatus: z.enum(FollowUpStatus).nullable(),
  due: vagueDate,
  strength: z.enum(CommitmentStrength).nullable(),
  complianceScore: z
    .number()
    .int()
    .min(-1)
    .max(1)
    .nullable()
    .describe("the weakest party's current score: -1, 0 or +1"),
  agreementIds: z.array(z.number().int()),
  topics: z.array(z.string()).describe("theme slugs"),
  createdAt: timestamp,
  ...recordFields,
});

const select = {
  id: true,
  dialogueId: true,
  kind: true,
  text: true,
  followUpStatus: true,
  dueDate: true,
  duePrecision: true,
  strength: true,
  complianceScore: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  agreements: { select: { agreementId: true }, orderBy: { agreementId: "asc" } },
  topics: { select: { topic: { select: { slug: true } } }, orderBy: { topic: { slug: "asc" } } },
} satisfies Prisma.OutcomeSelect;

type Row = Awaited<ReturnType<typeof db.outcome.findMany<{ select: typeof select }>>>[number];

const present = (o: Row, origin: string): z.output<typeof item> => ({
  id: o.id,
  dialogueId: o.dialogueId,
  kind: o.kind,
  text: o.text,
  followUpStatus: o.followUpStatus,
  due: vague(o.dueDate, o.duePrecision),
  strength: o.strength,
  complianceScore: o.complianceScore,
  agreementIds: o.agreements.map((a) => a.agreementId),
  topics: o.topics.map((t) => t.topic.slug),
  url: `${origin}/outcomes/${o.id}`,
  createdAt: o.createdAt.toISOString(),
  updatedAt: o.updatedAt.toISOString(),
  version: o.version,
});

const filters = z.object({
  kind: z.enum(OutcomeKind).optional(),
  followUp: z.enum(FollowUpStatus).optional(),
  dialogue: query.id.optional().describe("made at this meeting"),
  series: query.id.optional().describe("made at a meeting of this series"),
  topic: query.slug.describe("a theme's slug; its sub-themes count too"),
});

async function where(f: z.output<typeof filters>): Promise<Prisma.OutcomeWhereInput> {
  const topicIds = f.topic ? await topicAndSubthemeIds(f.topic) : undefined;
  return {
    ...live,
    dialogue: { ...live, ...(f.series ? { seriesId: f.series } : {}) },
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.followUp ? { followUpStatus: f.followUp } : {}),
    ...(f.dialogue ? { dialogueId: f.dialogue } : {}),
    ...(topicIds ? { topics: { some: { topicId: { in: topicIds } } } } : {}),
  };
}

export const outcomes = defineResource({
  name: "outcomes",
  schemaName: "Outcome",
  noun: "outcome of a meeting (a commitment, a decision, a next step…)",
  item,
  filters,
  ...readsOf(db.outcome as unknown as Model<Row>, { select, present, where, alive: { ...live, dialogue: live } }),
});
