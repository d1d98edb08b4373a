// A Parley backup: one JSON document holding every row of every data table as PostgreSQL renders
// it (to_jsonb), which json_populate_recordset reads back exactly: restoring it and backing up
// again gives the same document.

export const BACKUP_FORMAT = "parley-backup";
export const BACKUP_VERSION = 1;

/**
 * The newest migration the backup's tables match. A backup restores only into a database at the
 * same migration (a test keeps this in step with prisma/migrations).
 */
export const SCHEMA_MIGRATION = "20261209000000_watches";

export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  migration: string;
  createdAt: string;
  /** false: users are backed up without their password hashes and must be given new passwords after a restore. */
  passwordHashes: boolean;
};

export type Backup = BackupHeader & { tables: Record<string, Record<string, unknown>[]> };
