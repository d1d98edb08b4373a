// npm run capture:bench: how long capture takes to draft a 2,000-word readout on the server, with a
// gazetteer the size of a well-used database (5,000 people, 2,000 organisations, 300 series and
// the corpus's themes). Prints the first (cold) run and the p50 / p95 of 50 warm runs.
import { extractDraft } from "../lib/capture/extract";
import { buildGazetteer } from "../lib/capture/gazetteer";
import { COUNTRY_POOL, FIRST_NAMES, LAST_NAMES, ORGANISATION_TYPES } from "../lib/synthetic/vocabulary";
import { corpus, corpusGazetteer } from "../test/capture/corpus";

const texts = [...corpus("dev"), ...corpus("held-out")].filter((t) => !t.content.trimStart().startsWith("<"));
let text = "";
for (let i = 0; text.split(/\s+/).length < 2000; i++) text += `${texts[i % texts.length]!.content}\n\n`;
const words = text.split(/\s+/).length;

const topics = corpusGazetteer().topicList;
const at = <T>(list: readonly T[], i: number) => list[i % list.length]!;
const started = performance.now();
const gazetteer = buildGazetteer({
  topics,
  people: Array.from({ length: 5000 }, (_, i) => ({
    id: i + 1,
    name: `${at(FIRST_NAMES, i)} ${at(LAST_NAMES, Math.floor(i / FIRST_NAMES.length) + i)}`,
    aliases: [],
    country: at(COUNTRY_POOL, i),
    title: null,
    organisation: null,
  })),
  organisations: Array.from({ length: 2000 }, (_, i) => ({
    id: i + 1,
    name: `${at(ORGANISATION_TYPES, i).name} of ${at(COUNTRY_POOL, i)} ${Math.floor(i / 40)}`,
    acronym: null,
    country: at(COUNTRY_POOL, i),
  })),
  series: Array.from({ length: 300 }, (_, i) => ({
    id: i + 1,
    name: `${at(COUNTRY_POOL, i)}-${at(COUNTRY_POOL, i + 7)} Dialogue ${i}`,
    shortName: null,
    parties: [at(COUNTRY_POOL, i), at(COUNTRY_POOL, i + 7)],
  })),
  cities: [],
});
const built = performance.now() - started;

const time = () => {
  const t = performance.now();
  extractDraft({ content: text, published: "2025-01-15" }, gazetteer);
  return performance.now() - t;
};
const cold = time();
const warm = Array.from({ length: 50 }, time).sort((a, b) => a - b);
const pct = (p: number) => warm[Math.min(warm.length - 1, Math.floor((p / 100) * warm.length))]!.toFixed(1);
console.log(
  `gazetteer built in ${built.toFixed(0)} ms (5,000 people, 2,000 organisations, 300 series, ${topics.length} themes)`,
);
console.log(
  `draft of a ${words}-word text: first run ${cold.toFixed(0)} ms, then p50 ${pct(50)} ms, p95 ${pct(95)} ms (50 runs)`,
);
