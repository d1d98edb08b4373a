import fs from "node:fs";
import path from "node:path";

const MIGRATIONS_DIR = path.join(__dirname, "..", "prisma", "migrations");

/** The SQL of every migration in prisma/migrations, in the order Prisma applies them. */
export function migrationScripts(): { name: string; sql: string }[] {
  return fs
    .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, sql: fs.readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8") }));
}
