import type { ThemeFact } from "../draft";
import { factOf, type Context } from "../context";

// Themes: the topic tree's names and synonyms found in the text (not in a sentence that says the
// matter did not come up: "didn't figure in the dialogue"). Items of a "discussed …" list that match
// no topic are offered apart, as new themes.

const NEGATED = /\b(did ?n[o’']t|did not|was not|were not|never) (figure|come up|discuss|raise)/i;
const LIST = /\b(?:discussed|cooperation (?:on|in)|focus(?:ed)? on|addressed|exchanged views on|covered)\s+([^.;]+)/gi;
const STOP = /^(the|their|its|ways?|steps|how|efforts?|issues?|matters?|areas?|cooperation|views?|bilateral|regional)\b/i;

export function findThemes(ctx: Context): ThemeFact[] {
  const byTopic = new Map<number, { hit: ReturnType<Context["gazetteer"]["topics"]["find"]>[number]; spans: { start: number; end: number }[]; sentences: Context["sentences"] }>();
  const sentences = ctx.sentences.filter((s) => !NEGATED.test(s.text));
  for (const sentence of sentences) {
    for (const hit of ctx.gazetteer.topics.find(ctx.text, sentence.start, sentence.end)) {
      const entry = byTopic.get(hit.value.id) ?? { hit, spans: [], sentences: [] };
      if (entry.spans.length < 3) {
        entry.spans.push(hit);
        entry.sentences.push(sentence);
      }
      byTopic.set(hit.value.id, entry);
    }
  }
  const matched: ThemeFact[] = [...byTopic.values()].map(({ hit, spans, sentences: from }) => ({
    slug: hit.value.slug,
    label: hit.value.name,
    topicId: hit.value.id,
    isNew: false,
    ...factOf(ctx, `theme.${hit.value.via}`, hit.value.via === "name" ? 0.9 : 0.75, spans, from),
  }));
  const suggested = new Map<string, ThemeFact>();
  for (const sentence of sentences) {
    for (const m of sentence.text.matchAll(LIST)) {
      let offset = sentence.start + m.index + m[0].length - m[1].length;
      for (const raw of m[1].split(/,\s*(?:and\s+|including\s+)?|\s+and\s+|\s+including\s+/)) {
        const at = ctx.text.indexOf(raw, offset);
        offset = at >= 0 ? at + raw.length : offset;
        const item = raw.trim().replace(/^(the|and)\s+/i, "");
        const words = item.split(/\s+/);
        if (!item || words.length > 4 || STOP.test(item) || /\d/.test(item) || at < 0) continue;
        if (ctx.gazetteer.topics.find(item).length || ctx.gazetteer.countries.find(item).length) continue;
        const key = item.toLowerCase();
        if (!suggested.has(key))
          suggested.set(key, {
            slug: null,
            label: item[0].toUpperCase() + item.slice(1),
            topicId: null,
            isNew: true,
            ...factOf(ctx, "theme.new", 0.4, [{ start: at, end: at + raw.length }], [sentence]),
          });
      }
    }
  }
  return [...matched, ...suggested.values()];
}
