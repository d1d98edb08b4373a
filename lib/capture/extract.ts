import type { Draft } from "./draft";
import { DRAFT_SCHEMA_URL } from "./draft";
import type { Gazetteer } from "./gazetteer";
import type { Context } from "./context";
import { prepareText } from "./text";
import { looksLikeHtml, readHtml } from "./read-html";
import { reliabilityOf, sourceKindOf } from "./source-details";
import { findDates } from "./rules/dates";
import { findSeries } from "./rules/series";
import { findMeeting } from "./rules/meeting";
import { findParticipants, mainParties, sidesFromParties, sidesFromSeries } from "./rules/participants";
import { findThemes } from "./rules/themes";
import { findAgreements } from "./rules/agreements";
import { findNextRound, findOutcomes } from "./rules/outcomes";
import type { SourceKind } from "@/generated/prisma/enums";

export type CaptureInput = {
  /** pasted text or HTML */
  content: string;
  /** YYYY-MM-DD: anchors relative dates ("on Wednesday") */
  published?: string | null;
  kind?: SourceKind;
  url?: string | null;
  title?: string | null;
};

const PUBLISHED_LINE =
  /\b(?:published|updated|posted)?:?\s*((?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})\b/i;

/** A draft record from a readout: deterministic, from the text and the gazetteer alone. */
export function extractDraft(input: CaptureInput, gazetteer: Gazetteer): Draft {
  const page = looksLikeHtml(input.content) ? readHtml(input.content) : null;
  const prepared = prepareText(page ? page.text : input.content);
  const title =
    input.title ??
    page?.title ??
    (prepared.sentences[0] && !/[.!?]$/.test(prepared.sentences[0].text) ? prepared.sentences[0].text : null);
  const publishedText =
    input.published ??
    page?.published ??
    (() => {
      const m = PUBLISHED_LINE.exec(prepared.text.slice(0, 600));
      const d = m ? new Date(`${m[1]} UTC`) : null;
      return d && !Number.isNaN(d.getTime()) ? d.toISOString().slice(0, 10) : null;
    })();
  const published = publishedText ? new Date(`${publishedText}T12:00:00Z`) : null;
  const kind = input.kind ?? sourceKindOf(title, prepared.text, prepared.sentences);
  let countryHits: ReturnType<Context["countryHits"]> | undefined;
  const ctx: Context = {
    text: prepared.text,
    sentences: prepared.sentences,
    gazetteer,
    kind,
    published,
    dates: findDates(prepared.sentences, published),
    countryHits: () => (countryHits ??= gazetteer.countries.find(prepared.text)),
  };
  const series = findSeries(ctx);
  ctx.seriesName = series?.name ?? null;
  const participants = findParticipants(ctx);
  if (series) sidesFromSeries(ctx, series, participants);
  else sidesFromParties(mainParties(ctx), participants);
  const meeting = findMeeting(ctx, participants);
  const agreements = findAgreements(ctx).map((a) => ({ ...a, parties: series?.parties ?? [] }));
  const draft: Draft = {
    $schema: DRAFT_SCHEMA_URL,
    version: 1,
    source: {
      title,
      publisher: page?.publisher ?? null,
      url: input.url ?? null,
      publishedDate: publishedText,
      kind,
      reliability: reliabilityOf(kind),
      text: prepared.text,
      furniture: prepared.furniture,
    },
    series,
    meeting,
    participants,
    themes: findThemes(ctx),
    agreements,
    outcomes: findOutcomes(ctx),
    nextRound: findNextRound(ctx),
    needsAnalyst: [],
  };
  draft.needsAnalyst = needsAnalyst(draft);
  return draft;
}

const LOW = 0.6;

/** The fields the analyst must give or check. */
function needsAnalyst(d: Draft): string[] {
  const out: string[] = [];
  if (!d.source.publishedDate) out.push("source.publishedDate");
  if (!d.series) out.push("series");
  else if (d.series.confidence < LOW) out.push("series");
  for (const [part, fact] of Object.entries(d.meeting.parts))
    if (!fact || fact.confidence < LOW) out.push(`meeting.${part}`);
  if (!d.participants.length) out.push("participants");
  d.participants.forEach((p, i) => (p.confidence < LOW || !p.country) && out.push(`participants.${i}`));
  if (!d.themes.some((t) => !t.isNew)) out.push("themes");
  return out;
}
