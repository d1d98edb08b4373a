import "server-only";
import { db } from "@/lib/db";
import { keptCounts } from "@/lib/browse/count-cache";
import { buildGazetteer, type Gazetteer, type GazetteerRows } from "./gazetteer";

// The gazetteer from the database: its rows are kept in the database at the data version they were
// read at (so every app instance shares them and a write makes them be read again), and the
// matchers built from them are kept in this process for as long as that version holds.

async function readRows(): Promise<GazetteerRows> {
  const [organisations, people, topics, series, cities, ignored] = await Promise.all([
    db.organisation.findMany({
      where: { deletedAt: null },
      select: { id: true, name: true, acronym: true, country: { select: { code: true } } },
    }),
    db.person.findMany({
      where: { deletedAt: null },
      select: {
        id: true,
        name: true,
        aliases: true,
        country: { select: { code: true } },
        positions: {
          where: { deletedAt: null, endDate: null },
          orderBy: { id: "desc" },
          take: 1,
          select: { title: true, organisation: { select: { name: true } } },
        },
      },
    }),
    db.topic.findMany({ where: { deletedAt: null }, select: { id: true, slug: true, name: true, synonyms: true } }),
    db.dialogueSeries.findMany({
      where: { deletedAt: null },
      select: { id: true, name: true, shortName: true, parties: { select: { country: { select: { code: true } } } } },
    }),
    db.dialogue.findMany({
      where: { deletedAt: null, venueCity: { not: null }, venueCountryId: { not: null } },
      distinct: ["venueCity", "venueCountryId"],
      select: { venueCity: true, venueCountry: { select: { code: true } } },
    }),
    db.captureIgnoredTerm.findMany({ select: { term: true } }),
  ]);
  return {
    organisations: organisations.map((o) => ({
      id: o.id,
      name: o.name,
      acronym: o.acronym,
      country: o.country?.code ?? null,
    })),
    people: people.map((p) => ({
      id: p.id,
      name: p.name,
      aliases: p.aliases,
      country: p.country?.code ?? null,
      title: p.positions[0]?.title ?? null,
      organisation: p.positions[0]?.organisation?.name ?? null,
    })),
    topics,
    series: series.map((s) => ({
      id: s.id,
      name: s.name,
      shortName: s.shortName,
      parties: s.parties.map((p) => p.country.code).sort(),
    })),
    cities: cities.flatMap((c) =>
      c.venueCity && c.venueCountry ? [{ name: c.venueCity, country: c.venueCountry.code }] : [],
    ),
    ignored: ignored.map((t) => t.term),
  };
}

let built: { rows: GazetteerRows; gazetteer: Gazetteer } | null = null;

export async function loadGazetteer(): Promise<Gazetteer> {
  const rows = await keptCounts("capture:gazetteer", readRows);
  // keptCounts hands back the same JSON while the data version holds; compare by content.
  if (!built || JSON.stringify(built.rows) !== JSON.stringify(rows)) built = { rows, gazetteer: buildGazetteer(rows) };
  return built.gazetteer;
}
