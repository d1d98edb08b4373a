import type { SeriesFact } from "../draft";
import { factOf, type Context } from "../context";
import type { Sentence } from "../text";
import { seriesKey } from "../series-key";
import { MONTHS, WEEKDAYS } from "./dates";

// The dialogue series: a name such as "India-US Homeland Security Dialogue" or "Pakistan-U.S.
// Counterterrorism Dialogue" (two countries joined by a dash, then capitalised words ending in
// Dialogue, Commission, Talks…), matched to an existing series whatever the order of the two
// countries and however they are written ("U.S.-India" is "India-US").

const SERIES_END =
  "Dialogue|Commission|Committee|Council|Working Group|Group|Consultations?|Talks|Forum|Partnership|Mechanism|Meeting|Summit|Retreat|Cabinet|Board|Roundtable|Seminar";
/** A name two countries start may also end so: "British-Irish Intergovernmental Conference" (not "a press conference"). */
const PAIR_END = `${SERIES_END}|Conference`;
/** Not a name's words: "the Joint Commission on Thursday" */
const DAY_OR_MONTH = `(?:${WEEKDAYS.join("|")}|${MONTHS})`;
/** "… Joint Commission for Bilateral Cooperation", "… for Economic, Cultural and Technical Cooperation", "… Council of Ministers": a capitalised phrase after the name's last word is part of it */
const SERIES_TAIL = String.raw`(?:\s(?:for|on|of)\s(?!${DAY_OR_MONTH}\b)(?:[A-Z][\p{L}-]+)(?:,?\s(?:and\s)?[A-Z][\p{L}-]+){0,4})?`;
/** The combining forms of "Franco-German", "Sino-Indian", "Anglo-Irish". */
const COMBINING: Record<string, string> = {
  Franco: "FR",
  Anglo: "GB",
  Sino: "CN",
  Indo: "IN",
  Russo: "RU",
  Italo: "IT",
  Hispano: "ES",
  Luso: "PT",
  Austro: "AT",
  Greco: "GR",
  Turco: "TR",
  // "Korea-Japan Strategic Dialogue": in a dialogue's name, the Republic of Korea.
  Korea: "KR",
};
/** The country a name's first or second part is: "India", "U.S.", "Franco". */
const countryOf = (ctx: Context, part: string) => {
  // "The Anglo", "Korea Foreign": a word of the part is the combining form.
  const form = part.split(" ").find((w) => COMBINING[w]) ?? "";
  const code = COMBINING[form];
  // "Senegalo-Gambian": a country's name with an "o" is its combining form.
  const stem = /^(\p{Lu}\p{Ll}{3,})o$/u.exec(part)?.[1] ?? "";
  const stemHit = stem ? ctx.gazetteer.countries.find(stem)[0] : undefined;
  return (
    ctx.gazetteer.countries.find(part)[0] ??
    (stemHit && stemHit.start === 0 && stemHit.end === stem.length
      ? { ...stemHit, end: part.length, text: part }
      : undefined) ??
    (code
      ? {
          start: part.indexOf(form),
          end: part.indexOf(form) + form.length,
          text: form,
          value: ctx.gazetteer.countryByCode.get(code)!,
        }
      : undefined)
  );
};
/** A country as a series name writes it: "India", "U.S.", "Viet Nam", "Republic of Korea", and the two whose names have a hyphen */
const COUNTRY = `(?:Timor-Leste|Guinea-Bissau|[A-Z][\\p{L}.]*\\.?|U\\.S\\.|U\\.K\\.)(?:\\s(?:of\\s(?:the\\s)?)?(?:d['’])?[A-Z][\\p{L}]+){0,2}`;
const NAME = new RegExp(
  `(${COUNTRY})\\s?[-–]\\s?(${COUNTRY})((?:,?\\s(?:[A-Z][\\p{L}-]*[’']?|and|on|for|of|2\\+2))*?)\\s(${PAIR_END})(?:\\s(?:${SERIES_END})(?![\\p{L}-]))?(?![\\p{L}-])(?:\\s\\([A-Z]{2,8}\\)(?=\\s(?:for|on|of)\\s))?${SERIES_TAIL}`,
  "gu",
);
/** The same in lower case ("German-Polish intergovernmental consultations"): taken only when nothing capitalised is. */
const LOWER_NAME = new RegExp(
  `((?:[A-Z][\\p{L}.]*\\.?|U\\.S\\.|U\\.K\\.))\\s?[-–]\\s?((?:[A-Z][\\p{L}.]*\\.?|U\\.S\\.|U\\.K\\.))((?:\\s[\\p{Ll}\\d+-]+){0,3}?)\\s(${SERIES_END.toLowerCase()})\\b`,
  "gu",
);
/** "VIII Binational Cabinet Peru-Colombia": the countries after the name. */
const REVERSED = new RegExp(
  `\\b((?:[A-Z][\\p{L}-]*\\s){1,4}(?:${PAIR_END}))\\s(${COUNTRY})\\s?[-–]\\s?(${COUNTRY})\\b`,
  "gu",
);

const OWN_NAME = new RegExp(
  `\\b(?:their|the (?:two )?(?:countries|nations|sides)[’']|both countries[’']|[Tt]he)\\s+(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|annual|\\d+\\w*)\\s+)?(?:(?:meeting|round|session)\\s+of\\s+(?:(?:their|the)\\s+)?)?((?:[A-Z][\\p{L}-]*[’']?\\s(?:(?:and|on|for|of)\\s)?){1,6}(?:${SERIES_END})${SERIES_TAIL})\\b`,
  "gu",
);
/** "… joint commission for cooperation": a lower-case phrase after the name's last word is part of it (and, after "the countries'", makes it a name) */
const LOWER_TAIL = String.raw`\s(?:for|on)\s(?!(?:the|a|an|two|their|its|this|that)\b)[\p{Ll}-]+(?:\s(?:and\s)?(?!(?:the|a|an|in|at|on|with|to)\b)[\p{Ll}-]+){0,2}`;
/** In lower case, "talks" are any talks ("their first security talks"); a "dialogue" or "commission" is named. */
const OWN_LOWER_END = SERIES_END.toLowerCase().replace("|talks", "");
/** "… their counterterrorism dialogue", "meet for intergovernmental consultations": the countries' own lower-case name for it. */
const OWN_LOWER = new RegExp(
  `\\b(?:their\\s+(?:annual\\s+|(?:first|second|third|fourth|fifth|\\d+\\w*)\\s+(?:(?:round|meeting|session)\\s+of\\s+)?)?((?:[\\p{Ll}-]+\\s){1,3}(?:${OWN_LOWER_END})(?:${LOWER_TAIL})?)|(?:for|hold|held|holding)\\s+((?:intergovernmental|government)\\s+consultations)|(?:the (?:two )?(?:countries|nations)[’']|both countries[’'])\\s+((?:[\\p{Ll}-]+\\s){1,3}(?:${SERIES_END.toLowerCase()})${LOWER_TAIL}))\\b`,
  "gu",
);
const titleCase = (s: string) =>
  s.replace(/(^|[\s-])(?!(?:for|on|of|and)\b)(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());

const NUMBERED =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th)|[IVX]{2,5})\s$/i;
/** "India-UAE Joint Commission Meeting" is a meeting of the "India-UAE Joint Commission". */
const withoutMeeting = (name: string) =>
  name.replace(/\s(Commission|Committee|Council|Dialogue|Forum|Group|Cabinet|Board|Consultations)\sMeeting$/, " $1");

/** What the text calls a country at its shortest ("UK" where it says so, else "Nigeria"). */
function shortestName(ctx: Context, code: string): string {
  const forms = ctx
    .countryHits()
    .filter(
      (h) =>
        h.value.code === code &&
        !/[’']s$/.test(h.text) &&
        h.text[0] === h.text[0]?.toUpperCase() &&
        !!ctx.gazetteer.countryNames.get(code)?.has(h.text.toLowerCase()),
    )
    .map((h) => h.text);
  const name = ctx.gazetteer.countryByCode.get(code)?.name ?? code;
  // An abbreviation the text uses ("UK", "U.S."), else the common name, not a shorter alternative ("Thai", "Saudi").
  // (Not a dateline's "DJIBOUTI".)
  const abbreviation = forms
    .filter((f) => /^(?:[A-Z]\.){2,}$|^[A-Z]{2,4}$/.test(f))
    .sort((x, y) => x.length - y.length)[0];
  if (abbreviation) return abbreviation;
  if (forms.includes(name)) return name;
  return [...forms].filter((f) => f.length <= name.length).sort((x, y) => x.length - y.length)[0] ?? name;
}

/** A series name with its two countries written as codes, in order: comparable across spellings. */

type Candidate = { name: string; parties: string[]; start: number; end: number; sentence: Sentence; lower?: boolean };

/** "India-US Homeland Security Dialogue": the countries joined by a dash start the name. */
function pairNamed(ctx: Context, sentence: Sentence, m: RegExpMatchArray, lower: boolean): Candidate | null {
  // "the 22nd Spanish-Italian summit", "a Franco-Belgian summit" are series; "the India-China talks" in
  // lower case may be any talks.
  const combining = !!COMBINING[m[1] ?? ""] && m[1] !== "Korea";
  if (lower && !m[3] && !combining && !NUMBERED.test(sentence.text.slice(Math.max(0, m.index! - 16), m.index)))
    return null;
  const first = countryOf(ctx, m[1] ?? "");
  const b = countryOf(ctx, m[2] ?? "")?.value;
  if (!first || !b || first.value.code === b.code) return null;
  // The name starts at its first country ("Ninth Australia-Indonesia …" is "Australia-Indonesia …");
  // "… Joint Working Group (JWG) on Defence Cooperation" is named without its acronym.
  const name = m[0].slice(first.start).replace(/\s\([A-Z]{2,8}\)(?=\s)/, "");
  const start = sentence.start + m.index! + first.start;
  return {
    name: lower ? titleCase(name) : name,
    parties: [first.value.code, b.code],
    start,
    end: start + m[0].length - first.start,
    sentence,
    lower,
  };
}

/** "VIII Binational Cabinet Peru-Colombia" is the "Peru-Colombia Binational Cabinet". */
function reversedNamed(ctx: Context, sentence: Sentence, m: RegExpMatchArray): Candidate | null {
  const [whole, own = "", one = "", two = ""] = m;
  const a = countryOf(ctx, one)?.value;
  const b = countryOf(ctx, two)?.value;
  if (!a || !b || a.code === b.code) return null;
  // "VIII", "9th": the round's number is not part of the name.
  const words = own.split(" ").filter((w) => !/^(?:[IVXL]+|\d+\w*)$/.test(w));
  const start = sentence.start + m.index!;
  return {
    name: `${one}-${two} ${words.join(" ")}`,
    parties: [a.code, b.code],
    start,
    end: start + whole.length,
    sentence,
  };
}

/** "The United Kingdom and Nigeria held … their Security and Defence Partnership Dialogue": the countries are earlier in the sentence. */
function ownNamed(ctx: Context, sentence: Sentence, m: RegExpMatchArray, lower: boolean): Candidate | null {
  const hits = ctx.gazetteer.countries.find(sentence.text.slice(0, m.index));
  const countries = [...new Map(hits.map((h) => [h.value.code, h.value])).values()];
  // More than two countries named ("France and Nigeria … the Lake Chad basin"): the two joined by "and".
  const joined = hits.findIndex(
    (h, i) =>
      hits[i + 1] &&
      hits[i + 1]!.value.code !== h.value.code &&
      /^\s*(?:and|&)\s*$/.test(sentence.text.slice(h.end, hits[i + 1]!.start)),
  );
  // None in the sentence ("a meeting of the Joint Permanent Commission on Defence and Security"):
  // the two countries the text opens with.
  const opening = () => {
    for (const s of ctx.sentences.slice(0, 3)) {
      const codes = [...new Map(ctx.gazetteer.countries.find(s.text).map((h) => [h.value.code, h.value])).values()];
      if (codes.length === 2) return codes;
    }
    return [];
  };
  const [a, b] =
    countries.length === 2
      ? countries
      : joined >= 0
        ? [hits[joined]!.value, hits[joined + 1]!.value]
        : countries.length === 0
          ? opening()
          : [];
  if (!a || !b) return null;
  // "The Sixth Foreign Secretary-level Consultations": the round's number is not part of the name.
  const own = (m[1] ?? m[2] ?? m[3] ?? "").replace(
    /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth)\s/,
    "",
  );
  const start = sentence.start + m.index! + m[0].indexOf(own);
  const name = `${shortestName(ctx, a.code)}-${shortestName(ctx, b.code)} ${lower ? titleCase(own) : own}`;
  return { name, parties: [a.code, b.code], start, end: start + own.length, sentence, lower };
}

/** Names of the series in the text, the surest kind first: capitalised before lower case. */
function candidatesOf(ctx: Context): Candidate[] {
  const passes: [RegExp, typeof pairNamed, boolean][][] = [
    [
      [NAME, pairNamed, false],
      [REVERSED, reversedNamed, false],
    ],
    [[OWN_NAME, ownNamed, false]],
    [[LOWER_NAME, pairNamed, true]],
    [[OWN_LOWER, ownNamed, true]],
  ];
  for (const pass of passes) {
    const found = ctx.sentences.flatMap((sentence) =>
      pass.flatMap(([re, read, lower]) =>
        [...sentence.text.matchAll(re)].map((m) => read(ctx, sentence, m, lower)).filter((c): c is Candidate => !!c),
      ),
    );
    if (found.length) return found;
  }
  return [];
}

export function findSeries(ctx: Context): SeriesFact | null {
  const candidates = candidatesOf(ctx);
  const keys = new Map<string, string>();
  const keyOf = (name: string) => keys.get(name) ?? keys.set(name, seriesKey(ctx.gazetteer.countries, name)).get(name)!;
  for (const series of ctx.gazetteer.series) {
    const hits = candidates.filter((c) => series.keys.includes(keyOf(c.name)));
    const short = series.shortNamePattern;
    const named = short ? ctx.sentences.filter((s) => short.test(s.text)) : [];
    if (hits.length || named.length) {
      const sentences = hits.length ? hits.map((h) => h.sentence) : named;
      return {
        name: series.name,
        parties: series.parties,
        matchId: series.id,
        ...factOf(
          ctx,
          hits.length ? "series.existing" : "series.short-name",
          0.95,
          hits.length ? hits : named,
          sentences,
        ),
      };
    }
  }
  if (!candidates.length) return null;
  // The first name in the text is the dialogue it is about (a working group named in passing
  // later is not), unless a later one is the same name in full ("India-US Homeland Security
  // Dialogue" after "the India-US Dialogue").
  const words = (name: string) =>
    new Set(
      name
        .toLowerCase()
        .split(/[^\p{L}\d+]+/u)
        .filter(Boolean),
    );
  const fuller = (a: Candidate, b: Candidate) => {
    const [x, y] = [words(a.name), words(b.name)];
    return y.size > x.size && [...x].every((w) => y.has(w));
  };
  // A numbered name ("the 13th Japan-Viet Nam Cooperation Committee") is the series; a meeting
  // held with it ("the Foreign Ministers' Meeting and the 13th …") is not.
  const numbered = candidates.filter((c) => NUMBERED.test(ctx.text.slice(Math.max(0, c.start - 16), c.start)));
  const best = [...(numbered.length ? numbered : candidates)]
    .sort((x, y) => x.start - y.start)
    .reduce<Candidate | undefined>((chosen, c) => (!chosen || fuller(chosen, c) ? c : chosen), undefined);
  if (!best) return null;
  const same = candidates.filter((c) => keyOf(c.name) === keyOf(best.name));
  return {
    name: withoutMeeting(best.name),
    parties: [...best.parties].sort(),
    matchId: null,
    ...factOf(
      ctx,
      best.lower ? "series.lower-case-name" : "series.name",
      best.lower ? 0.6 : 0.8,
      same,
      same.map((c) => c.sentence),
    ),
  };
}
