import { z } from "zod";
import {
  AgreementKind,
  AgreementStatus,
  DatePrecision,
  DialogueLevel,
  DialogueStatus,
  OutcomeKind,
  ParticipationRole,
  SourceKind,
  SourceReliability,
} from "@/generated/prisma/enums";

// A draft record as assisted capture proposes it (version 1). Every fact carries the passages it
// was read from (character offsets into the source text), how sure the rule is, which rule found
// it, and the Admiralty credibility its citation will carry. The JSON Schema in
// public/schemas/parley-draft-v1.schema.json is generated from this file (scripts/draft-schema.ts).

export const DRAFT_SCHEMA_URL = "/schemas/parley-draft-v1.schema.json";

export const spanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
export type Span = z.infer<typeof spanSchema>;

const countryCode = z.string().regex(/^[A-Z]{2}$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const factMeta = {
  evidence: z.array(spanSchema),
  /** 0 to 1: how sure the rule is */
  confidence: z.number().min(0).max(1),
  /** the rule that found it, e.g. "date.range" */
  rule: z.string(),
  /** Admiralty information credibility the citation will carry: 1 confirmed … 6 cannot be judged */
  credibility: z.number().int().min(1).max(6),
};
export type FactMeta = { evidence: Span[]; confidence: number; rule: string; credibility: number };

const fact = <T extends z.ZodRawShape>(shape: T) => z.object({ ...shape, ...factMeta });

export const seriesFactSchema = fact({
  name: z.string(),
  parties: z.array(countryCode),
  /** the existing series it matches, if any */
  matchId: z.number().int().nullable(),
});

export const meetingFactSchema = fact({
  start: isoDate.nullable(),
  end: isoDate.nullable(),
  precision: z.enum(DatePrecision).nullable(),
  city: z.string().nullable(),
  country: countryCode.nullable(),
  level: z.enum(DialogueLevel).nullable(),
  status: z.enum(DialogueStatus),
  /** where each part was read (null: not found, for the analyst to give) */
  parts: z.object({
    date: z.object(factMeta).nullable(),
    venue: z.object(factMeta).nullable(),
    level: z.object(factMeta).nullable(),
    status: z.object(factMeta).nullable(),
  }),
});

export const participantFactSchema = fact({
  name: z.string(),
  title: z.string().nullable(),
  /** acting, or "performing the duties of" */
  acting: z.boolean(),
  organisation: z.string().nullable(),
  country: countryCode.nullable(),
  role: z.enum(ParticipationRole),
  personId: z.number().int().nullable(),
  /** a rank or honorific written before the name ("Ambassador") */
  honorific: z.string().optional(),
  /** the name as the text writes it, where it matched a recorded person under another form */
  writtenAs: z.string().optional(),
});

export const themeFactSchema = fact({
  slug: z.string().nullable(),
  label: z.string(),
  topicId: z.number().int().nullable(),
  /** a suggestion for a new theme (no topic matched) */
  isNew: z.boolean(),
});

export const agreementFactSchema = fact({
  kind: z.enum(AgreementKind),
  title: z.string(),
  subject: z.string().nullable(),
  status: z.enum(AgreementStatus),
  parties: z.array(countryCode),
  signatories: z.array(z.string()),
});

export const outcomeFactSchema = fact({ kind: z.enum(OutcomeKind), text: z.string() });

export const nextRoundFactSchema = fact({
  city: z.string().nullable(),
  country: countryCode.nullable(),
  date: isoDate.nullable(),
  precision: z.enum(DatePrecision).nullable(),
});

export const draftSchema = z.object({
  $schema: z.string().optional(),
  version: z.literal(1),
  source: z.object({
    title: z.string().nullable(),
    publisher: z.string().nullable(),
    url: z.string().nullable(),
    publishedDate: isoDate.nullable(),
    kind: z.enum(SourceKind),
    reliability: z.enum(SourceReliability),
    /** the text every offset refers to */
    text: z.string(),
    /** page furniture (menus, share buttons, bylines…): never used as evidence */
    furniture: z.array(spanSchema),
  }),
  series: seriesFactSchema.nullable(),
  meeting: meetingFactSchema,
  participants: z.array(participantFactSchema),
  themes: z.array(themeFactSchema),
  agreements: z.array(agreementFactSchema),
  outcomes: z.array(outcomeFactSchema),
  nextRound: nextRoundFactSchema.nullable(),
  /** what the analyst must give or check: fields not found or found with little confidence */
  needsAnalyst: z.array(z.string()),
});

export type Draft = z.infer<typeof draftSchema>;
export type SeriesFact = z.infer<typeof seriesFactSchema>;
export type MeetingFact = z.infer<typeof meetingFactSchema>;
export type ParticipantFact = z.infer<typeof participantFactSchema>;
export type ThemeFact = z.infer<typeof themeFactSchema>;
export type AgreementFact = z.infer<typeof agreementFactSchema>;
export type OutcomeFact = z.infer<typeof outcomeFactSchema>;
export type NextRoundFact = z.infer<typeof nextRoundFactSchema>;
