import { countryTerms } from "./countries";
import { TermMatcher } from "./terms";
import { seriesKey } from "./series-key";

// Everything capture matches names against: countries (from the world-countries package) and the
// database's cities, organisations, people, topics and series. Built from plain rows, so tests and
// the scoring script can build one without a database (lib/capture/load-gazetteer.ts reads it).

export type GazetteerRows = {
  organisations: { id: number; name: string; acronym: string | null; country: string | null }[];
  people: {
    id: number;
    name: string;
    aliases: string[];
    country: string | null;
    title: string | null;
    organisation: string | null;
  }[];
  topics: { id: number; slug: string; name: string; synonyms: string[] }[];
  series: { id: number; name: string; shortName: string | null; parties: string[] }[];
  /** venue cities already recorded, with their country */
  cities: { name: string; country: string }[];
  /** terms the analyst asked never to extract */
  ignored?: string[];
};

export type CountryRef = { code: string; name: string };
/** How a topic was found: by its name, a synonym, or its name's words in another order. */
export type TopicVia = "name" | "synonym" | "words";
export type Gazetteer = ReturnType<typeof buildGazetteer>;

export function buildGazetteer(rows: GazetteerRows) {
  const countries = countryTerms();
  const ignored = new Set((rows.ignored ?? []).map((t) => t.toLowerCase()));
  const keep = (term: string) => !ignored.has(term.toLowerCase());
  const countryByCode = new Map(countries.map((c) => [c.code, { code: c.code, name: c.name }]));
  const countryNames = new Map(countries.map((c) => [c.code, new Set(c.names.map((n) => n.toLowerCase()))]));
  const cityEntries: [string, { name: string; country: string }][] = [
    ...countries.flatMap((c) =>
      c.capitals.map((cap) => [cap, { name: cap, country: c.code }] as [string, { name: string; country: string }]),
    ),
    ...rows.cities.map((c) => [c.name, c] as [string, { name: string; country: string }]),
  ];
  const countryMatcher = new TermMatcher<CountryRef>(
    countries.flatMap((c) => c.terms.filter(keep).map((t) => [t, countryByCode.get(c.code)!] as [string, CountryRef])),
  );
  return {
    /** what analysts asked never to be offered again, lower-cased */
    ignored,
    countryByCode,
    /** each country's first capital */
    capitals: new Map(countries.flatMap((c) => (c.capitals[0] ? [[c.code, c.capitals[0]] as const] : []))),
    /** each country's names (not its demonyms), lower-cased */
    countryNames,
    countries: new TermMatcher<CountryRef>(
      countries.flatMap((c) =>
        c.terms.filter(keep).map((t) => [t, countryByCode.get(c.code)!] as [string, CountryRef]),
      ),
    ),
    cities: new TermMatcher(
      cityEntries
        .filter(([t]) => keep(t))
        .map(([t, c]) => [t, { name: c.name.replace(/\s+D\.?C\.?$/, ""), country: c.country }]),
    ),
    organisations: new TermMatcher(
      rows.organisations
        .flatMap((o) => [
          [o.name, o] as [string, (typeof rows.organisations)[number]],
          ...(o.acronym ? [[o.acronym, o] as [string, (typeof rows.organisations)[number]]] : []),
        ])
        .filter(([t]) => keep(t)),
    ),
    people: new TermMatcher(
      rows.people.flatMap((p) => {
        const surname = p.name.split(/\s+/).at(-1) ?? p.name;
        return [p.name, ...p.aliases, surname]
          .filter(keep)
          .map((t) => [t, p] as [string, (typeof rows.people)[number]]);
      }),
    ),
    topics: new TermMatcher(
      rows.topics
        .flatMap((t) => [
          [t.name, { ...t, via: "name" as const }] as const,
          ...t.synonyms.map((s) => [s, { ...t, via: "synonym" as const }] as const),
        ])
        .filter(([term]) => keep(term)) as [string, (typeof rows.topics)[number] & { via: TopicVia }][],
    ),
    topicList: rows.topics,
    series: rows.series.map((series) => ({
      ...series,
      keys: [series.name, series.shortName].filter((n): n is string => !!n).map((n) => seriesKey(countryMatcher, n)),
      // made once here, not for every sentence of every capture
      shortNamePattern: series.shortName
        ? new RegExp(`\\b${series.shortName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`)
        : null,
    })),
  };
}
