// npm run capture:score [-- --split dev|held-out|all] [--verbose]: precision and recall of
// assisted capture per field, on the corpus in test/capture/corpus.
import { extractDraft } from "@/lib/capture/extract";
import { addTallies, FIELDS, precision, recall, scoreDraft, type Field, type Tally } from "@/lib/capture/score";
import { corpus, corpusGazetteer } from "@/test/capture/corpus";

const args = process.argv.slice(2);
const split = args[args.indexOf("--split") + 1] ?? "all";
const verbose = args.includes("--verbose");
const splits = split === "all" ? (["dev", "held-out"] as const) : ([split] as ("dev" | "held-out")[]);
const gazetteer = corpusGazetteer();

for (const s of splits) {
  const texts = corpus(s);
  const totals = Object.fromEntries(
    FIELDS.map((f) => [f, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }]),
  ) as Record<Field, Tally>;
  for (const t of texts) {
    const draft = extractDraft({ content: t.content, published: t.published, kind: t.kind }, gazetteer);
    const score = scoreDraft(draft, t.gold);
    for (const f of FIELDS) totals[f] = addTallies(totals[f], score[f]);
    if (verbose) {
      const misses = FIELDS.filter((f) => score[f].falsePositives || score[f].falseNegatives);
      console.log(`${t.name}: ${misses.length ? "" : "all right"}`);
      for (const f of misses) {
        const { wrong, missed } = score[f];
        console.log(
          `  ${f}: ${wrong
            .map((k) => `+ ${k}`)
            .concat(missed.map((k) => `- ${k}`))
            .join("; ")}`,
        );
      }
    }
  }
  console.log(`\n${s}: ${texts.length} texts`);
  console.log("field                       precision  recall   (found right / wrong / missed)");
  for (const f of FIELDS) {
    const t = totals[f];
    console.log(
      `${f.padEnd(28)}${precision(t).toFixed(2).padStart(9)}${recall(t).toFixed(2).padStart(8)}   (${t.truePositives} / ${t.falsePositives} / ${t.falseNegatives})`,
    );
  }
}
