import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/test/users";
import { makeAgendaItem, makeAssessment, makeDialogue } from "@/test/factories";
import { takeUpAgendaItem } from "@/lib/agenda/mutations";
import { takeUpAgendaItemSchema } from "@/lib/agenda/schema";
import { seedDemoData } from "@/test/seed";
import { createTestDatabase, type TestTarget } from "@/test/database";
import type { Database } from "@/lib/prisma-client";
import { auditRecord } from "@/lib/audit/record";
import { verifyPassword } from "@/lib/auth/password";
import { writeBackup } from "./backup";
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

async function backupText(client: Database["client"], passwordHashes = true, eachChunk?: () => Promise<void>) {
  let text = "";
  await writeBackup(client, { passwordHashes, now: NOW }, async (chunk) => {
    text += chunk;
    await eachChunk?.();
  });
  return text;
}

/** Analysts at work: `count` writers each creating agreements with parties and themes, one transaction each, until stopped. */
function startWriters(client: Database["client"], count: number) {
  let running = true;
  let written = 0;
  const writer = async (n: number) => {
    const [india, us] = await client.country.findMany({ where: { code: { in: ["IN", "US"] } }, select: { id: true } });
    const topic = await client.topic.findFirstOrThrow({ select: { id: true } });
    for (let i = 0; running; i++) {
      await client.agreement.create({
        data: {
          title: `Concurrent MoU ${n}-${i}`,
          kind: "MOU",
          status: "SIGNED",
          parties: { create: [{ countryId: india!.id }, { countryId: us!.id }] },
          topics: { create: [{ topicId: topic.id }] },
          statusHistory: { create: [{ status: "SIGNED", date: new Date("2024-02-28"), precision: "DAY" }] },
        },
      });
      written++;
      await new Promise((resolve) => setImmediate(resolve)); // PGlite answers in microtasks: let timers run
    }
  };
  const writers = Array.from({ length: count }, (_, n) => writer(n));
  return {
    get written() {
      return written;
    },
    async stop() {
      running = false;
      await Promise.all(writers);
      return written;
    },
  };
}

beforeAll(async () => {
  await seedDemoData();
  const analyst = await makeUser("ANALYST");
  // A theme moved under one created after it: its parent has a higher id (the restore's second pass).
  const late = await db.topic.create({ data: { name: "Transnational crime", slug: "transnational-crime" } });
  await db.topic.update({ where: { slug: "money-laundering" }, data: { parentId: late.id } });
  await db.topic.update({
    where: { slug: "fentanyl" },
    data: { deletedAt: new Date("2026-01-02T03:04:05.678Z"), synonyms: ["Fentanilo", "फेंटानाइल", 'a "quoted", comma'] },
  });
  // A reassessment: two snapshots of one party's compliance, each with its cited evidence.
  const assessed = await makeAssessment();
  const { outcomeId } = await db.complianceAssessment.findUniqueOrThrow({ where: { id: assessed } });
  await makeAssessment({ values: { outcomeId: String(outcomeId), score: "1", phase: "FINAL", assessedDate: "2025" } });
  // An agenda item left unfinished at a held round and taken up by the next one (a self-reference).
  const item = await makeAgendaItem();
  const round = await db.dialogue.update({
    where: { id: (await db.agendaItem.findUniqueOrThrow({ where: { id: item } })).dialogueId },
    data: { status: "HELD", startDate: new Date("2025-03-12") },
  });
  const next = await makeDialogue({ values: { seriesId: String(round.seriesId), status: "PLANNED", startDate: "" } });
  await takeUpAgendaItem(takeUpAgendaItemSchema.parse({ dialogueId: next, carriedFromId: item }), analyst);
  await auditRecord(db, analyst.id, "UPDATE", ["TOPIC", late.id], {
    before: { name: "x" },
    after: { name: "Transnational crime", emoji: "🤝" },
  });
});

afterAll(async () => {
  for (const database of fresh) await database.close();
});

describe("backup and restore", () => {
  it("round-trips losslessly: backup, restore into an empty database, backup again gives the same file", async () => {
    const first = await backupText(db);
    const backup = JSON.parse(first);
    expect(Object.keys(backup.tables)).toEqual(
      expect.arrayContaining([
        "Country",
        "Dialogue",
        "Agreement",
        "Citation",
        "Link",
        "User",
        "AuditEvent",
        "Topic",
        "ComplianceAssessment",
        "AgendaItem",
      ]),
    );
    expect(backup.tables.Dialogue.length).toBeGreaterThan(0);
    expect(backup.tables.AuditEvent.length).toBeGreaterThan(0);
    expect(backup.tables.ComplianceAssessment).toHaveLength(2);
    expect(backup.tables.AgendaItem.map((i: { carriedFromId: number | null }) => i.carriedFromId !== null)).toEqual([
      false,
      true,
    ]);
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
    const moved = await copy.client.topic.findUniqueOrThrow({
      where: { slug: "money-laundering" },
      select: { parent: { select: { slug: true } } },
    });
    expect(moved.parent?.slug).toBe("transnational-crime");
  });

  it("reads one snapshot while analysts write: the backup restores, and backing up the copy gives the same file", async () => {
    const writers = startWriters(db, 3);
    while (writers.written < 3) await new Promise((resolve) => setTimeout(resolve, 5));
    // A slow reader (a download over a slow link) leaves time for many writes between tables.
    const text = await backupText(db, true, () => new Promise((resolve) => setTimeout(resolve, 5)));
    const written = await writers.stop();
    const backup = JSON.parse(text);
    const agreements = new Set(backup.tables.Agreement.map((a: { id: number }) => a.id));
    for (const table of ["AgreementParty", "AgreementTopic", "AgreementStatusChange"]) {
      expect(backup.tables[table].filter((row: { agreementId: number }) => !agreements.has(row.agreementId))).toEqual(
        [],
      );
    }
    // Writers were at work before, during and after the snapshot: it holds some of theirs, not all.
    const ours = backup.tables.Agreement.filter((a: { title: string }) => a.title.startsWith("Concurrent MoU")).length;
    expect(ours).toBeGreaterThan(0);
    expect(ours).toBeLessThan(written);

    const copy = await freshDatabase();
    await restoreBackup(copy.client, backup);
    // Byte for byte the same; only the header's createdAt would differ, and NOW fixes it here.
    expect(await backupText(copy.client)).toBe(text);
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
    const broken = {
      ...backup,
      tables: {
        ...backup.tables,
        Dialogue: [...backup.tables.Dialogue, { ...backup.tables.Dialogue[0], id: 999_999, seriesId: 424_242 }],
      },
    };
    const refused = await restoreBackup(copy.client, broken).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RestoreError);
    // One clean line that says which table and why, not a driver's stack.
    expect((refused as Error).message).toMatch(/^Dialogue: .*foreign key.*Dialogue_seriesId_fkey/);
    expect((refused as Error).message).not.toMatch(/\n|prisma|invocation/i);
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
    fs.writeFileSync(path.join(dir, "broken.json"), '{"format": "parley-backup",');
    await expect(restoreBackupFile(copy.client, path.join(dir, "broken.json"))).rejects.toThrow(
      /not a readable JSON file/,
    );
    fs.rmSync(dir, { recursive: true });
  });
});

describe("the backup's schema version", () => {
  it("is the newest migration", () => {
    const newest = fs
      .readdirSync(path.join(process.cwd(), "prisma/migrations"))
      .filter((d) => /^\d{14}_/.test(d))
      .sort()
      .at(-1);
    expect(SCHEMA_MIGRATION).toBe(newest);
  });
});
