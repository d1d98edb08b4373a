import type { DialogueLevel, DialogueStatus } from "@/generated/prisma/enums";
import type { FactMeta, MeetingFact, Span } from "../draft";
import { factOf, type Context } from "../context";
import type { Sentence } from "../text";
import { inEarlierYear, type DateMention } from "./dates";
import type { ParticipantFact } from "../draft";
import { placesNamed, seatNamed } from "../places";

// The meeting itself: its date (the date in a sentence about the meeting, not about an earlier
// event or the next round), its venue (a known city in such a sentence, else the dateline), held
// or planned (tense and modality: "will host", "is scheduled to be held" are planned; a date after
// publication is planned), and its level (said outright, else from the co-chairs' titles).

export const MEETING_WORDS =
  /\b(dialogue|meeting|talks|consultations?|round|session|visit|met|meet|held|hold|hosted|convened|co-chaired|concluded|delegations?|summit|council|commission|committee|retreat|forum|cabinet|gathered)\b/i;
const ORDINAL_WORDS = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth".split("|");
/** "the third", "the 9th", "the IX Binational Cabinet" */
const ORDINAL = `${ORDINAL_WORDS.join("|")}|\\d+(?:st|nd|rd|th)|[IVX]{2,5}`;
/** The next round said outright: "the next round", "meet again", "reconvene". */
const NEXT_ROUND =
  /\b(next (?:(?:[A-Z]{2,6}|government|intergovernmental|ministerial|joint|high-level|annual|bilateral) ){0,2}(round|meeting|session|dialogue|summit|consultations|forum|retreat|council|commission|committee|seminar)|meet(?:ing)? again|will next meet|following round|reconvene|next year['’]s (?:consultations|meeting|round|session|summit|dialogue))\b/i;
/** "It was not clear when the next meeting would be held": no round announced. */
const UNSETTLED =
  /\b(?:(?:was|is|it's|remains?|remained) (?:not |un)(?:clear|known)|did not (?:say|specify|announce) when|no date (?:has been|had been|was) (?:set|fixed)|(?:has|have|had) yet to be (?:set|fixed|decided|announced)|\b(?:neither|not)\b[^.]{0,40}\b(?:announced|said|specified)\s+when)\b/i;
/** "the next 2+2 in Australia", not "the next 2+2 Ministerial Dialogue" (another meeting, read by NEXT_NAMED) */
const NEXT_TWO_PLUS_TWO = /\bnext ["“]?2\+2["”]?(?! [A-Z])/;
/** "the next Strategic Dialogue": capitalised words between "next" and the meeting */
const NEXT_NAMED =
  /\bnext((?: [A-Z0-9][\w+-]*[’']?){0,3}) (?:Round|Meeting|Session|Dialogue|Consultations|Council|Commission|Committee|Summit|Retreat|Talks|Forum|Cabinet)\b|\bnext((?: [A-Z][\w+-]*){1,2}(?: (?!(?:day|week|month|year|time|the|an?|its|their|two)\b)[a-z][\w-]*){0,2}) (?:round|meeting|session|dialogue|consultations|summit|retreat|talks)\b/;
/** A round named by its ordinal in the future: "Brazil will host the ninth session", "the tenth 2+2 meeting will be held in Jakarta". */
const ORDINAL_ROUND = new RegExp(
  `\\b(?:(?:will (?:host|hold)|(?:agreed|decided|invited (?:the )?\\w+|and|intends?|plans?) to (?:hold|host|convene)|invited (?:[\\w.]+ ){1,5}to (?:visit )?(?:[\\w-]+ ){1,3}for) (?:the|its|their) (${ORDINAL})(?: [\\w+'’-]+){0,3}? (?:round|session|meeting|consultations|dialogue|commission|committee|summit|council|forum|retreat|cabinet)|(${ORDINAL})(?: [\\w+'’-]+){0,3} (?:round|session|meeting|dialogue|consultations?|summit|cabinet|retreat|commission|forum|council|committee|conference)(?: of the(?: [\\w+-]+){1,4})? (?:will|shall|would|is to|is scheduled to|is expected to) (?:be held|take place))\\b`,
  "i",
);
/** "agreed to convene the fourth ISMR", "the 10th JCBC will be held": a round named by its ordinal and the dialogue's acronym (case matters). */
const ACRONYM_ROUND = new RegExp(
  `\\b(?:agreed|decided) to (?:hold|host|convene) (?:the|its|their) (${ORDINAL}) [A-Z][A-Z0-9+]{1,5}\\b|\\b(${ORDINAL}) [A-Z][A-Z0-9+]{1,5} (?:will|shall|would|is to|is scheduled to) (?:be held|take place)\\b|\\binvited (?:[\\w.]+ ){1,5}to (?:visit )?(?:[\\w-]+ ){1,3}for (?:the|its|their) (${ORDINAL}) [A-Z][A-Z0-9+]{1,5}\\b`,
);
/** "the 2nd NDSC" (case matters) */
const ANY_ACRONYM_ORDINAL = new RegExp(`\\b(${ORDINAL}) [A-Z][A-Z0-9+]{1,5}\\b`, "g");
/** Any round named by its ordinal ("the 2nd Foreign and Defense Strategic Dialogue"; not "the second phase"). */
const ANY_ORDINAL = new RegExp(
  `\\b(${ORDINAL})(?: [\\w+'’-]+){0,5}? (?:round|session|meeting|dialogue|consultations?|commission|committee|cabinet|retreat|summit|council|forum|conference)\\b`,
  "gi",
);
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };
const romanValue = (word: string) =>
  [...word.toUpperCase()].reduce((sum, c, i, all) => {
    const v = ROMAN[c] ?? 0;
    return (ROMAN[all[i + 1] ?? ""] ?? 0) > v ? sum - v : sum + v;
  }, 0);
const ordinalValue = (word: string) =>
  Number.parseInt(word, 10) ||
  (ORDINAL_WORDS.includes(word.toLowerCase()) ? ORDINAL_WORDS.indexOf(word.toLowerCase()) + 2 : romanValue(word));

/** "finalise the text before the next round", "to sign it at the next session": a next round mentioned, not announced (unless it says where or when). */
const BY_NEXT_ROUND =
  /\b(?:before|ahead of|by|until|at|during)\s+(?:the|their|its)\s+next\s+(?:round|meeting|session)\b(?![^.;]*\b(?:held|take place|scheduled|in\s\p{Lu}))/giu;

/**
 * Whether a sentence announces the next round. An ordinal round in the future is the next one when
 * the text also names an earlier round ("the second meeting … will hold its third meeting"), or,
 * naming no other, when it was agreed ("agreed to hold the 3rd dialogue in Seoul") or comes late in
 * the text: "will hold the fifth round" at the top of a preview is the meeting the text is about.
 */
export function isNextRound(ctx: Context, sentence: Sentence): boolean {
  if (UNSETTLED.test(sentence.text)) return false;
  const announced = sentence.text.replace(BY_NEXT_ROUND, "");
  if (announced !== sentence.text) return isNextRound(ctx, { ...sentence, text: announced });
  if (NEXT_ROUND.test(sentence.text) || NEXT_TWO_PLUS_TWO.test(sentence.text)) return true;
  const named = NEXT_NAMED.exec(sentence.text);
  // "the next Strategic Dialogue" of the U.S.-Saudi Strategic Dialogue; not "the next UK-France
  // Summit" in a counter-terrorism dialogue's readout, which is another meeting.
  if (named) return !ctx.seriesName || ofSeries(ctx.seriesName, named[0]);
  const m = ORDINAL_ROUND.exec(sentence.text) ?? ACRONYM_ROUND.exec(sentence.text);
  if (!m) return false;
  const n = ordinalValue(m[1] ?? m[2] ?? m[3] ?? "");
  const agreed =
    /^(?:agreed|decided)/i.test(m[0]) ||
    /\b(?:agreed|decided)\s+that\s+(?:the\s)?$/i.test(sentence.text.slice(0, m.index));
  const ordinalsIn = (list: Sentence[]) =>
    list.flatMap((s) =>
      [...s.text.matchAll(ANY_ORDINAL), ...s.text.matchAll(ANY_ACRONYM_ORDINAL)].map((o) => ordinalValue(o[1] ?? "")),
    );
  const before = ordinalsIn(ctx.sentences.filter((s) => s.start < sentence.start));
  const after = ordinalsIn(ctx.sentences.filter((s) => s.start > sentence.start));
  if (before.some((o) => o < n)) return true;
  // "Nigeria and Ghana will hold the 6th session …" opening a preview is the meeting it is about,
  // whatever earlier session it goes on to recall.
  const lead = ctx.sentences.filter((s) => MEETING_WORDS.test(s.text)).indexOf(sentence);
  if (lead >= 0 && lead < 2 && !agreed) return false;
  if (after.some((o) => o < n)) return true;
  if (before.length || after.length) return false;
  return agreed || sentence.start > ctx.text.length / 2;
}

/**
 * Where a sentence that met and then agreed on the next round turns to the next one ("met in Split
 * on Wednesday and agreed to hold the next meeting in Slovenia", "At the meeting on Wednesday, the
 * ministers agreed to meet again …"), said of a sentence that announces one: the offset of "next …", else null.
 */
export function turnToNextRound(sentence: Sentence): number | null {
  const at = NEXT_ROUND.exec(sentence.text)?.index ?? 0;
  return at > 0 && PAST_MEETING.test(sentence.text.slice(0, at)) ? at : null;
}
const PAST_MEETING =
  /\b(?:met|held|convened|hosted|co-chaired)\b[^.;]*\band\s(?:agreed|decided)\b|\b(?:[Aa]t|[Dd]uring)\s(?:the|their)\s(?:meeting|talks|session|consultations)\b/;

/** The part of a sentence about this meeting: all of it, the part before it turns to the next round, or none. */
function meetingPart(ctx: Context, sentence: Sentence): Sentence | null {
  if (!isNextRound(ctx, sentence)) return sentence;
  const at = turnToNextRound(sentence);
  return at === null ? null : { ...sentence, text: sentence.text.slice(0, at), end: sentence.start + at };
}
/** Whether the capitalised words of "the next X Y Dialogue" are all in the series' name. */
function ofSeries(seriesName: string, phrase: string): boolean {
  const name = seriesName.toLowerCase();
  return [...phrase.matchAll(/\b[A-Z0-9][\w+-]*/g)].every((w) =>
    name.includes(w[0].toLowerCase().replace(/[’']$/, "")),
  );
}

/** "The 5th session … was held in Accra in 2022": a sentence about an earlier round. */
function aboutEarlier(ctx: Context, sentence: Sentence): boolean {
  const published = ctx.published?.getUTCFullYear();
  return (
    !!published &&
    /\b(?:was|were) (?:held|hosted)\b|\btook place\b|\bwhen\b[^.;]*\bmet\b/.test(sentence.text) &&
    ctx.dates.some((d) => d.sentence === sentence && Number(d.date.slice(0, 4)) < published)
  );
}

const ELSEWHERE =
  /\b(last (month|year|week|june|july|may|april|march|february|january|august|september|october|november|december)|launched|was detained|earlier this year|previous round|(?<!\b(?:first|inaugural)\b[^.;]{0,80})since (?:\d{4}|last|the (?:last|previous)))\b/i;
const PLANNED =
  /\b(will (host|hold|visit|meet|travel|lead|convene|co-chair)|is (scheduled|expected|set|due) to|are (scheduled|expected|set|due) to|to hold|(?<!\b(?:first|second|last|only)\s)to be held|plans to|ahead of)\b/i;
const HELD =
  /\b(held|met|discussed|concluded|signed|reviewed|co-chaired|took place|figured|exchanged|reaffirmed|agreed|led the|was led|were led|was headed|brought together)\b/i;
/** "NEW DELHI:", "MANILA, Nov 3 (Wire) -", "MEXICO CITY (Wire) —": capitalised words, not "The meeting on Wednesday was co-chaired" */
const DATELINE =
  /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\s[-–—]\s)?(\p{Lu}[\p{L}.'/-]+(?:\s(?:(?:de|do|da|del|la|el|es|of|au)\s)?\p{Lu}[\p{L}.'/-]*){0,3})(?:,\s*([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}))?\s*(?:\([^)]{1,30}\)\s*)?(?::|—|–|-{1,2}|,\s*(?:\d|[A-Z][a-z]+\.? \d))/u;
/** "met here on Thursday": the meeting was in the dateline's city */
const HERE = /\b(?:met|meet|meeting|held|talks|gathered|convened)\s+here\b|\bhere\s+(?:on|for|this)\b/i;

const LEVEL_PHRASES: [RegExp, DialogueLevel][] = [
  [/\b(senior officials?'?|vice[- ]ministerial|deputy[- ]ministerial|intersessional)\b/i, "SENIOR_OFFICIALS"],
  [/\b(ministerial|2\+2|foreign ministers|defence ministers)\b/i, "MINISTERIAL"],
  [/\b(summit|leaders'? (meeting|dialogue))\b/i, "LEADERS"],
  [/\b(working group|sub-group|expert[s']* (level|meeting|group))\b/i, "WORKING_GROUP"],
  [/\btrack[ -]1\.5\b/i, "TRACK_1_5"],
  [/\btrack[ -](2|two|ii)\b/i, "TRACK_2"],
];
const LEADER_TITLES =
  /\b(prime minister|president|chancellor|king|emir|amir|sultan|crown prince|premier|head of (?:the )?(?:state|government))\b/i;
const MINISTER_TITLES =
  /\b(minister|cabinet secretary|secretary of state|secretary of (defense|defence|security|homeland security)|lord|baroness)\b/i;
/** A leader's title; not "Deputy Prime Minister" nor "National Security Adviser to the President". */
const isLeaderTitle = (t: string) =>
  LEADER_TITLES.test(
    t.replace(
      /\b(?:(?:first\s)?deputy|vice)\s(?:prime minister|president)\b|\b(?:to|of) the (?:\w+ )?(?:prime minister|president)\b/gi,
      "",
    ),
  );
/**
 * Leaders meet when every co-chair with a title holds a leader's, or leaders of two countries do:
 * not when a prime minister who is also foreign minister meets a secretary of state.
 */
function leadersMeet(participants: ParticipantFact[]): boolean {
  const titled = participants.filter((p) => p.title);
  const leaders = titled.filter((p) => isLeaderTitle(p.title ?? ""));
  return leaders.length > 0 && (leaders.length === titled.length || new Set(leaders.map((p) => p.country)).size > 1);
}
const BELOW_MINISTER = /\b(assistant|deputy|under|vice|junior|additional|principal|minister of state)\b/i;
const DAYS = { one: 1, two: 2, three: 3, four: 4, five: 5 } as const;
const N_DAY =
  /\b(one|two|three|four|five|[1-5])-day\b|\b(?:after|over|for) (two|three|four|five) days\b|\b(two|three|four|five) days of (?:[\w-]+ ){0,2}(?:talks|meetings|consultations|negotiations)\b/i;
const OPENED = /\b(?:began|begins|opened|opens|started|starts|kicked off|got under way|arrived|arrives)\b/i;
const CLOSED = /\b(concluded|ended|wrapped up|closed|at the (?:close|end) of)\b/i;

/** Whether a span of a sentence is in its dateline ("ATHENS, 9 March 2026 —"): the place and date of publication. */
function inDateline(sentence: Sentence, start: number) {
  if (!sentence.firstOfParagraph) return false;
  const m = DATELINE.exec(sentence.text);
  return !!m && start - sentence.start < m.index + m[0].length;
}

/** "… have met their Japanese counterparts in Tokyo", "met today": a release dated the day of the meeting. */
const JUST_MET = /\b(?:have|has)\s+(?:met|held|hosted|welcomed|received|concluded)\b|\b(?:met|held)\b[^.]*\btoday\b/;

function publishedDay(ctx: Context): DateMention[] {
  if (!ctx.published) return [];
  const sentence = ctx.sentences.find(
    (s) => MEETING_WORDS.test(s.text) && !isNextRound(ctx, s) && !ELSEWHERE.test(s.text) && JUST_MET.test(s.text),
  );
  const m = sentence ? JUST_MET.exec(sentence.text) : null;
  if (!sentence || !m) return [];
  const start = sentence.start + m.index;
  const date = ctx.published.toISOString().slice(0, 10);
  return [{ sentence, start, end: start + m[0].length, date, endDate: null, precision: "DAY", form: "published" }];
}

/** "The talks on Thursday", "the meeting on 4 May": a date said of the meeting itself. */
const MEETING_NOUN_BEFORE = /\b(?:talks|meeting|dialogue|consultations|session|summit)\s+(?:on\s+)?$/i;

const SIGNED_ON = /\b(?:signed|inked|agreed)\b/;
const VISIT = /\b(?:visit|visits|visited|trip|tour)\b/i;
const CONVENED = /\b(?:co-chaired|chaired|held|met|convened|took place)\b/i;
const visitOnly = (d: DateMention) => VISIT.test(d.sentence.text) && !CONVENED.test(d.sentence.text);

function meetingDate(ctx: Context): DateMention | null {
  const about = ctx.dates.filter(
    (d) =>
      MEETING_WORDS.test(d.sentence.text) &&
      d.end <= (meetingPart(ctx, d.sentence)?.end ?? -1) &&
      !ELSEWHERE.test(d.sentence.text) &&
      !aboutEarlier(ctx, d.sentence),
  );
  // A dateline's date is when the text was filed; the meeting's date is that only if no other is given.
  // (Not "… said on Wednesday after talks at …": the day of the talks.)
  // ("… said on Friday after a meeting …" is when it was said where another sentence has "the talks on Thursday".)
  const attached = about.some((d) => MEETING_NOUN_BEFORE.test(ctx.text.slice(Math.max(0, d.start - 24), d.start)));
  const reported = (d: DateMention) =>
    /\b(?:said|told(?: \w+)?|announced|reported|stated|confirmed)\s+(?:on\s+)?$/.test(
      ctx.text.slice(Math.max(0, d.start - 24), d.start),
    ) &&
    (attached || !/^\s+after\s+(?:the\s+|their\s+|a\s+)?(?:talks|meeting)\b/.test(ctx.text.slice(d.end, d.end + 30)));
  // "… people familiar with the preparations said on Wednesday": when it was said, not when they meet.
  // "It was preceded by the Meeting of Senior Officials on 24 and 25 November": a preparatory meeting's days.
  const inText = about.filter(
    (d) => !inDateline(d.sentence, d.start) && !reported(d) && !/\bpreceded by\b/i.test(d.sentence.text),
  );
  // "Kenya and Ethiopia signed a pact on Thursday", "… agreed on Wednesday to build …" with no other date:
  // the day of the signing or agreeing, if recent.
  const signed = ctx.dates.filter(
    (d) =>
      SIGNED_ON.test(d.sentence.text) &&
      d.precision === "DAY" &&
      !!ctx.published &&
      Math.abs(Date.parse(`${d.date}T12:00:00Z`) - ctx.published.getTime()) <= 14 * 86_400_000 &&
      !isNextRound(ctx, d.sentence) &&
      !inDateline(d.sentence, d.start) &&
      !reported(d),
  );
  const candidates = inText.length ? inText : about.length ? about : signed.length ? signed : publishedDay(ctx);
  const rank = { DAY: 3, MONTH: 2, YEAR: 1 } as const;
  return (
    [...candidates].sort(
      (a, b) =>
        rank[b.precision] - rank[a.precision] ||
        // "paid a visit on 3-4 November … co-chaired the meeting on 4 November": the meeting's day.
        (visitOnly(a) ? 1 : 0) - (visitOnly(b) ? 1 : 0) ||
        // "next week … on 20 April": the date said outright.
        (a.form === "relative" ? 1 : 0) - (b.form === "relative" ? 1 : 0) ||
        (b.endDate ? 1 : 0) - (a.endDate ? 1 : 0) ||
        a.start - b.start,
    )[0] ?? null
  );
}

/** "Seoul, Jakarta near deal …": two capitals opening a sentence are their governments, not a venue. */
function governmentsPair(ctx: Context, sentence: Sentence, hit: Span) {
  const cities = ctx.gazetteer.cities.find(ctx.text, sentence.start, Math.min(sentence.end, sentence.start + 60));
  const [a, b] = cities;
  return (
    !!a &&
    !!b &&
    a.start === sentence.start &&
    /^,?\s(?:and\s)?$/.test(ctx.text.slice(a.end, b.start)) &&
    (hit.start === a.start || hit.start === b.start)
  );
}

function venue(ctx: Context, date: DateMention | null) {
  const about = ctx.sentences
    .filter((s) => MEETING_WORDS.test(s.text) && !ELSEWHERE.test(s.text) && !aboutEarlier(ctx, s))
    .map((s) => meetingPart(ctx, s))
    .filter((s): s is Sentence => !!s);
  const first = date ? (about.find((s) => s.start === date.sentence.start) ?? date.sentence) : undefined;
  const ordered = first ? [first, ...about.filter((s) => s !== first)] : about;
  const line = dateline(ctx);
  const here = about.find((s) => HERE.test(s.text));
  if (line && here) return { ...line, sentence: here, rule: "venue.here", confidence: 0.8 };
  for (const sentence of ordered) {
    const town = townOf(ctx, sentence);
    if (town) return { ...town, sentence, rule: "venue.town", confidence: 0.8 };
    const hit = ctx.gazetteer.cities
      .find(ctx.text, sentence.start, sentence.end)
      // "Singapore's Minister … to Wellington": a city-state named as a country is not the venue; nor
      // is the capital inside "the Republic of Singapore".
      .find(
        (h) =>
          !inDateline(sentence, h.start) &&
          !/^[’']s\b/.test(ctx.text.slice(h.end, h.end + 3)) &&
          // "the Singapore-Indonesia Leaders' Retreat": a country in a dialogue's name.
          !/^\s?[-–]\s?\p{Lu}/u.test(ctx.text.slice(h.end, h.end + 3)) &&
          !/[-–]\s?$/.test(ctx.text.slice(h.start - 2, h.start)) &&
          !governmentsPair(ctx, sentence, h) &&
          // "after Budapest in 2024": where an earlier round was.
          !inEarlierYear(ctx.text.slice(h.end, h.end + 12), ctx.published) &&
          // "Prime Minister Ana Lima": a city's name as a person's.
          !/(?<!^\s*)\b(?!(?:In|At|To|From|The|Greater)\s)\p{Lu}\p{Ll}+\s$/u.test(
            ctx.text.slice(sentence.start, h.start),
          ) &&
          // "Ethiopia and Djibouti signed …": a capital named as its country is not the venue ("in Singapore" is).
          !(
            ctx.gazetteer.countries
              .find(ctx.text, h.start, h.end)
              .some((c) => c.start === h.start && c.end === h.end) &&
            !/\b(?:in|at)\s+$/.test(ctx.text.slice(Math.max(0, h.start - 4), h.start))
          ) &&
          !ctx.gazetteer.countries
            .find(ctx.text, Math.max(sentence.start, h.start - 40), Math.min(sentence.end, h.end + 40))
            .some((c) => c.start <= h.start && c.end >= h.end && c.end - c.start > h.end - h.start),
      );
    if (hit)
      return {
        city: hit.value.name,
        country: hit.value.country,
        span: hit,
        sentence,
        rule: "venue.city",
        confidence: sentence.start === date?.sentence.start ? 0.9 : 0.75,
      };
    const place = placeMetIn(ctx, sentence);
    if (place) return { ...place, sentence, rule: "venue.place", confidence: 0.7 };
    const seat = seatNamed(sentence.text);
    if (seat) {
      const start = sentence.start + seat.index;
      const span = { start, end: start + seat.length };
      return { city: seat.name, country: seat.country, span, sentence, rule: "venue.seat", confidence: 0.7 };
    }
    // "… held their 13th High-Level Meeting in the Moroccan capital"
    const capital = /\bin the ((?:\p{Lu}\p{L}+\s)?\p{Lu}\p{L}+) capital\b/u.exec(sentence.text);
    const code = capital ? ctx.gazetteer.countries.find(capital[1] ?? "")[0]?.value.code : undefined;
    const city = code ? ctx.gazetteer.capitals.get(code) : undefined;
    if (capital && code && city) {
      const start = sentence.start + capital.index;
      return {
        city,
        country: code,
        span: { start, end: start + capital[0].length },
        sentence,
        rule: "venue.capital",
        confidence: 0.7,
      };
    }
  }
  return line;
}

/** "met in Toulon on 29 August", "was held in Queenstown, New Zealand": a city or province after a verb of meeting. */
const MET_IN =
  /\b(?:met|meet|[Mm]eeting|held|hold|convened|convene|took place|take place|hosted|gathered|[Tt]alks|[Dd]ialogue|[Ss]ession|[Cc]onsultations|[Rr]ound|[Ss]ummit|[Cc]ommission)\b[^.;:]{0,120}?\bin\s(?:the\s(?:\p{Ll}+\s)?(?:\p{Lu}\p{L}+\s)?(?:city|town|port)\sof\s)?(\p{Lu}[\p{Ll}'-]+(?:\s(?:(?:do|da|de|del|dos|das)\s)?\p{Lu}[\p{Ll}'-]+){0,2})(?![\p{L}-])(?:,\s(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+){0,2}))?/u;
const CALENDAR =
  /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** "talks in the Uzbek border city of Termez", "in the northern Ivorian town of …": the place is said outright, though the data may not know it. */
const TOWN_OF =
  /\b(?:met|meet|[Mm]eeting|held|hold|convened|took place|hosted|[Tt]alks|[Dd]ialogue|[Ss]ession|[Cc]onsultations|[Ss]ummit)\b[^.;:]{0,120}?\bin the (?:\p{Ll}+ )?(?:(\p{Lu}\p{L}+) )?(?:\p{Ll}+ )?(?:city|town|port|resort) of (\p{Lu}[\p{Ll}'-]+(?:\s\p{Lu}[\p{Ll}'-]+){0,2})(?![\p{L}-])/u;

function townOf(ctx: Context, sentence: Sentence) {
  const m = TOWN_OF.exec(sentence.text);
  const name = m?.[2];
  if (!m || !name) return null;
  const country = m[1] ? ctx.gazetteer.countries.find(m[1])[0]?.value.code : undefined;
  const known = pickPlace(ctx, name, m[1], false);
  const start = sentence.start + m.index + m[0].length - name.length;
  const span = { start, end: start + name.length };
  if (known) return { city: known.name, country: known.country, span };
  return country ? { city: name, country, span } : null;
}

/** "welcomed U.S. Attorney General X and Secretary Y to Ottawa", "will travel to Rome" */
const WELCOMED_TO =
  /\b(?:welcomed|welcomes|welcome|received|travel(?:led|s)?|visit(?:ed|s)?|delegations?)\b[^.;:]{0,120}?\bto\s(\p{Lu}[\p{Ll}'-]+(?:\s\p{Lu}[\p{Ll}'-]+){0,2})(?![\p{L}-])(?:,\s(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+){0,2}))?/u;
/** "On 18 March, in Ha Noi, Deputy Minister … co-chaired …": the place opens the sentence. */
const OPENING_IN =
  /^(?:On [^,]{3,30},\s)?[Ii]n\s(\p{Lu}[\p{Ll}'-]+(?:\s\p{Lu}[\p{Ll}'-]+){0,2}),\s(?:(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+){0,2}),\s)?/u;

export function placeMetIn(ctx: Context, sentence: Sentence) {
  const m = MET_IN.exec(sentence.text) ?? WELCOMED_TO.exec(sentence.text) ?? OPENING_IN.exec(sentence.text);
  const name = m?.[1];
  if (!m || !name || CALENDAR.test(name) || ctx.gazetteer.countries.find(name).length) return null;
  const place = pickPlace(ctx, name, m[2], true);
  if (!place) return null;
  const start = sentence.start + m.index + m[0].indexOf(name);
  return { city: place.name, country: place.country, span: { start, end: start + name.length } };
}

/**
 * The place a name is: the one in the country written after it ("Queenstown, New Zealand"), else
 * the one in a country the text names ("NAPLES" in a text about Italy), else (if `largest`) the
 * most populous. "Ha Noi" is Hanoi; "NAPLES" is Naples.
 */
function pickPlace(ctx: Context, name: string, countryText: string | undefined, largest: boolean) {
  const written = name.toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
  const places = placesNamed(written).length ? placesNamed(written) : placesNamed(written.replace(/\s/g, ""));
  const code = countryText ? ctx.gazetteer.countries.find(countryText)[0]?.value.code : undefined;
  if (code) return places.find((p) => p.country === code) ?? (largest ? places[0] : undefined) ?? null;
  const named = new Set(ctx.countryHits().map((h) => h.value.code));
  return places.find((p) => named.has(p.country)) ?? (largest ? places[0] : undefined) ?? null;
}

/** The city a dateline names ("NEW DELHI:"), in the first paragraphs. */
function dateline(ctx: Context) {
  for (const sentence of ctx.sentences.filter((s) => s.firstOfParagraph).slice(0, 6)) {
    const m = DATELINE.exec(sentence.text);
    if (!m) continue;
    const place = m[1] ?? "";
    const hit = ctx.gazetteer.cities.find(place)[0]?.value ?? placeOfDateline(ctx, place, m[2]);
    if (hit) {
      const start = sentence.start + m.index;
      return {
        city: hit.name,
        country: hit.country,
        span: { start, end: start + place.length },
        sentence,
        rule: "venue.dateline",
        confidence: 0.6,
      };
    }
  }
  return null;
}

/** "QUEENSTOWN, New Zealand", "NAPLES, April 16" about Italy: a city the cities recorded do not have. */
function placeOfDateline(ctx: Context, place: string, country: string | undefined) {
  const found = pickPlace(ctx, place, country, false);
  return found ? { name: found.name, country: found.country } : null;
}

function status(
  ctx: Context,
  date: DateMention | null,
): { value: DialogueStatus; sentence: Sentence; rule: string; span: Span } | null {
  const sentence = date?.sentence ?? ctx.sentences.find((s) => MEETING_WORDS.test(s.text) && !isNextRound(ctx, s));
  if (!sentence) return null;
  if (date && ctx.published && date.date > ctx.published.toISOString().slice(0, 10))
    return { value: "PLANNED", sentence, rule: "status.after-publication", span: date };
  // "agreed on Friday to set up … and to hold joint drills": what was agreed is not the meeting's tense.
  const planned = PLANNED.exec(sentence.text.replace(/\b(?:agreed|decided|resolved)\b.*$/, ""));
  if (planned) return { value: "PLANNED", sentence, rule: "status.modality", span: within(sentence, planned) };
  const held = HELD.exec(sentence.text);
  if (held) return { value: "HELD", sentence, rule: "status.tense", span: within(sentence, held) };
  return null;
}

/**
 * Words before a level's phrase that make it another body's: "agreed to set up an expert group",
 * "agreed to hold the first meeting of the Joint Working Group on …".
 */
const ANOTHER_BODY =
  /\b(?:(?:set up|setting up|establish\w*|creat\w*|form|launch\w*)\s+(?:an?|the)?\s*|(?:to|will)\s+(?:hold|convene|host)\s+(?:the|its|a)\s+(?:first|inaugural|next|\w+)\s+(?:meeting|session|round)\s+of\s+(?:the|a|its)\s+|(?:preceded|followed)\s+by\s+(?:an?|the)\s+(?:(?:meeting|session)\s+of\s+(?:the\s+)?)?|\bsigned\s+at\s+an?\s+(?:[\w-]+\s+)?)(?:new\s)?(?:joint\s|bilateral\s|technical\s)?$/i;

function level(
  ctx: Context,
  participants: ParticipantFact[],
): { value: DialogueLevel; sentence: Sentence | null; rule: string; span: Span | null } | null {
  // The dialogue's own name says it first ("… Counter-Terrorism Joint Working Group"), then a
  // leader among the co-chairs (presidents "accompanied by ministers and senior officials").
  const named = ctx.seriesName ? LEVEL_PHRASES.find(([re]) => re.test(ctx.seriesName!)) : undefined;
  if (named) return { value: named[1], sentence: null, rule: "level.series-name", span: null };
  if (leadersMeet(participants)) return { value: "LEADERS", sentence: null, rule: "level.titles", span: null };
  for (const sentence of ctx.sentences.filter((s) => MEETING_WORDS.test(s.text) && !isNextRound(ctx, s))) {
    for (const [re, value] of LEVEL_PHRASES) {
      const m = re.exec(sentence.text);
      // "agreed to set up an expert group": a body to come, not the level of this meeting; nor is
      // "preparations for the next 2+2 Ministerial Dialogue".
      if (m && /\bnext(?:\s[\w+-]+){0,2}\s$/i.test(sentence.text.slice(0, m.index))) continue;
      if (m && ANOTHER_BODY.test(sentence.text.slice(0, m.index))) continue;
      if (m) return { value, sentence, rule: "level.phrase", span: within(sentence, m) };
    }
  }
  if (!participants.some((p) => p.title)) return null;
  const value: DialogueLevel = leadersMeet(participants)
    ? "LEADERS"
    : participants.some(
          (p) =>
            MINISTER_TITLES.test(p.title ?? "") &&
            !BELOW_MINISTER.test((p.title ?? "").replace(/\bdeputy prime minister\b/i, "")) &&
            // A "Secretary of State" in a ministry (Poland's, Germany's) is a deputy minister.
            !(
              /^secretary of state\b/i.test(p.title ?? "") &&
              (/^Ministry\b/.test(p.organisation ?? "") || /\bof the Ministry\b/.test(p.title ?? ""))
            ),
        )
      ? "MINISTERIAL"
      : "SENIOR_OFFICIALS";
  return { value, sentence: null, rule: "level.titles", span: null };
}

/** Where a match inside a sentence is in the text. */
const within = (sentence: Sentence, m: RegExpExecArray): Span => ({
  start: sentence.start + m.index,
  end: sentence.start + m.index + m[0].length,
});

/**
 * "The two-day dialogue concluded on Tuesday", "… at the end of the session. The commission, which
 * met for two days, …", "… The two-day meeting …": a range ending on that day (its length said there or in the next sentence).
 */
function withLength(ctx: Context, date: DateMention | null): DateMention | null {
  if (!date || date.endDate || date.precision !== "DAY") return date;
  const at = ctx.sentences.indexOf(date.sentence);
  const [previous, next] = [ctx.sentences[at - 1], ctx.sentences[at + 1]];
  const closed = CLOSED.test(date.sentence.text);
  // Ended on that day: its length said there, in the next sentence ("The two-day meeting …") or in
  // the one before ("… after a two-day meeting in Cartagena. … which ended on Tuesday").
  // Starting on a day still to come: "will leave on Thursday … The two-day session is expected to …".
  // Opened on that day: "The two-day meeting began in Manila on Tuesday".
  const ahead =
    !closed &&
    ((!!ctx.published && Date.parse(`${date.date}T00:00:00Z`) > ctx.published.getTime()) ||
      OPENED.test(date.sentence.text));
  if (!closed && !ahead) return date;
  const n =
    N_DAY.exec(date.sentence.text) ??
    (next && /^The\s/.test(next.text) ? N_DAY.exec(next.text) : null) ??
    ((closed || OPENED.test(date.sentence.text)) && previous ? N_DAY.exec(previous.text) : null);
  if (!n) return date;
  const count = n[1] ?? n[2] ?? n[3] ?? "";
  const days = DAYS[count.toLowerCase() as keyof typeof DAYS] ?? Number(count);
  if (days < 2) return date;
  const shift = (d: string, by: number) =>
    new Date(Date.parse(`${d}T00:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10);
  return closed
    ? { ...date, date: shift(date.date, -(days - 1)), endDate: date.date, form: "length" }
    : { ...date, endDate: shift(date.date, days - 1), form: "length" };
}

export function findMeeting(ctx: Context, participants: ParticipantFact[]): MeetingFact {
  const date = withLength(ctx, meetingDate(ctx));
  const place = venue(ctx, date);
  const state = status(ctx, date);
  const rank = level(ctx, participants);
  const part = (
    rule: string,
    confidence: number,
    spans: { start: number; end: number }[],
    sentences: Sentence[],
  ): FactMeta => factOf(ctx, rule, confidence, spans, sentences);
  const parts = {
    date: date
      ? part(
          `date.${date.form}`,
          date.form === "weekday" || date.form === "published" ? 0.7 : 0.9,
          [date],
          [date.sentence],
        )
      : null,
    venue: place ? part(place.rule, place.confidence, [place.span], [place.sentence]) : null,
    level: rank
      ? part(rank.rule, rank.sentence ? 0.8 : 0.6, rank.span ? [rank.span] : [], rank.sentence ? [rank.sentence] : [])
      : null,
    status: state ? part(state.rule, 0.8, [state.span], [state.sentence]) : null,
  };
  const found = Object.values(parts).filter((p): p is FactMeta => !!p);
  return {
    start: date?.date ?? null,
    end: date?.endDate ?? null,
    precision: date?.precision ?? null,
    city: place?.city ?? null,
    country: place?.country ?? null,
    level: rank?.value ?? null,
    status: state?.value ?? "HELD",
    parts,
    evidence: found.flatMap((p) => p.evidence),
    confidence: found.length ? Math.min(...found.map((p) => p.confidence)) : 0,
    rule: "meeting",
    credibility: found.length ? Math.max(...found.map((p) => p.credibility)) : 6,
  };
}
