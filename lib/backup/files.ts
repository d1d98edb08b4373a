import "server-only";
import fs from "node:fs";
import { once } from "node:events";
import type { DbClient } from "@/lib/prisma-client";
import { writeBackup } from "./backup";
import { restoreBackup, RestoreError, type RestoreReport } from "./restore";

// Backups as files, for `npm run db:backup` and `npm run db:restore`.

/** Writes a backup to a new file (never over an existing one), streamed. */
export async function writeBackupFile(
  client: DbClient,
  file: string,
  options: { passwordHashes: boolean },
): Promise<void> {
  const out = fs.createWriteStream(file, { flags: "wx", mode: 0o600 }); // it may hold password hashes
  const opened = once(out, "open");
  const failed = once(out, "error").then(([error]) => Promise.reject(error as Error));
  await Promise.race([opened, failed]);
  await writeBackup(client, options, async (chunk) => {
    if (!out.write(chunk)) await Promise.race([once(out, "drain"), failed]);
  });
  out.end();
  await Promise.race([once(out, "finish"), failed]);
}

/** Restores a backup file into an empty database; an unreadable file is a RestoreError. */
export async function restoreBackupFile(client: DbClient, file: string): Promise<RestoreReport> {
  let backup: unknown;
  try {
    backup = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new RestoreError(
      `${file} is not a readable JSON file: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return restoreBackup(client, backup);
}
