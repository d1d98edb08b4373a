import type { OutcomeKind } from "@/generated/prisma/enums";
import type { NextRoundFact, OutcomeFact } from "../draft";
import { factOf, type Context } from "../context";
import { isNextRound, placeMetIn, turnToNextRound } from "./meeting";

// What was decided: commitments ("committed to", "pledged", "will provide"), decisions ("agreed
// to"), statements ("reaffirmed", "reiterated") and the next round ("agreed to hold the next round
// of the dialogue in Washington", "is scheduled to be held in Tokyo next year"), which becomes a
// planned meeting.

const KINDS: [RegExp, OutcomeKind][] = [
  [/\b(committed to|commit to|pledged|will provide|undertook to)\b/i, "COMMITMENT"],
  [/\b(agreed to|agreed on|decided to|resolved to)\b/i, "DECISION"],
  [/\b(reaffirmed|reiterated|underlined|welcomed)\b/i, "STATEMENT"],
];

export function findOutcomes(ctx: Context): OutcomeFact[] {
  const out: OutcomeFact[] = [];
  for (const sentence of ctx.sentences) {
    if (isNextRound(ctx, sentence)) continue;
    const kind = KINDS.find(([re]) => re.test(sentence.text))?.[1];
    if (!kind) continue;
    out.push({
      kind,
      text: sentence.text,
      ...factOf(ctx, `outcome.${kind.toLowerCase()}`, 0.6, [sentence], [sentence]),
    });
  }
  return out;
}

export function findNextRound(ctx: Context): NextRoundFact | null {
  // "… for signature at the next session. … the 7th Session will be held in Abuja": the one that says where.
  const announced = ctx.sentences.filter((s) => isNextRound(ctx, s));
  const whole =
    announced.find((s) => ctx.gazetteer.countries.find(s.text).length || ctx.gazetteer.cities.find(s.text).length) ??
    announced[0];
  if (!whole) return null;
  // "met in Split … and agreed to hold the next meeting in Slovenia": where the next one is, after "next".
  const turn = turnToNextRound(whole) ?? 0;
  const sentence = { ...whole, text: whole.text.slice(turn), start: whole.start + turn };
  const known = ctx.gazetteer.cities.find(ctx.text, sentence.start, sentence.end)[0];
  // "… the 6th Session of the Commission in Abidjan": a city that is not a capital.
  const place = known ? null : placeMetIn(ctx, sentence);
  const city = known
    ? { value: known.value, span: known }
    : place
      ? { value: { name: place.city, country: place.country }, span: place.span }
      : null;
  // No city named: the country it is to be in ("in Australia") or that will host it.
  const host = city
    ? null
    : ctx.gazetteer.countries
        .find(ctx.text, sentence.start, sentence.end)
        .find(
          (h) =>
            /\b(?:in|to|visit)\s+(?:the\s)?$/.test(ctx.text.slice(h.start - 12, h.start)) ||
            /^\s+will\s+host\b/.test(ctx.text.slice(h.end, h.end + 12)) ||
            /\bhosted\s+by\s+(?:the\s)?$/.test(ctx.text.slice(h.start - 16, h.start)),
        );
  const date = ctx.dates.find((d) => d.sentence === whole && d.start >= sentence.start);
  const spans = [sentence];
  return {
    city: city?.value.name ?? null,
    country: city?.value.country ?? host?.value.code ?? null,
    date: date?.date ?? null,
    precision: date?.precision ?? null,
    ...factOf(ctx, "next-round", city ? 0.85 : 0.6, spans, [sentence]),
  };
}
