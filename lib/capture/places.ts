import { cityMapping } from "city-timezones";

// The world's cities and their provinces ("Queenstown", "Toulon", "Bali"), from city-timezones'
// 7,300 populated places (Natural Earth). Many of them are ordinary words ("Nice", "Reading",
// "Mobile"), so they are looked up only where a text says a meeting was in a place, never searched
// for everywhere.

export type Place = { name: string; country: string; population: number };

let byName: Map<string, Place[]> | undefined;
/** "Rzeszów" is "Rzeszow" in the data: names compared without case or accents. */
const fold = (name: string) => name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

function index(): Map<string, Place[]> {
  const map = new Map<string, Place[]>();
  const add = (name: string, place: Place) => {
    const key = fold(name);
    const list = map.get(key) ?? [];
    if (!list.some((p) => p.country === place.country)) list.push(place);
    map.set(key, list);
  };
  for (const c of cityMapping) add(c.city, { name: c.city, country: c.iso2, population: c.pop });
  // A province is a venue only where no city has its name ("in Bali"; "Victoria" is the city).
  const provinces = new Map<string, Place>();
  for (const c of cityMapping) {
    const key = `${c.province}/${c.iso2}`;
    const p = provinces.get(key);
    provinces.set(key, { name: c.province, country: c.iso2, population: (p?.population ?? 0) + c.pop });
  }
  const cities = new Set(map.keys());
  for (const p of provinces.values()) if (p.name && !cities.has(fold(p.name))) add(p.name, p);
  for (const list of map.values()) list.sort((a, b) => b.population - a.population);
  return map;
}

/** Places of this name, the most populous first. */
export function placesNamed(name: string): Place[] {
  byName ??= index();
  return byName.get(fold(name)) ?? [];
}

/**
 * Seats of government a readout may name instead of the city ("at Palazzo Chigi", "at Hyderabad
 * House"): each is in one city, as city-timezones spells it.
 */
const SEATS: [RegExp, Omit<Place, "population">][] = [
  [/\bPalazzo Chigi\b|\bVilla Pamphilj\b|\bFarnesina\b/, { name: "Rome", country: "IT" }],
  [/\b(?:Élysée|Elysee)(?: Palace)?\b|\bHôtel de Matignon\b|\bQuai d['’]Orsay\b/, { name: "Paris", country: "FR" }],
  [/\bDowning Street\b|\bLancaster House\b/, { name: "London", country: "GB" }],
  [/\bHyderabad House\b/, { name: "New Delhi", country: "IN" }],
  [/\bKantei\b|\bIikura Guest House\b/, { name: "Tokyo", country: "JP" }],
  [/\bPlanalto Palace\b|\bItamaraty\b/, { name: "Brasilia", country: "BR" }],
  [/\bCasa Rosada\b/, { name: "Buenos Aires", country: "AR" }],
  [/\bLa Moncloa\b|\bMoncloa Palace\b/, { name: "Madrid", country: "ES" }],
  [/\bBlair House\b/, { name: "Washington", country: "US" }],
  [/\bGreat Hall of the People\b|\bDiaoyutai\b/, { name: "Beijing", country: "CN" }],
  [/\bMalacañang\b|\bMalacanang\b/, { name: "Manila", country: "PH" }],
];

/** The seat of government a sentence names, with where it says so. */
export function seatNamed(text: string) {
  for (const [re, place] of SEATS) {
    const m = re.exec(text);
    if (m) return { ...place, index: m.index, length: m[0].length };
  }
  return null;
}
