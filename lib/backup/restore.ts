import "server-only";
import type { DbClient, Tx } from "@/lib/prisma-client";
import { dataTables, quoteIdent, type TableInfo } from "./catalog";
import { BACKUP_FORMAT, BACKUP_VERSION, SCHEMA_MIGRATION, type Backup } from "./format";

// Restores a backup into an empty database, in one transaction: every table in foreign-key
// order (columns that refer to their own table in a second pass), then each id sequence moved
// past the restored rows. Anything unexpected stops it and nothing is written.

const BATCH = 500;
/** Stands in for a password hash left out of the backup: no password verifies against it. */
export const NO_PASSWORD = "!no-password-restored";

export class RestoreError extends Error {}

export type RestoreReport = { tables: Record<string, number>; usersWithoutPassword: number };

function check(backup: unknown): asserts backup is Backup {
  const b = backup as Partial<Backup> | null;
  if (!b || typeof b !== "object" || b.format !== BACKUP_FORMAT) throw new RestoreError("This is not a Parley backup.");
  if (b.version !== BACKUP_VERSION)
    throw new RestoreError(
      `Backup format version ${String(b.version)} is not supported (this Parley reads version ${BACKUP_VERSION}).`,
    );
  if (b.migration !== SCHEMA_MIGRATION)
    throw new RestoreError(
      `The backup was made at migration ${String(b.migration)}; this database is at ${SCHEMA_MIGRATION}. Restore it with the matching Parley version.`,
    );
  if (!b.tables || typeof b.tables !== "object") throw new RestoreError("The backup has no tables.");
}

/** The database's own reason for refusing a statement, on one line, without the driver's wrapping. */
function databaseReason(error: unknown): string {
  // Prisma wraps PostgreSQL's error; its own message then says only "Raw query failed".
  const cause = (error as { meta?: { driverAdapterError?: { cause?: { message?: string } } } } | null)?.meta
    ?.driverAdapterError?.cause;
  const text = error instanceof Error ? error.message : String(error);
  const quoted = text.match(/Message: `(.+?)`$/m)?.[1]; // the pg adapter's wording
  return (cause?.message ?? quoted ?? text).replace(/\s+/g, " ").trim();
}

/** Runs one restore statement; a refusal becomes a RestoreError naming the table. */
async function restoreStep(table: string, statement: () => Promise<unknown>) {
  try {
    await statement();
  } catch (error) {
    throw new RestoreError(`${table}: ${databaseReason(error)}. Nothing was restored.`);
  }
}

/** Writes rows into every column but the generated ones (which the database computes again). */
async function insert(tx: Tx, table: TableInfo, rows: Record<string, unknown>[]) {
  const name = quoteIdent(table.name);
  const columns = table.columns.map(quoteIdent).join(", ");
  for (let i = 0; i < rows.length; i += BATCH) {
    await restoreStep(table.name, () =>
      tx.$executeRawUnsafe(
        `INSERT INTO ${name} (${columns}) SELECT ${columns} FROM jsonb_populate_recordset(NULL::${name}, $1::jsonb)`,
        JSON.stringify(rows.slice(i, i + BATCH)),
      ),
    );
  }
}

export async function restoreBackup(client: DbClient, backup: unknown): Promise<RestoreReport> {
  check(backup);
  return client.$transaction(
    async (tx) => {
      const tables = await dataTables(tx);
      const unknown = Object.keys(backup.tables).filter((name) => !tables.some((t) => t.name === name));
      if (unknown.length)
        throw new RestoreError(`The backup has tables this database does not: ${unknown.join(", ")}.`);
      for (const table of tables) {
        const [{ rows }] = await tx.$queryRawUnsafe<[{ rows: number }]>(
          `SELECT count(*)::int AS rows FROM ${quoteIdent(table.name)}`,
        );
        if (rows > 0)
          throw new RestoreError(
            `The database is not empty (${table.name} has ${rows} rows). Restore into an empty, migrated database.`,
          );
      }
      const report: RestoreReport = { tables: {}, usersWithoutPassword: 0 };
      for (const table of tables) {
        let rows = backup.tables[table.name] ?? [];
        if (table.name === "User") {
          rows = rows.map((row) => {
            if (typeof row.passwordHash === "string") return row;
            report.usersWithoutPassword++;
            return { ...row, passwordHash: NO_PASSWORD };
          });
        }
        const firstPass = table.selfReferences.length
          ? rows.map((row) => ({ ...row, ...Object.fromEntries(table.selfReferences.map((c) => [c, null])) }))
          : rows;
        await insert(tx, table, firstPass);
        for (const column of table.selfReferences) {
          const name = quoteIdent(table.name);
          const key = table.key.map((k) => `t.${quoteIdent(k)} = j.${quoteIdent(k)}`).join(" AND ");
          const linked = rows.filter((row) => row[column] !== null && row[column] !== undefined);
          for (let i = 0; i < linked.length; i += BATCH) {
            await restoreStep(table.name, () =>
              tx.$executeRawUnsafe(
                `UPDATE ${name} t SET ${quoteIdent(column)} = j.${quoteIdent(column)} FROM jsonb_populate_recordset(NULL::${name}, $1::jsonb) j WHERE ${key}`,
                JSON.stringify(linked.slice(i, i + BATCH)),
              ),
            );
          }
        }
        if (table.serialId) {
          await tx.$queryRawUnsafe(
            `SELECT setval(pg_get_serial_sequence('${quoteIdent(table.name)}', 'id'), coalesce(max(id), 1), max(id) IS NOT NULL) FROM ${quoteIdent(table.name)}`,
          );
        }
        report.tables[table.name] = rows.length;
      }
      return report;
    },
    { timeout: 30 * 60_000, maxWait: 60_000 },
  );
}
