import "server-only";
import type { DbClient, Tx } from "@/lib/prisma-client";
import { dataTables, quoteIdent, type TableInfo } from "./catalog";
import { BACKUP_FORMAT, BACKUP_VERSION, SCHEMA_MIGRATION, type BackupHeader } from "./format";
import { inSnapshot } from "./snapshot";

// Writes a backup as a stream: table by table, rows in primary-key order, read in keyset batches
// so memory stays flat whatever the size of the database, all from one snapshot (inSnapshot) so
// that writes committed meanwhile are either wholly in it or wholly out.

const BATCH = 1000;

async function* rowsOf(client: Tx, table: TableInfo, passwordHashes: boolean): AsyncGenerator<string[]> {
  const name = quoteIdent(table.name);
  const key = table.key.map(quoteIdent).join(", ");
  const left = [...table.generated, ...(table.name === "User" && !passwordHashes ? ["passwordHash"] : [])];
  const value = left.length
    ? `to_jsonb(t) - ARRAY[${left.map((c) => `'${c.replaceAll("'", "''")}'`).join(", ")}]::text[]`
    : `to_jsonb(t)`;
  let last: string | null = null;
  for (;;) {
    const after: string =
      last === null
        ? "TRUE"
        : `(${table.key.map((k) => `t.${quoteIdent(k)}`).join(", ")}) > (SELECT ${key} FROM jsonb_populate_record(NULL::${name}, $1::jsonb))`;
    const rows: { row: string; k: string }[] = await client.$queryRawUnsafe(
      `SELECT (${value})::text AS row, to_jsonb(t)::text AS k FROM ${name} t WHERE ${after} ORDER BY ${key} LIMIT ${BATCH}`,
      ...(last === null ? [] : [last]),
    );
    if (rows.length) yield rows.map((r) => r.row);
    if (rows.length < BATCH) return;
    last = rows[rows.length - 1]!.k;
  }
}

export type BackupOptions = { passwordHashes: boolean; now?: Date };

/** The backup document, piece by piece, read through `tx`: call it inside inSnapshot(). */
async function* backupChunks(tx: Tx, options: BackupOptions): AsyncGenerator<string> {
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    migration: SCHEMA_MIGRATION,
    createdAt: (options.now ?? new Date()).toISOString(),
    passwordHashes: options.passwordHashes,
  };
  yield `${JSON.stringify(header).slice(0, -1)},"tables":{`;
  const tables = await dataTables(tx);
  for (const [i, table] of tables.entries()) {
    yield `${i ? "," : ""}\n${JSON.stringify(table.name)}:[`;
    let first = true;
    for await (const rows of rowsOf(tx, table, options.passwordHashes)) {
      yield `${first ? "" : ","}\n${rows.join(",\n")}`;
      first = false;
    }
    yield "]";
  }
  yield "\n}}\n";
}

/**
 * Hands the backup to `write` chunk by chunk, from one consistent snapshot; `write` may wait (a
 * file's back-pressure) and the snapshot stays open until it is done.
 */
export function writeBackup(
  client: DbClient,
  options: BackupOptions,
  write: (chunk: string) => Promise<void> | void,
): Promise<void> {
  return inSnapshot(client, async (tx) => {
    for await (const chunk of backupChunks(tx, options)) await write(chunk);
  });
}

/** The backup as a byte stream (for a download), read from one snapshot at the pace of its reader. */
export function backupStream(client: DbClient, options: BackupOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let wake: (() => void) | undefined;
  let cancelled = false;
  const ready = () => new Promise<void>((resolve) => (wake = resolve));
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        void writeBackup(client, options, async (chunk) => {
          if (cancelled) throw new BackupCancelled();
          controller.enqueue(encoder.encode(chunk));
          while ((controller.desiredSize ?? 1) <= 0 && !cancelled) await ready();
        }).then(
          () => controller.close(),
          (error: unknown) => {
            if (!cancelled) controller.error(error);
          },
        );
      },
      pull() {
        wake?.();
      },
      cancel() {
        cancelled = true;
        wake?.();
      },
    },
    { highWaterMark: 8 },
  );
}

/** Ends the snapshot's transaction when the download's reader goes away. */
class BackupCancelled extends Error {}
