import "server-only";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { db } from "@/lib/db";
import { databaseTarget } from "@/lib/env";
import { backupStream, type BackupOptions } from "./backup";
import { writeBackupFile } from "./files";

/**
 * The backup for an admin's download. On PostgreSQL it streams straight from its snapshot. PGlite
 * has one connection, which the snapshot's transaction holds: streaming at a slow browser's pace
 * would stall every other request, so there the backup is written to a private temporary file
 * first (fast) and the file is streamed.
 */
export async function backupDownload(options: BackupOptions): Promise<ReadableStream<Uint8Array>> {
  if (databaseTarget().kind === "postgres") return backupStream(db, options);
  const file = path.join(os.tmpdir(), `parley-backup-${randomUUID()}.json`);
  try {
    await writeBackupFile(db, file, options);
    const stream = fs.createReadStream(file);
    await new Promise((resolve, reject) => stream.once("open", resolve).once("error", reject));
    return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
  } finally {
    fs.rmSync(file, { force: true }); // an open file stays readable after its name is gone
  }
}
