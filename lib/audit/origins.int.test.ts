import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoData } from "@/test/seed";
import { recordOrigins } from "./origins";

beforeAll(async () => {
  await seedDemoData();
});

describe("record origins", () => {
  it("give every seeded record a first history event: created by the seed, by no user", async () => {
    const dialogue = await db.dialogue.findFirstOrThrow({ select: { id: true } });
    const events = await db.auditEvent.findMany({
      where: { recordType: "DIALOGUE", recordId: dialogue.id },
      select: { action: true, userId: true, after: true },
    });
    expect(events).toEqual([{ action: "CREATE", userId: null, after: { origin: "seed" } }]);
    for (const [type, count] of [
      ["COUNTRY", db.country.count()],
      ["AGREEMENT", db.agreement.count()],
      ["CITATION", db.citation.count()],
      ["TOPIC", db.topic.count()],
    ] as const) {
      expect(await db.auditEvent.count({ where: { recordType: type, action: "CREATE" } }), type).toBe(await count);
    }
  });

  it("leave records that already have a history alone, so running it again adds nothing", async () => {
    expect(await recordOrigins(db, "seed")).toBe(0);
  });
});
