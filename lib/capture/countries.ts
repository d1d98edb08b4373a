import worldCountries from "world-countries";

// What a text may call a country: its common and official names, alternative spellings (with
// dotted forms of two-letter abbreviations: "U.S.", "U.K."), demonyms and the adjective of a
// plural name ("Philippine"), and its capital, all from the world-countries package.

export type CountryTerms = {
  code: string;
  name: string;
  terms: string[];
  /** the terms that are names ("Philippines", "U.S."), not demonyms or adjectives ("Philippine") */
  names: string[];
  capitals: string[];
};

/**
 * Press names world-countries lacks (it has "DPRK", "UAE", "Great Britain", "Türkiye"): "the U.S.-ROK
 * Alliance", "PRC officials", "Britain", "Turkey", and "Korea" alone, which the press and Seoul's
 * own readouts use for the Republic of Korea; "Cabo Verde", "Lao PDR", "Bosnia", "PNG".
 */
const PRESS_NAMES: Record<string, string[]> = {
  KR: ["ROK", "Korea"],
  CN: ["PRC"],
  GB: ["Britain"],
  TR: ["Turkey"],
  CV: ["Cabo Verde"],
  LA: ["Lao PDR"],
  BA: ["Bosnia"],
  PG: ["PNG"],
};

/**
 * Demonyms world-countries spells otherwise or lacks ("Maldivan", "Ecuadorean", "Nepalese", "Slovene",
 * "South Korean" only): as the press writes them. "Korean" alone is the Republic of Korea, as "Korea" is.
 */
const PRESS_DEMONYMS: Record<string, string[]> = {
  MV: ["Maldivian"],
  EC: ["Ecuadorian"],
  NP: ["Nepali"],
  SI: ["Slovenian"],
  KG: ["Kyrgyzstani"],
  TJ: ["Tajikistani"],
  CV: ["Cabo Verdean", "Cape Verdean"],
  TL: ["Timorese"],
  BA: ["Bosnian"],
  BF: ["Burkinabè"],
  AR: ["Argentinian"],
  SR: ["Surinamese"],
  DJ: ["Djiboutian"],
  AZ: ["Azeri"],
  IS: ["Icelandic"],
  KR: ["Korean"],
};

const dotted = (abbreviation: string) => abbreviation.split("").join(".") + ".";

export function countryTerms(): CountryTerms[] {
  // A demonym several countries share ("American": the United States, American Samoa, the Northern
  // Mariana Islands) is read as the sovereign state's: UN members first, then other independent states.
  // Between UN members ("Dominican": the Dominican Republic and Dominica), the larger.
  const rank = (c: (typeof worldCountries)[number]) => (c.unMember ? 0 : c.independent ? 1 : 2);
  return [...worldCountries]
    .sort((a, b) => rank(a) - rank(b) || b.area - a.area)
    .map((c) => {
      const names = [
        c.name.common,
        c.name.official,
        ...c.altSpellings.filter((a) => a.length > 2 || a === "US" || a === "UK"),
        ...(PRESS_NAMES[c.cca2] ?? []),
      ];
      const abbreviations = c.altSpellings.filter((a) => /^[A-Z]{2}$/.test(a) && (a === "US" || a === "UK"));
      const given = [c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d);
      const demonyms = [...given, ...(PRESS_DEMONYMS[c.cca2] ?? [])];
      const adjective = /s$/.test(c.name.common) && !/ /.test(c.name.common) ? [c.name.common.slice(0, -1)] : [];
      // "Kazakh", "Uzbek", "Tajik", "Kyrgyz": the short adjective of a "-stan" (not "Paki", a slur).
      const stan = /^(\w+?)i?stan$/.exec(c.name.common)?.[1];
      if (stan && c.cca2 !== "PK" && stan.length > 3) adjective.push(stan);
      const capitals = c.capital.flatMap((capital) => [capital, capital.replace(/\s+D\.?C\.?$/, "")]);
      return {
        code: c.cca2,
        name: c.name.common,
        terms: [...new Set([...names, ...abbreviations.map(dotted), ...demonyms, ...adjective])],
        names: [...new Set([...names, ...abbreviations.map(dotted)])],
        capitals: [...new Set(capitals)],
      };
    });
}
