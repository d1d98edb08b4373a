// npm run db:backup -- --out parley-backup.json [--with-passwords]
// Writes a full backup of the database (DATABASE_URL, or the embedded PGlite) as one JSON file,
// streamed. Password hashes are left out unless --with-passwords is given.
import { parseArgs } from "node:util";
import { writeBackupFile } from "../lib/backup/files";
import { closeDb, db } from "../lib/db";

const { values } = parseArgs({
  options: { out: { type: "string" }, "with-passwords": { type: "boolean", default: false } },
});

async function main() {
  if (!values.out) {
    console.error("Usage: npm run db:backup -- --out FILE [--with-passwords]");
    process.exitCode = 2;
    return;
  }
  await writeBackupFile(db, values.out, { passwordHashes: values["with-passwords"] });
  console.log(
    `Backup written to ${values.out}${values["with-passwords"] ? " (with password hashes: keep it safe)" : ""}.`,
  );
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(closeDb);
