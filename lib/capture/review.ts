import { z } from "zod";
import {
  AgreementKind,
  AgreementStatus,
  DialogueLevel,
  DialogueStatus,
  OutcomeKind,
  ParticipationRole,
  SourceKind,
  SourceReliability,
} from "@/generated/prisma/enums";
import {
  checkbox,
  id,
  optionalCountryCode,
  optionalId,
  optionalText,
  optionalUrl,
  requiredText,
  titled,
  vagueDate,
  version,
} from "@/lib/forms/fields";
import { vagueDateText } from "@/lib/forms/vague-date";
import type { FormValues } from "@/lib/forms/form-state";
import { countryName } from "@/lib/reference/countries";
import type { Draft } from "./draft";
import type { SourceClaims } from "./compare";

// The review form of a draft: one flat form (so every field has its own name, its own errors and
// works without JavaScript), with a numbered group of fields per participant, agreement and
// outcome. reviewValues() fills it from the draft; confirming reads it back with reviewSchema.

export const MAX_PARTICIPANTS = 20;
export const MAX_AGREEMENTS = 10;
export const MAX_OUTCOMES = 20;
export const MAX_SUGGESTIONS = 20;
/** Facts at least this sure start accepted; the rest wait for the analyst. */
export const ACCEPT_FROM = 0.6;

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const choice = <T extends Record<string, string>>(values: T, label: string) =>
  titled(z.enum(values, { error: `Choose the ${label.toLowerCase()}` }), label);
const optionalChoice = <T extends Record<string, string>>(values: T, label: string) =>
  titled(
    z.preprocess((v) => (v === "" ? undefined : v), z.enum(values).optional()),
    label,
  );

const participantFields = (i: number) => ({
  [`p${i}Include`]: checkbox("Include"),
  [`p${i}Name`]: optionalText("Name", 200),
  [`p${i}Honorific`]: optionalText("Rank or honorific", 100),
  [`p${i}Title`]: optionalText("Title as stated", 300),
  [`p${i}Acting`]: checkbox("Acting, or “performing the duties of”"),
  [`p${i}Organisation`]: optionalText("Organisation", 300),
  [`p${i}Side`]: optionalCountryCode("Side"),
  [`p${i}Role`]: optionalChoice(ParticipationRole, "Role"),
  [`p${i}Person`]: titled(optionalId("Person"), "Recorded person"),
  /** the name as the text writes it, which "Remember" keeps as the linked person's alias */
  [`p${i}Written`]: optionalText("Name in the text", 200),
  [`p${i}Remember`]: checkbox("Remember this name for the recorded person"),
});
const agreementFields = (i: number) => ({
  [`a${i}Include`]: checkbox("Include"),
  [`a${i}Kind`]: optionalChoice(AgreementKind, "Kind"),
  [`a${i}Title`]: optionalText("Title", 500),
  [`a${i}Status`]: optionalChoice(AgreementStatus, "Status"),
  [`a${i}Signatories`]: optionalText("Signatory organisations", 2000),
});
/** A new-theme suggestion the analyst may file under an existing topic, and teach capture as its synonym. */
const suggestionFields = (i: number) => ({
  [`s${i}Label`]: optionalText("Suggested theme", 200),
  [`s${i}Topic`]: titled(optionalId("Topic"), "File under"),
  [`s${i}Remember`]: checkbox("Remember it as a synonym of that topic"),
});
const outcomeFields = (i: number) => ({
  [`o${i}Include`]: checkbox("Include"),
  [`o${i}Kind`]: optionalChoice(OutcomeKind, "Kind"),
  [`o${i}Text`]: optionalText("What was decided, committed or discussed", 5000),
});

const reviewFields = z.object({
  draftId: id("Draft"),
  version,
  sourceTitle: requiredText("Title of the source", 500),
  sourcePublisher: optionalText("Publisher", 200),
  sourceUrl: optionalUrl("Web address"),
  sourcePublished: vagueDate("Published"),
  sourceKind: choice(SourceKind, "Kind of source"),
  sourceReliability: choice(SourceReliability, "Reliability (Admiralty scale)"),
  seriesId: titled(optionalId("Series"), "Recorded series"),
  seriesName: requiredText("Name of the series", 300),
  seriesParties: requiredText("Parties", 1000),
  /** "new" for a new meeting, else the id of the recorded meeting this source is about */
  meetingTarget: titled(
    z
      .string()
      .regex(/^(new|\d{1,10})$/, "Choose a meeting")
      .default("new"),
    "This source is about",
  ),
  meetingTitle: requiredText("Meeting title", 300),
  meetingStart: vagueDate("Start date"),
  meetingEnd: vagueDate("End date"),
  meetingCity: optionalText("City", 120),
  meetingCountry: optionalCountryCode("Country"),
  meetingLevel: choice(DialogueLevel, "Level"),
  meetingStatus: choice(DialogueStatus, "Status"),
  themes: titled(
    z.preprocess((v) => (v === undefined ? [] : [v].flat()), z.array(z.string().trim().min(1).max(200)).max(100)),
    "Themes",
  ),
  newThemes: optionalText("Other themes", 2000),
  nextInclude: checkbox("Record the next round as a planned meeting"),
  nextCity: optionalText("City", 120),
  nextCountry: optionalCountryCode("Country"),
  nextDate: vagueDate("Date"),
});

/** The numbered fields of each participant, agreement and outcome. */
const groupFields: Record<string, z.ZodType> = Object.assign(
  {},
  ...range(MAX_PARTICIPANTS).map(participantFields),
  ...range(MAX_AGREEMENTS).map(agreementFields),
  ...range(MAX_OUTCOMES).map(outcomeFields),
  ...range(MAX_SUGGESTIONS).map(suggestionFields),
);

export const reviewSchema = reviewFields.extend(groupFields).superRefine((v: Record<string, unknown>, ctx) => {
  const need = (ok: unknown, path: string, message: string) =>
    ok || ctx.addIssue({ code: "custom", path: [path], message });
  for (const i of range(MAX_PARTICIPANTS))
    if (v[`p${i}Include`]) {
      need(v[`p${i}Name`], `p${i}Name`, "Give the participant's name, or leave them out");
      need(v[`p${i}Side`], `p${i}Side`, "Choose the side they spoke for");
    }
  for (const i of range(MAX_AGREEMENTS))
    if (v[`a${i}Include`]) {
      need(v[`a${i}Title`], `a${i}Title`, "Give the agreement a title, or leave it out");
      need(v[`a${i}Kind`], `a${i}Kind`, "Choose the kind");
      need(v[`a${i}Status`], `a${i}Status`, "Choose the status");
    }
  for (const i of range(MAX_OUTCOMES))
    if (v[`o${i}Include`]) need(v[`o${i}Text`], `o${i}Text`, "Say what was decided, or leave it out");
  if (v.nextInclude) need(v.nextCity || v.nextDate, "nextCity", "Give where or when the next round is");
});

/** The review form's fields as the confirmation uses them. */
export function reviewInput(v: z.infer<typeof reviewSchema>) {
  const at = <T>(key: string) => (v as Record<string, unknown>)[key] as T;
  return {
    ...(v as z.infer<typeof reviewFields>),
    participants: range(MAX_PARTICIPANTS)
      .filter((i) => at<boolean>(`p${i}Include`))
      .map((i) => ({
        index: i,
        name: at<string>(`p${i}Name`),
        title: at<string | undefined>(`p${i}Title`),
        honorific: at<string | undefined>(`p${i}Honorific`),
        acting: at<boolean>(`p${i}Acting`),
        organisation: at<string | undefined>(`p${i}Organisation`),
        side: at<string>(`p${i}Side`),
        role: at<ParticipationRole | undefined>(`p${i}Role`) ?? "CO_CHAIR",
        personId: at<number | undefined>(`p${i}Person`),
        /** kept as the linked person's alias, when asked */
        alias: at<boolean>(`p${i}Remember`)
          ? (at<string | undefined>(`p${i}Written`) ?? at<string>(`p${i}Name`))
          : null,
      })),
    agreements: range(MAX_AGREEMENTS)
      .filter((i) => at<boolean>(`a${i}Include`))
      .map((i) => ({
        index: i,
        kind: at<AgreementKind>(`a${i}Kind`),
        title: at<string>(`a${i}Title`),
        status: at<AgreementStatus>(`a${i}Status`),
        signatories: at<string | undefined>(`a${i}Signatories`),
      })),
    /** suggestions filed under an existing topic, perhaps to be remembered as its synonyms */
    filed: range(MAX_SUGGESTIONS)
      .filter((i) => at<string | undefined>(`s${i}Label`) && at<number | undefined>(`s${i}Topic`))
      .map((i) => ({
        label: at<string>(`s${i}Label`),
        topicId: at<number>(`s${i}Topic`),
        remember: at<boolean>(`s${i}Remember`),
      })),
    outcomes: range(MAX_OUTCOMES)
      .filter((i) => at<boolean>(`o${i}Include`))
      .map((i) => ({
        index: i,
        kind: at<OutcomeKind | undefined>(`o${i}Kind`) ?? "STATEMENT",
        text: at<string>(`o${i}Text`),
      })),
  };
}
export type ReviewInput = ReturnType<typeof reviewInput>;

const tick = (on: boolean) => (on ? "on" : "");
const dayText = (iso: string | null, precision: string | null) =>
  iso && precision ? vagueDateText(new Date(`${iso}T00:00:00Z`), precision as "DAY" | "MONTH" | "YEAR") : "";

/** What the review form starts with: the draft's values, sure facts ticked, unsure ones not. */
export function reviewValues(draft: Draft, draftId: number, draftVersion: number): FormValues {
  const m = draft.meeting;
  const seriesName = draft.series?.name ?? "";
  const level = m.level ? m.level.toLowerCase().replace(/_/g, " ") : "";
  const values: FormValues = {
    draftId: String(draftId),
    version: String(draftVersion),
    sourceTitle: draft.source.title ?? "",
    sourcePublisher: draft.source.publisher ?? "",
    sourceUrl: draft.source.url ?? "",
    sourcePublished: dayText(draft.source.publishedDate, draft.source.publishedDate ? "DAY" : null),
    sourceKind: draft.source.kind,
    sourceReliability: draft.source.reliability,
    seriesId: draft.series?.matchId ? String(draft.series.matchId) : "",
    seriesName,
    seriesParties: (draft.series?.parties ?? []).map(countryName).join(", "),
    meetingTarget: "new",
    meetingTitle: [
      seriesName,
      [level && `${level === "senior officials" ? "senior officials'" : level} meeting`, m.city]
        .filter(Boolean)
        .join(", "),
    ]
      .filter(Boolean)
      .join(": "),
    meetingStart: dayText(m.start, m.precision),
    meetingEnd: dayText(m.end, m.end ? m.precision : null),
    meetingCity: m.city ?? "",
    meetingCountry: m.country ?? "",
    meetingLevel: m.level ?? "",
    meetingStatus: m.status,
    themes: draft.themes.filter((t) => !t.isNew && t.confidence >= ACCEPT_FROM).map((t) => t.label),
    newThemes: "",
    nextInclude: tick(!!draft.nextRound),
    nextCity: draft.nextRound?.city ?? "",
    nextCountry: draft.nextRound?.country ?? "",
    nextDate: dayText(draft.nextRound?.date ?? null, draft.nextRound?.precision ?? null),
  };
  draft.participants.slice(0, MAX_PARTICIPANTS).forEach((p, i) =>
    Object.assign(values, {
      [`p${i}Include`]: tick(p.confidence >= ACCEPT_FROM),
      [`p${i}Name`]: p.name,
      [`p${i}Honorific`]: p.honorific ?? "",
      [`p${i}Title`]: p.title ?? "",
      [`p${i}Acting`]: tick(p.acting),
      [`p${i}Organisation`]: p.organisation ?? "",
      [`p${i}Side`]: p.country ?? "",
      [`p${i}Role`]: p.role,
      [`p${i}Person`]: p.personId ? String(p.personId) : "",
      [`p${i}Written`]: p.writtenAs ?? p.name,
      [`p${i}Remember`]: "",
    }),
  );
  draft.agreements.slice(0, MAX_AGREEMENTS).forEach((a, i) =>
    Object.assign(values, {
      [`a${i}Include`]: tick(a.confidence >= ACCEPT_FROM),
      [`a${i}Kind`]: a.kind,
      [`a${i}Title`]: a.title,
      [`a${i}Status`]: a.status,
      [`a${i}Signatories`]: a.signatories.join(", "),
    }),
  );
  draft.themes
    .filter((t) => t.isNew)
    .slice(0, MAX_SUGGESTIONS)
    .forEach((t, i) => Object.assign(values, { [`s${i}Label`]: t.label, [`s${i}Topic`]: "", [`s${i}Remember`]: "" }));
  draft.outcomes.slice(0, MAX_OUTCOMES).forEach((o, i) =>
    Object.assign(values, {
      [`o${i}Include`]: tick(o.confidence >= ACCEPT_FROM),
      [`o${i}Kind`]: o.kind,
      [`o${i}Text`]: o.text,
    }),
  );
  return values;
}

/** What the source claims about the meeting, as the review form has it (compared with the record). */
export function claimsOf(values: FormValues): SourceClaims {
  const text = (key: string) => String(values[key] ?? "");
  const ticked = (key: string) => values[key] === "on";
  return {
    start: text("meetingStart"),
    end: text("meetingEnd"),
    city: text("meetingCity"),
    level: text("meetingLevel"),
    participants: range(MAX_PARTICIPANTS)
      .filter((i) => ticked(`p${i}Include`))
      .map((i) => ({
        index: i,
        name: text(`p${i}Name`),
        personId: Number(text(`p${i}Person`)) || undefined,
        title: text(`p${i}Title`),
        acting: ticked(`p${i}Acting`),
      })),
    agreements: range(MAX_AGREEMENTS)
      .filter((i) => ticked(`a${i}Include`))
      .map((i) => ({ index: i, title: text(`a${i}Title`), kind: text(`a${i}Kind`), status: text(`a${i}Status`) })),
    nextCity: ticked("nextInclude") ? text("nextCity") : null,
  };
}
