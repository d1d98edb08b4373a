import type { CountryRef } from "./gazetteer";
import type { TermMatcher } from "./terms";

/**
 * A series name with its countries written as codes, in order, and its other words: the same for
 * "India-US Homeland Security Dialogue" and "U.S.-India Homeland Security Dialogue".
 */
export function seriesKey(countries: TermMatcher<CountryRef>, name: string): string {
  let rest = name.toLowerCase();
  const codes: string[] = [];
  for (const hit of countries.find(name)) {
    codes.push(hit.value.code);
    rest = rest.replace(hit.text.toLowerCase(), " ");
  }
  const words = rest
    .replace(/[^\p{L}\d+ ]/gu, " ")
    .split(/\s+/)
    .filter((w) => w && !["the", "of", "and"].includes(w));
  return [...new Set(codes)].sort().join("-") + ":" + words.join(" ");
}
