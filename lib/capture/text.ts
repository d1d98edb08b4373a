import type { Span } from "./draft";
import { findFurniture, inFurniture } from "./furniture";

/** Who a sentence speaks for, which sets the credibility of what is read from it. */
export type Voice = "source" | "official" | "anonymous";

export type Sentence = Span & { text: string; voice: Voice; firstOfParagraph: boolean };

export type PreparedText = { text: string; furniture: Span[]; sentences: Sentence[] };

const ANONYMOUS =
  /\b(on condition of anonymity|not authori[sz]ed to (speak|discuss)|(people|persons|sources?|officials?|diplomats?) (familiar with|aware of|close to|briefed on)|the people said|(an?|one|two|three|several) (senior )?(officials?|diplomats?|sources?)\b[^.]{0,60}\bsaid|sources said|according to (people|sources))/i;
const OFFICIAL =
  /\b(readout|joint statement|the statement said|statement from|according to a statement|press release)\b/i;

/** The text as it is stored: line endings and spaces made plain, nothing else changed. */
export function normaliseText(raw: string): string {
  return raw
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00A0\u2007\u202F]/g, " ")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** A segment that ends in an initial or an abbreviation ("Laura M.", "the U.S.", "Dr.", "General (ret.)") goes on. */
const GOES_ON =
  /(\((?:[Rr]et|[Rr]etd|[Rr]td)\.\)|\b[A-Z]\.|\b(?:[A-Z]\.){2,}|\b(?:Dr|Mr|Mrs|Ms|St|No|Gen|Col|Lt|Sen|Rep|Amb|Hon|Jr|Sr|Adm|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)\s*$/;

/** The sentences of one paragraph, as [offset, text] pairs. */
function sentencesOf(paragraph: string): [number, string][] {
  const out: [number, string][] = [];
  for (const { segment, index } of segmenter.segment(paragraph)) {
    const last = out.at(-1);
    if (last && GOES_ON.test(last[1])) last[1] += segment;
    else out.push([index, segment]);
  }
  return out;
}

/** Sentences of the text that are not furniture, each with its offsets and its voice. */
export function prepareText(raw: string): PreparedText {
  const text = normaliseText(raw);
  const furniture = findFurniture(text);
  const sentences: Sentence[] = [];
  let paragraphStart = 0;
  for (const paragraph of text.split("\n")) {
    const base = paragraphStart;
    paragraphStart += paragraph.length + 1;
    let first = true;
    for (const [index, segment] of sentencesOf(paragraph)) {
      const lead = segment.length - segment.trimStart().length;
      const body = segment.trim();
      if (!body) continue;
      const start = base + index + lead;
      if (inFurniture(furniture, start)) continue;
      const voice: Voice = ANONYMOUS.test(body) ? "anonymous" : OFFICIAL.test(body) ? "official" : "source";
      sentences.push({ start, end: start + body.length, text: body, voice, firstOfParagraph: first });
      first = false;
    }
  }
  return { text, furniture, sentences };
}
