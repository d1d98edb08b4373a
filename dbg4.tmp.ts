import { extractDraft } from "@/lib/capture/extract";
import { corpus, corpusGazetteer } from "@/test/capture/corpus";
const g = corpusGazetteer();
for (const t of corpus("dev")) {
  const d = extractDraft({ content: t.content, published: t.published, kind: t.kind }, g);
  const got = d.themes.filter((x) => !x.isNew).map((x) => x.slug!);
  const extra = got.filter((x) => !t.gold.themes.includes(x));
  const missed = t.gold.themes.filter((x) => !got.includes(x));
  if (extra.length || missed.length) console.log(t.name, "EXTRA", extra.map((x) => { const th = d.themes.find((y) => y.slug === x)!; return x + "<" + d.source.text.slice(th.evidence[0]!.start, th.evidence[0]!.end) + ">"; }), "MISSED", missed, "NEW", d.themes.filter((x) => x.isNew).map((x) => x.label));
}
