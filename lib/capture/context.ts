import type { SourceKind } from "@/generated/prisma/enums";
import type { FactMeta, Span } from "./draft";
import type { CountryRef, Gazetteer } from "./gazetteer";
import type { TermHit } from "./terms";
import type { DateMention } from "./rules/dates";
import type { Sentence } from "./text";
import { credibilityOf } from "./credibility";

/** What every rule reads: the prepared text, the gazetteer, the source's kind and date. */
export type Context = {
  text: string;
  sentences: Sentence[];
  gazetteer: Gazetteer;
  kind: SourceKind;
  published: Date | null;
  dates: DateMention[];
  /** the dialogue the text is about, once found: "the next UK-France Summit" in a counter-terrorism dialogue's readout is another meeting */
  seriesName?: string | null;
  /** every country named in the text (found once, on first use) */
  countryHits: () => TermHit<CountryRef>[];
};

/** A fact's evidence, confidence, rule and credibility (the weakest sentence it rests on). */
export function factOf(ctx: Context, rule: string, confidence: number, spans: Span[], sentences: Sentence[]): FactMeta {
  const credibility = Math.max(...sentences.map((s) => credibilityOf(ctx.kind, s.voice)), 1);
  return { evidence: spans.map(spanOf), confidence: Math.round(confidence * 100) / 100, rule, credibility };
}

export const spanOf = (s: Span): Span => ({ start: s.start, end: s.end });
