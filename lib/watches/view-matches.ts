import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { parseState } from "@/lib/browse/state";
import { agreementBrowse } from "@/lib/agreements/browse-spec";
import { agreementWhere } from "@/lib/agreements/browse";
import { dialogueBrowse } from "@/lib/dialogues/browse-spec";
import { dialogueWhere } from "@/lib/dialogues/browse";
import { outcomeBrowse } from "@/lib/outcomes/browse-spec";
import { outcomeWhere } from "@/lib/outcomes/browse";
import { searchRecords } from "@/lib/search/queries";
import { parseSearch, searchFilters } from "@/lib/search/params";
import { paramsOf, type SavedViewPage } from "./views";

// What a saved view shows that was recorded after a moment: the same filters as its page, and
// the record's own creation time. A search finds at most ten of each kind, so its count is of those.

/** `at`: when it was recorded (a search hit does not say). */
export type ViewMatch = { key: string; title: string; href: string; at: Date | null };
export type ViewMatches = { count: number; items: ViewMatch[] };

type Row = { id: number; title: string; href: string; at: Date };

async function browseMatches(
  table: string,
  where: Prisma.Sql,
  title: Prisma.Sql,
  href: Prisma.Sql,
  since: Date,
  take: number,
) {
  const from = Prisma.raw(`"${table}"`);
  const newer = Prisma.sql`${where} AND a."createdAt" > ${since}`;
  const [rows, [{ count }]] = await Promise.all([
    db.$queryRaw<Row[]>`SELECT a.id, ${title} AS title, ${href} AS href, a."createdAt" AS at FROM ${from} a
      WHERE ${newer} ORDER BY a."createdAt" DESC, a.id DESC LIMIT ${take}`,
    db.$queryRaw<[{ count: number }]>`SELECT count(*)::int AS count FROM ${from} a WHERE ${newer}`,
  ]);
  return { count, items: rows.map((r) => ({ key: `${table}:${r.id}`, title: r.title, href: r.href, at: r.at })) };
}

/** What matches the view and was recorded after `since`: how many, and the newest `take` of them. */
export async function viewMatchesSince(
  page: SavedViewPage,
  query: string,
  since: Date,
  take = 20,
): Promise<ViewMatches> {
  const params = paramsOf(query);
  switch (page) {
    case "agreements": {
      const where = await agreementWhere(parseState(agreementBrowse, params));
      return browseMatches("Agreement", where(), Prisma.sql`a.title`, Prisma.sql`'/agreements/' || a.id`, since, take);
    }
    case "dialogues": {
      const where = await dialogueWhere(parseState(dialogueBrowse, params));
      return browseMatches("Dialogue", where(), Prisma.sql`a.title`, Prisma.sql`'/dialogues/' || a.id`, since, take);
    }
    case "outcomes": {
      const where = await outcomeWhere(parseState(outcomeBrowse, params));
      return browseMatches(
        "Outcome",
        where(),
        Prisma.sql`left(a.text, 160)`,
        Prisma.sql`'/dialogues/' || a."dialogueId" || '#outcome-' || a.id`,
        since,
        take,
      );
    }
    case "search": {
      const state = parseSearch(params);
      if (!state.query) return { count: 0, items: [] };
      const groups = await searchRecords(state.query, { ...searchFilters(state), createdAfter: since });
      const items = groups.flatMap((g) =>
        g.items.map((hit) => ({ key: hit.key, title: hit.title, href: hit.href, at: null })),
      );
      return { count: items.length, items: items.slice(0, take) };
    }
  }
}
