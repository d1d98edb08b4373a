// npm run db:restore -- parley-backup.json
// Restores a backup into an empty, migrated database (DATABASE_URL, or the embedded PGlite), in
// one transaction: on any error nothing is written.
import { restoreBackupFile } from "../lib/backup/files";
import { RestoreError } from "../lib/backup/restore";
import { closeDb, db } from "../lib/db";

async function main() {
  const file = process.argv[2];
  if (!file) {
    console.error("Usage: npm run db:restore -- FILE");
    process.exitCode = 2;
    return;
  }
  const report = await restoreBackupFile(db, file);
  const total = Object.values(report.tables).reduce((a, b) => a + b, 0);
  console.log(`Restored ${total} rows in ${Object.keys(report.tables).length} tables.`);
  if (report.usersWithoutPassword) {
    console.log(
      `${report.usersWithoutPassword} users have no password (the backup left hashes out): set them with the admin's "Reset password".`,
    );
  }
}

main()
  .catch((error) => {
    // One line for the operator; the stack only when it is not a refusal we understand.
    console.error(
      error instanceof RestoreError
        ? `Not restored: ${error.message}`
        : `Not restored: ${error instanceof Error ? error.message.split("\n").filter(Boolean).at(-1) : String(error)}`,
    );
    process.exitCode = 1;
  })
  .finally(closeDb);
