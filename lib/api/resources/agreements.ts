import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { isoDate } from "@/lib/dates";
import { AgreementKind, AgreementStatus } from "@/generated/prisma/enums";
import { topicAndSubthemeIds } from "@/lib/topics/queries";
import { PRECISIONS, countryCode, query, recordFields, timestamp, vague, vagueDate } from "../shapes";
import { defineResource, inYears, live, readsOf, type Model } from "./resource";

const item = z.object({
  id: z.number().int(),
  title: z.string(),
  kind: z.enum(AgreementKind),
  status: z.enum(AgreementStatus),
  legallyBinding: z.boolean(),
  signed: vagueDate,
  entryIntoForce: vagueDate,
  expiry: vagueDate,
  termEndsOn: z.iso.date().nullable().describe("the day the current term ends, where the term is known"),
  autoRenews: z.boolean(),
  dialogueId: z.number().int().nullable().describe("the meeting where it was signed or discussed"),
  summary: z.string().nullable(),
  documentUrl: z.string().nullable(),
  parties: z.array(countryCode),
  signatories: z.array(
    z.object({
      organisationId: z.number().int().nullable(),
      organisation: z.string().nullable(),
      personId: z.number().int().nullable(),
      person: z.string().nullable(),
      side: countryCode.nullable(),
    }),
  ),
  statusHistory: z.array(
    z.object({
      status: z.enum(AgreementStatus),
      date: z.iso.date(),
      precision: z.enum(PRECISIONS),
      note: z.string().nullable(),
    }),
  ),
  topics: z.array(z.string()).describe("theme slugs"),
  createdAt: timestamp,
  ...recordFields,
});

const select = {
  id: true,
  title: true,
  kind: true,
  status: true,
  legallyBinding: true,
  signedDate: true,
  signedPrecision: true,
  entryIntoForceDate: true,
  entryIntoForcePrecision: true,
  expiryDate: true,
  expiryPrecision: true,
  termEndsOn: true,
  autoRenews: true,
  dialogueId: true,
  summary: true,
  documentUrl: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  parties: { select: { country: { select: { code: true } } }, orderBy: { country: { code: "asc" } } },
  signatories: {
    orderBy: { id: "asc" },
    select: {
      organisation: { select: { id: true, name: true } },
      person: { select: { id: true, name: true } },
      country: { select: { code: true } },
    },
  },
  statusHistory: {
    orderBy: [{ date: "asc" }, { id: "asc" }],
    select: { status: true, date: true, precision: true, note: true },
  },
  topics: { select: { topic: { select: { slug: true } } }, orderBy: { topic: { slug: "asc" } } },
} satisfies Prisma.AgreementSelect;

type Row = Awaited<ReturnType<typeof db.agreement.findMany<{ select: typeof select }>>>[number];

const present = (a: Row, origin: string): z.output<typeof item> => ({
  id: a.id,
  title: a.title,
  kind: a.kind,
  status: a.status,
  legallyBinding: a.legallyBinding,
  signed: vague(a.signedDate, a.signedPrecision),
  entryIntoForce: vague(a.entryIntoForceDate, a.entryIntoForcePrecision),
  expiry: vague(a.expiryDate, a.expiryPrecision),
  termEndsOn: a.termEndsOn ? isoDate(a.termEndsOn) : null,
  autoRenews: a.autoRenews,
  dialogueId: a.dialogueId,
  summary: a.summary,
  documentUrl: a.documentUrl,
  parties: a.parties.map((p) => p.country.code),
  signatories: a.signatories.map((s) => ({
    organisationId: s.organisation?.id ?? null,
    organisation: s.organisation?.name ?? null,
    personId: s.person?.id ?? null,
    person: s.person?.name ?? null,
    side: s.country?.code ?? null,
  })),
  statusHistory: a.statusHistory.map((s) => ({
    status: s.status,
    date: isoDate(s.date),
    precision: s.precision,
    note: s.note,
  })),
  topics: a.topics.map((t) => t.topic.slug),
  url: `${origin}/agreements/${a.id}`,
  createdAt: a.createdAt.toISOString(),
  updatedAt: a.updatedAt.toISOString(),
  version: a.version,
});

const filters = z.object({
  status: z.enum(AgreementStatus).optional(),
  kind: z.enum(AgreementKind).optional(),
  party: query.country.describe("a party to the agreement"),
  topic: query.slug.describe("a theme's slug; its sub-themes count too"),
  series: query.id.optional().describe("signed or discussed at a meeting of this series"),
  dialogue: query.id.optional().describe("signed or discussed at this meeting"),
  from: query.year.describe("signed in this year or later"),
  to: query.year.describe("signed in this year or earlier"),
});

async function where(f: z.output<typeof filters>): Promise<Prisma.AgreementWhereInput> {
  const topicIds = f.topic ? await topicAndSubthemeIds(f.topic) : undefined;
  return {
    ...live,
    ...(f.status ? { status: f.status } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.party ? { parties: { some: { country: { code: f.party } } } } : {}),
    ...(topicIds ? { topics: { some: { topicId: { in: topicIds } } } } : {}),
    ...(f.series ? { dialogue: { seriesId: f.series } } : {}),
    ...(f.dialogue ? { dialogueId: f.dialogue } : {}),
    ...inYears("signedDate", f.from, f.to),
  };
}

export const agreements = defineResource({
  name: "agreements",
  schemaName: "Agreement",
  noun: "agreement (an MoU, a memorandum of cooperation, a joint statement…)",
  item,
  filters,
  ...readsOf(db.agreement as unknown as Model<Row>, { select, present, where }),
});
