import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/test/users";
import { seedDemoData } from "@/test/seed";
import { createTestDatabase, type TestTarget } from "@/test/database";
import type { Database } from "@/lib/prisma-client";
import { recordAudit } from "@/lib/audit/record";
import { verifyPassword } from "@/lib/auth/password";
import { backupChunks } from "./backup";
import { NO_PASSWORD, restoreBackup, RestoreError } from "./restore";
import { SCHEMA_MIGRATION } from "./format";
import { restoreBackupFile, writeBackupFile } from "./files";

const target = (process.env.PARLEY_TEST_TARGET ?? "pglite") as TestTarget;
const NOW = new Date("2026-11-25T12:00:00Z");
const fresh: Database[] = [];
const freshDatabase = async () => {
  const database = await createTestDatabase(target);
  fresh.push(database);
  return database;
};

async function backupText(client: Database["client"], passwordHashes = true) {
  let text = "";
  for await (const chunk of backupChunks(client, { passwordHashes, now: NOW })) text += chunk;
  return text;
}

beforeAll(async () => {
  await seedDemoData();
  const analyst = await makeUser("ANALYST");
  // A theme moved under one created after it: its parent has a higher id (the restore's second pass).
  const late = await db.topic.create({ data: { name: "Transnational crime", slug: "transnational-crime" } });
  await db.topic.update({ where: { slug: "money-laundering" }, data: { parentId: late.id } });
  await db.topic.update({ where: { slug: "fentanyl" }, data: { deletedAt: new Date("2026-01-02T03:04:05.678Z"), synonyms: ["Fentanilo", "फेंटानाइल", "a \"quoted\", comma"] } });
  await recordAudit(db, { userId: analyst.id, action: "UPDATE", recordType: "TOPIC", recordId: late.id, before: { name: "x" }, after: { name: "Transnational crime", emoji: "🤝" } });
});

afterAll(async () => {
  for (const database of fresh) await database.close();
});

describe("backup and restore", () => {
  it("round-trips losslessly: backup, restore into an empty database, backup again gives the same file", async () => {
    const first = await backupText(db);
    const backup = JSON.parse(first);
    expect(Object.keys(backup.tables)).toEqual(expect.arrayContaining(["Country", "Dialogue", "Agreement", "Citation", "Link", "User", "AuditEvent", "Topic"]));
    expect(backup.tables.Dialogue.length).toBeGreaterThan(0);
    expect(backup.tables.AuditEvent.length).toBeGreaterThan(0);
    expect(backup.tables.SignInThrottle).toBeUndefined();

    const copy = await freshDatabase();
    const report = await restoreBackup(copy.client, backup);
    expect(report.tables.Agreement).toBe(backup.tables.Agreement.length);
    expect(report.usersWithoutPassword).toBe(0);
    expect(await backupText(copy.client)).toBe(first);

    // The id sequences continue after the restored rows.
    const maxTopic = Math.max(...backup.tables.Topic.map((t: { id: number }) => t.id));
    const created = await copy.client.topic.create({ data: { name: "After restore", slug: "after-restore" } });
    expect(created.id).toBeGreaterThan(maxTopic);
    const moved = await copy.client.topic.findUniqueOrThrow({ where: { slug: "money-laundering" }, select: { parent: { select: { slug: true } } } });
    expect(moved.parent?.slug).toBe("transnational-crime");
  });

  it("leaves password hashes out unless asked; such users cannot sign in until given a password", async () => {
    const backup = JSON.parse(await backupText(db, false));
    expect(backup.passwordHashes).toBe(false);
    expect(backup.tables.User.every((u: Record<string, unknown>) => !("passwordHash" in u))).toBe(true);
    const copy = await freshDatabase();
    const report = await restoreBackup(copy.client, backup);
    expect(report.usersWithoutPassword).toBe(backup.tables.User.length);
    const user = await copy.client.user.findFirstOrThrow({ select: { passwordHash: true } });
    expect(user.passwordHash).toBe(NO_PASSWORD);
    expect(await verifyPassword(user.passwordHash, NO_PASSWORD)).toBe(false);
  });

  it("refuses a non-empty database, another format or migration, and writes nothing when a row is bad", async () => {
    const backup = JSON.parse(await backupText(db));
    await expect(restoreBackup(db, backup)).rejects.toThrow(/not empty/);
    await expect(restoreBackup(db, { format: "something-else" })).rejects.toThrow(RestoreError);
    await expect(restoreBackup(db, { ...backup, migration: "20200101000000_old" })).rejects.toThrow(/migration/);
    const copy = await freshDatabase();
    const broken = { ...backup, tables: { ...backup.tables, Dialogue: [...backup.tables.Dialogue, { ...backup.tables.Dialogue[0], id: 999_999, seriesId: 424_242 }] } };
    await expect(restoreBackup(copy.client, broken)).rejects.toThrow();
    expect(await copy.client.country.count()).toBe(0);
  });
});

describe("backup files (npm run db:backup / db:restore)", () => {
  it("writes a file that restores into an empty database, never overwrites one, and refuses an unreadable one", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parley-backup-"));
    const file = path.join(dir, "backup.json");
    await writeBackupFile(db, file, { passwordHashes: true });
    await expect(writeBackupFile(db, file, { passwordHashes: true })).rejects.toThrow(/EEXIST/);
    const copy = await freshDatabase();
    const report = await restoreBackupFile(copy.client, file);
    expect(report.tables.Dialogue).toBe(await db.dialogue.count());
    expect(await copy.client.agreement.count()).toBe(await db.agreement.count());
    fs.writeFileSync(path.join(dir, "broken.json"), "{\"format\": \"parley-backup\",");
    await expect(restoreBackupFile(copy.client, path.join(dir, "broken.json"))).rejects.toThrow(/not a readable JSON file/);
    fs.rmSync(dir, { recursive: true });
  });
});

describe("the backup's schema version", () => {
  it("is the newest migration", () => {
    const newest = fs.readdirSync(path.join(process.cwd(), "prisma/migrations")).filter((d) => /^\d{14}_/.test(d)).sort().at(-1);
    expect(SCHEMA_MIGRATION).toBe(newest);
  });
});
