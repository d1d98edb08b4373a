import "server-only";
import type { DbClient } from "@/lib/prisma-client";
import { dataTables, quoteIdent, type TableInfo } from "./catalog";
import { BACKUP_FORMAT, BACKUP_VERSION, SCHEMA_MIGRATION, type BackupHeader } from "./format";

// Writes a backup as a stream: table by table, rows in primary-key order, read in keyset batches
// so memory stays flat whatever the size of the database.

const BATCH = 1000;

async function* rowsOf(client: DbClient, table: TableInfo, passwordHashes: boolean): AsyncGenerator<string[]> {
  const name = quoteIdent(table.name);
  const key = table.key.map(quoteIdent).join(", ");
  const value = table.name === "User" && !passwordHashes ? `to_jsonb(t) - 'passwordHash'` : `to_jsonb(t)`;
  let last: string | null = null;
  for (;;) {
    const after: string = last === null ? "TRUE" : `(${table.key.map((k) => `t.${quoteIdent(k)}`).join(", ")}) > (SELECT ${key} FROM jsonb_populate_record(NULL::${name}, $1::jsonb))`;
    const rows: { row: string; k: string }[] = await client.$queryRawUnsafe(
      `SELECT (${value})::text AS row, to_jsonb(t)::text AS k FROM ${name} t WHERE ${after} ORDER BY ${key} LIMIT ${BATCH}`,
      ...(last === null ? [] : [last]),
    );
    if (rows.length) yield rows.map((r) => r.row);
    if (rows.length < BATCH) return;
    last = rows[rows.length - 1]!.k;
  }
}

/** The backup document, piece by piece. */
export async function* backupChunks(client: DbClient, options: { passwordHashes: boolean; now?: Date }): AsyncGenerator<string> {
  const header: BackupHeader = {
    format: BACKUP_FORMAT, version: BACKUP_VERSION, migration: SCHEMA_MIGRATION,
    createdAt: (options.now ?? new Date()).toISOString(), passwordHashes: options.passwordHashes,
  };
  yield `${JSON.stringify(header).slice(0, -1)},"tables":{`;
  const tables = await dataTables(client);
  for (const [i, table] of tables.entries()) {
    yield `${i ? "," : ""}\n${JSON.stringify(table.name)}:[`;
    let first = true;
    for await (const rows of rowsOf(client, table, options.passwordHashes)) {
      yield `${first ? "" : ","}\n${rows.join(",\n")}`;
      first = false;
    }
    yield "]";
  }
  yield "\n}}\n";
}

/** The backup as a byte stream (for a download). */
export function backupStream(client: DbClient, options: { passwordHashes: boolean }): ReadableStream<Uint8Array> {
  const chunks = backupChunks(client, options);
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
