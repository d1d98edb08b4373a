import { extractDraft } from "@/lib/capture/extract";
import { scoreDraft, FIELDS } from "@/lib/capture/score";
import { corpus, corpusGazetteer } from "@/test/capture/corpus";
const g = corpusGazetteer();
const name = process.argv[2]!;
const t = corpus("dev").find((t) => t.name === name)!;
const d = extractDraft({ content: t.content, published: t.published, kind: t.kind }, g);
const s = scoreDraft(d, t.gold);
console.log(JSON.stringify({ series: d.series && { name: d.series.name, parties: d.series.parties }, meeting: { ...d.meeting, parts: undefined },
 participants: d.participants.map((p) => [p.name, p.title, p.organisation, p.country, p.honorific]),
 themes: d.themes.map((t) => `${t.isNew ? "new:" : ""}${t.slug ?? t.label}`),
 agreements: d.agreements.map((a) => [a.kind, a.subject, a.status]), next: d.nextRound && [d.nextRound.city, d.nextRound.country, d.nextRound.date] }, null, 1));
console.log("GOLD", JSON.stringify({ ...t.gold, input: undefined }));
console.log(FIELDS.filter((f) => s[f].falsePositives || s[f].falseNegatives).join(", "));
