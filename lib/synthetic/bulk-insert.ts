import type { Tx } from "@/lib/prisma-client";

// Multi-row INSERTs of literal values: one statement per batch, the same SQL on PGlite and
// PostgreSQL, and no per-row round trip. Only for generated data (strings are escaped, but nothing
// here is meant for user input).

export type SqlValue = string | number | boolean | Date | null | string[] | { raw: string };

export function literal(value: SqlValue): string {
  if (value === null) return "NULL";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return `'${value.toISOString().slice(0, 10)}'`;
  if (Array.isArray(value)) return value.length ? `ARRAY[${value.map(literal).join(",")}]::text[]` : "'{}'::text[]";
  if (typeof value === "object") return value.raw;
  return `'${value.replaceAll("'", "''")}'`;
}

export const NOW: SqlValue = { raw: "CURRENT_TIMESTAMP" };

export async function bulkInsert(
  tx: Pick<Tx, "$executeRawUnsafe">,
  table: string,
  columns: string[],
  rows: SqlValue[][],
  batchSize = 2000,
): Promise<void> {
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `;
  for (let start = 0; start < rows.length; start += batchSize) {
    const values = rows.slice(start, start + batchSize).map((row) => `(${row.map(literal).join(",")})`);
    await tx.$executeRawUnsafe(head + values.join(","));
  }
}

/** Moves a table's id sequence past the ids that were inserted explicitly. */
export async function syncSequence(tx: Pick<Tx, "$executeRawUnsafe">, table: string): Promise<void> {
  await tx.$executeRawUnsafe(
    `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), GREATEST((SELECT MAX(id) FROM "${table}"), 1))`,
  );
}
