import "server-only";
import type { Tx } from "@/lib/prisma-client";

// What a backup holds and in which order a restore writes it, read from the database's own
// catalogue rather than listed by hand, so a new table is backed up without anyone remembering to.

/**
 * Tables that are not data: the migration history, sign-in throttling, sessions, derived counts
 * and rate limits (transient), and access tokens (credentials: a restored database starts without
 * any, as it does without sessions).
 */
const SKIPPED = new Set([
  "_prisma_migrations",
  "SignInThrottle",
  "Session",
  "DataVersion",
  "CountCache",
  "AccessToken",
  "RateLimit",
]);

export type TableInfo = {
  name: string;
  /** Primary key columns, in key order (the backup's row order and batching key). */
  key: string[];
  /** Columns referring to the same table (a topic's parent): restored in a second pass. */
  selfReferences: string[];
  /** Whether the table has a serial id whose sequence a restore must move past the restored rows. */
  serialId: boolean;
  /** Columns the database computes (a search vector): neither backed up nor written by a restore. */
  generated: string[];
  /** Every other column, in table order: what a restore writes. */
  columns: string[];
};

type Queryable = Pick<Tx, "$queryRawUnsafe">;

/** Every data table, parents before children (by foreign keys). */
export async function dataTables(client: Queryable): Promise<TableInfo[]> {
  const [tables, keys, fks, serials, columns] = await Promise.all([
    client.$queryRawUnsafe<{ name: string }[]>(
      `SELECT c.relname::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY 1`,
    ),
    client.$queryRawUnsafe<{ name: string; column: string; position: number }[]>(
      `SELECT c.relname::text AS name, a.attname::text AS column, array_position(i.indkey::int2[], a.attnum)::int AS position
       FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey::int2[])
       WHERE i.indisprimary AND n.nspname = current_schema() ORDER BY 1, 3`,
    ),
    client.$queryRawUnsafe<{ child: string; parent: string; column: string }[]>(
      `SELECT child.relname::text AS child, parent.relname::text AS parent, a.attname::text AS column
       FROM pg_constraint k JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = k.connamespace JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
       WHERE k.contype = 'f' AND n.nspname = current_schema()`,
    ),
    client.$queryRawUnsafe<{ name: string }[]>(
      `SELECT c.relname::text AS name FROM pg_attrdef d JOIN pg_class c ON c.oid = d.adrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
       WHERE n.nspname = current_schema() AND a.attname = 'id' AND pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%'`,
    ),
    client.$queryRawUnsafe<{ name: string; column: string; generated: boolean }[]>(
      `SELECT c.relname::text AS name, a.attname::text AS column, a.attgenerated <> '' AS generated
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped ORDER BY 1, a.attnum`,
    ),
  ]);
  const names = tables.map((t) => t.name).filter((n) => !SKIPPED.has(n));
  const infos = new Map<string, TableInfo>(
    names.map((name) => [
      name,
      {
        name,
        key: keys.filter((k) => k.name === name).map((k) => k.column),
        selfReferences: fks.filter((f) => f.child === name && f.parent === name).map((f) => f.column),
        serialId: serials.some((s) => s.name === name),
        generated: columns.filter((c) => c.name === name && c.generated).map((c) => c.column),
        columns: columns.filter((c) => c.name === name && !c.generated).map((c) => c.column),
      },
    ]),
  );
  // Kahn's algorithm over the foreign keys between different tables; alphabetical among equals, so the order is stable.
  const parents = new Map(
    names.map((n) => [
      n,
      new Set(fks.filter((f) => f.child === n && f.parent !== n && infos.has(f.parent)).map((f) => f.parent)),
    ]),
  );
  const ordered: TableInfo[] = [];
  while (parents.size) {
    const ready = [...parents]
      .filter(([, p]) => p.size === 0)
      .map(([n]) => n)
      .sort();
    if (ready.length === 0) throw new Error(`Foreign keys form a cycle between ${[...parents.keys()].join(", ")}`);
    for (const name of ready) {
      ordered.push(infos.get(name)!);
      parents.delete(name);
      for (const p of parents.values()) p.delete(name);
    }
  }
  return ordered;
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
