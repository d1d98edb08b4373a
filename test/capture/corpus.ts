import fs from "node:fs";
import path from "node:path";
import { FOUNDING_TOPICS, type TopicSpec } from "@/prisma/seed/founding-example";
import { buildGazetteer } from "@/lib/capture/gazetteer";
import type { Gold } from "@/lib/capture/score";
import type { SourceKind } from "@/generated/prisma/enums";

// The capture corpus: texts written for Parley in the styles of real readouts, joint statements
// and press reports, each with a hand-made gold file. dev/ is what the rules were developed on;
// held-out/ was written before the current round of rule changes and is scored once they are frozen;
// each round's held-out texts then join dev/.

const ROOT = path.join(process.cwd(), "test/capture/corpus");

export type CorpusText = {
  name: string;
  split: "dev" | "held-out";
  content: string;
  gold: Gold;
  published?: string;
  kind?: SourceKind;
};

export function corpus(split: "dev" | "held-out"): CorpusText[] {
  const dir = path.join(ROOT, split);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".gold.json"))
    .sort()
    .map((f) => {
      const gold = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as Gold;
      const name = f.replace(/\.gold\.json$/, "");
      const file =
        gold.input.file ?? fs.readdirSync(dir).find((g) => g.startsWith(`${name}.`) && !g.endsWith(".gold.json"));
      if (!file) throw new Error(`No text for ${name}`);
      const content = fs.readFileSync(gold.input.file ? path.join(process.cwd(), file) : path.join(dir, file), "utf8");
      return {
        name,
        split,
        content,
        gold,
        published: gold.input.published,
        kind: gold.input.kind as SourceKind | undefined,
      };
    });
}

/** What the corpus is scored against: a database with the countries and the themes, nothing else. */
export function corpusGazetteer() {
  const vocabulary = JSON.parse(fs.readFileSync(path.join(ROOT, "topics.json"), "utf8")) as {
    topics: TopicSpec[];
    seedTopicSynonyms: Record<string, string[]>;
  };
  const flat: TopicSpec[] = [];
  const walk = (specs: TopicSpec[]) =>
    specs.forEach((s) => {
      const more = vocabulary.seedTopicSynonyms[s.slug] ?? [];
      flat.push({ ...s, synonyms: [...(s.synonyms ?? []), ...more] });
      walk(s.children ?? []);
    });
  walk([...FOUNDING_TOPICS, ...vocabulary.topics]);
  return buildGazetteer({
    organisations: [],
    people: [],
    series: [],
    cities: [],
    topics: flat.map((t, i) => ({ id: i + 1, slug: t.slug, name: t.name, synonyms: t.synonyms ?? [] })),
  });
}
