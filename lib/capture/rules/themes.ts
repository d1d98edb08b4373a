import type { ThemeFact } from "../draft";
import { factOf, type Context } from "../context";

// Themes: the topic tree's names and synonyms found in the text (not in a sentence that says the
// matter did not come up: "didn't figure in the dialogue"). Items of a "discussed …" list that match
// no topic are offered apart, as new themes.

const NEGATED = /\b(did ?n[o’']t|did not|was not|were not|never) (figure|come up|discuss|raise)/i;
const LIST =
  /\b(?:discussed|reviewed|cooperation (?:on|in)|focus(?:ed)? on|addressed|exchanged views on|covered|(?:ways|steps|measures|efforts) to (?:counter|combat|tackle|curb|fight)|to (?:combat|counter|tackle|curb)|the fight against|threat posed by|the issue of)\s+((?:[^.;,]|,(?!\s(?:which|who|and\s(?:the|their|they|both))\b))+)/gi;
/** "… was another important element of the dialogue": the subject is a theme. */
const ELEMENT =
  /^([A-Z][\p{L}-]*(?:\s[\p{Ll}-]+){0,3}) (?:was|were) (?:another |an |the |a )?(?:important |key |main |major )?(?:element|issue|focus|theme|topic|priority)\b/u;
const STOP =
  /^(a|an|according|people|reaffirmed|facilitate|orderly|said|the|their|its|ways?|steps|how|efforts?|issues?|matters?|areas?|cooperation|views?|bilateral|regional|on|of|in|to|for|with|which|that|this|those|these|both|each|progress|work|ongoing)\b/i;
/** An item ends at its first verb or clause word: "illegal immigration figured in the talks" is "illegal immigration". */
const GENERIC =
  /^(security|production|trade|work|progress|cooperation|development|support|issues?|matters?|efforts?|relations|ties)$/i;
const ITEM_END =
  /\s(?:figured|said|aimed|posed|was|were|is|are|has|have|had|remains?|which|that|who|with|at|during|in the|between|among|by|from|through|as|ahead)\b.*$/i;
const LEAD =
  /^(?:countering|combating|combatting|the disruption of|disruption of|the fight against|tackling|curbing|preventing|the threat posed by|the|and|both|other|on|in)\s+/i;

/** "Assistant Secretary … for Counterterrorism and Threat Prevention", "the Ministers of the Interior, … of Defence": a topic named in an office's title is not a theme of the meeting. */
const OFFICE =
  /\b(?:Secretary|Ministers?|Ministry|Department|Office|Bureau|Agency|Coordinator|Director|Division|Directorate|Unit)\s+(?:(?:of|for|and|on|the)\s+|\p{Lu}[\p{L}-]*,?\s+){0,12}$/u;

function inOfficeName(text: string, sentenceStart: number, hit: { start: number }) {
  return (
    /^\p{Lu}/u.test(text.slice(hit.start)) &&
    OFFICE.test(text.slice(Math.max(sentenceStart, hit.start - 120), hit.start))
  );
}

/** "the drug trade", "illicit trade in wildlife": trade that is a crime, not commerce. */
const ILLICIT_BEFORE = /\b(?:drugs?|arms|illicit|illegal|wildlife|narcotics?|weapons|slave|cocaine|heroin|opium)\s+$/i;
const illicitTrade = (text: string, hit: { start: number; end: number }) =>
  /^trade$/i.test(text.slice(hit.start, hit.end)) &&
  ILLICIT_BEFORE.test(text.slice(Math.max(0, hit.start - 20), hit.start));

/** The topic whose name starts with this word ("Space cooperation" for "space"), if only one does. */
function headTopic(ctx: Context, word: string) {
  const w = word.toLowerCase();
  if (w.length < 4 || /^(?:cooperation|security|issues?|relations)$/.test(w)) return undefined;
  const topics = ctx.gazetteer.topicList.filter((t) => t.name.toLowerCase().split(/[\s-]+/)[0] === w);
  return topics.length === 1 ? topics[0] : undefined;
}

export function findThemes(ctx: Context): ThemeFact[] {
  const byTopic = new Map<
    number,
    {
      hit: ReturnType<Context["gazetteer"]["topics"]["find"]>[number];
      spans: { start: number; end: number }[];
      sentences: Context["sentences"];
    }
  >();
  const sentences = ctx.sentences.filter((s) => !NEGATED.test(s.text));
  for (const sentence of sentences) {
    for (const hit of ctx.gazetteer.topics.find(ctx.text, sentence.start, sentence.end)) {
      if (inOfficeName(ctx.text, sentence.start, hit) || illicitTrade(ctx.text, hit)) continue;
      const entry = byTopic.get(hit.value.id) ?? { hit, spans: [], sentences: [] };
      if (entry.spans.length < 3) {
        entry.spans.push(hit);
        entry.sentences.push(sentence);
      }
      byTopic.set(hit.value.id, entry);
    }
  }
  // A topic's name in another word order: "sharing biometric information" for "Biometric information sharing".
  for (const topic of ctx.gazetteer.topicList) {
    if (byTopic.has(topic.id)) continue;
    const words = topic.name
      .toLowerCase()
      .split(/[\s-]+/)
      .filter((w) => w.length > 3);
    if (words.length < 2) continue;
    for (const sentence of sentences) {
      const tokens = [...sentence.text.matchAll(/[\p{L}\d-]+/gu)];
      // Each word or an inflection of it ("sharing" for "share"), not a longer word ("humanitarian" is not "human").
      const places = words.map((w) =>
        tokens.flatMap((t, i) => {
          const token = t[0].toLowerCase();
          return token.startsWith(w.slice(0, Math.max(4, w.length - 2))) && token.length <= w.length + 3 ? [i] : [];
        }),
      );
      if (places.some((p) => !p.length)) continue;
      // The closest occurrences: "cooperation in cyber and space", not the sentence's first "cooperation".
      const at =
        (places[0] ?? [])
          .map((i) => places.map((p) => p.reduce((best, j) => (Math.abs(j - i) < Math.abs(best - i) ? j : best))))
          .sort((a, b) => Math.max(...a) - Math.min(...a) - (Math.max(...b) - Math.min(...b)))[0] ?? [];
      if (Math.max(...at) - Math.min(...at) > words.length + 2) continue;
      const first = tokens[Math.min(...at)];
      const last = tokens[Math.max(...at)];
      if (!first || !last) continue;
      const span = { start: sentence.start + first.index, end: sentence.start + last.index + last[0].length };
      // Words of a topic already found there ("Memorandum of Cooperation on law enforcement training").
      const taken = at.some((i) => {
        const t = sentence.start + (tokens[i]?.index ?? 0);
        return [...byTopic.values()].some((e) => e.spans.some((o) => o.start <= t && o.end > t));
      });
      if (taken) continue;
      byTopic.set(topic.id, {
        hit: { ...span, text: "", value: { ...topic, via: "words" } },
        spans: [span],
        sentences: [sentence],
      });
      break;
    }
  }
  const matched: ThemeFact[] = [...byTopic.values()].map(({ hit, spans, sentences: from }) => ({
    slug: hit.value.slug,
    label: hit.value.name,
    topicId: hit.value.id,
    isNew: false,
    ...factOf(ctx, `theme.${hit.value.via}`, { name: 0.9, synonym: 0.75, words: 0.6 }[hit.value.via], spans, from),
  }));
  const suggested = new Map<string, ThemeFact>();
  const heads = new Map<number, ThemeFact>();
  for (const sentence of sentences) {
    for (const m of sentence.text.matchAll(LIST)) {
      const [whole, list = ""] = m;
      let offset = sentence.start + m.index + whole.length - list.length;
      for (const piece of list.split(
        /,\s*(?:and\s+|including\s+|especially\s+)?|\s+and\s+|\s+including\s+|\s+especially\s+/,
      )) {
        let item = piece.trim();
        while (LEAD.test(item)) item = item.replace(LEAD, "");
        item = item.replace(ITEM_END, "").trim();
        const raw = item;
        const at = ctx.text.indexOf(raw, offset);
        offset = at >= 0 ? at + raw.length : offset;
        const words = item.split(/\s+/);
        // "cooperation in trade and investment, defence, energy and health": a topic by the first
        // word of its name, said alone in a list of what was discussed.
        const head = words.length === 1 && at >= 0 ? headTopic(ctx, item) : undefined;
        if (head && !matched.some((t) => t.topicId === head.id) && !heads.has(head.id))
          heads.set(head.id, {
            slug: head.slug,
            label: head.name,
            topicId: head.id,
            isNew: false,
            ...factOf(ctx, "theme.head-word", 0.5, [{ start: at, end: at + raw.length }], [sentence]),
          });
        if (head) continue;
        // A theme is a common noun phrase: no names (capitals after the first word), no abbreviations cut short.
        const named = words.slice(1).some((w) => /^\p{Lu}/u.test(w)) || /\b\p{Lu}$/u.test(item);
        if (!item || words.length > 4 || STOP.test(item) || /\d/.test(item) || at < 0 || named) continue;
        if ((words.length === 1 && GENERIC.test(item)) || ctx.gazetteer.ignored.has(item.toLowerCase())) continue;
        if (["topics", "countries", "cities"].some((k) => ctx.gazetteer[k as "topics"].find(item).length)) continue;
        const key = item.toLowerCase();
        if (!suggested.has(key))
          suggested.set(key, {
            slug: null,
            label: item.charAt(0).toUpperCase() + item.slice(1),
            topicId: null,
            isNew: true,
            ...factOf(ctx, "theme.new", 0.4, [{ start: at, end: at + raw.length }], [sentence]),
          });
      }
    }
  }
  for (const sentence of sentences) {
    const m = ELEMENT.exec(sentence.text);
    const item = m?.[1];
    if (!item || ctx.gazetteer.topics.find(item).length || suggested.has(item.toLowerCase())) continue;
    suggested.set(item.toLowerCase(), {
      slug: null,
      label: item,
      topicId: null,
      isNew: true,
      ...factOf(ctx, "theme.new", 0.5, [{ start: sentence.start, end: sentence.start + item.length }], [sentence]),
    });
  }
  // A suggestion that is only a matched theme in other words ("countering narcotics trafficking") is dropped.
  // So is one read from inside a matched phrase ("humanitarian assistance" in "humanitarian assistance and disaster relief").
  const known = new Set(matched.map((t) => t.label.toLowerCase()));
  const matchedSpans = matched.flatMap((t) => t.evidence);
  const inside = (t: ThemeFact) =>
    t.evidence.every((e) => matchedSpans.some((m) => m.start <= e.start && m.end >= e.end));
  return [
    ...matched,
    ...heads.values(),
    ...[...suggested.values()].filter((t) => !known.has(t.label.toLowerCase()) && !inside(t)),
  ];
}
