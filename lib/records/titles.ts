import "server-only";
import { db } from "@/lib/db";
import type { RecordType } from "@/generated/prisma/enums";
import { recordInfo } from "./registry";

// Citations and links point at any record by (type, id). This module turns such references into
// titles and URLs, one query per record type.

export type RecordRef = { type: RecordType; id: number };

/** How recordTitles keys its answer: "DIALOGUE:12". */
export const refKey = (ref: RecordRef) => `${ref.type}:${ref.id}`;

/** The page of a record, where one can be found from its id alone (a topic's page needs its slug: see recordTitles). */
export function recordHref(ref: RecordRef): string | null {
  return recordInfo(ref.type).page?.(ref.id) ?? null;
}

type Titled = { title: string; href: string | null };
type TitleFinder = { findMany(args: { where: object; select: object }): Promise<{ id: number }[]> };

const truncate = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Titles and pages of records of any type, keyed "TYPE:id"; deleted records are included (their history still names them). */
export async function recordTitles(refs: RecordRef[]): Promise<Map<string, Titled>> {
  const titles = new Map<string, Titled>();
  const types = [...new Set(refs.map((r) => r.type))];
  await Promise.all(
    types.map(async (type) => {
      const info = recordInfo(type);
      if (!info.title) return;
      const ids = [...new Set(refs.filter((r) => r.type === type).map((r) => r.id))];
      const rows = await (db[info.model] as unknown as TitleFinder).findMany({
        where: { id: { in: ids } },
        select: { id: true, ...info.title.select },
      });
      for (const row of rows) {
        titles.set(refKey({ type, id: row.id }), {
          title: truncate(info.title.text(row)),
          href: info.title.href?.(row) ?? info.page?.(row.id, row) ?? null,
        });
      }
    }),
  );
  return titles;
}
