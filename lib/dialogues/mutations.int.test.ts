import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/test/users";
import { makeSeries } from "@/test/factories";
import { ConflictError } from "@/lib/errors";
import { parseVagueDate } from "@/lib/forms/vague-date";
import { createDialogue, updateDialogue } from "./mutations";
import { getDialogue } from "./queries";
import type { DialogueInput } from "./schema";

let analyst: Awaited<ReturnType<typeof makeUser>>;
let colleague: Awaited<ReturnType<typeof makeUser>>;
let input: DialogueInput;

beforeAll(async () => {
  analyst = await makeUser("ANALYST");
  colleague = await makeUser("ANALYST");
  input = {
    seriesId: await makeSeries(),
    title: "India-US HSD: working group on cyber security",
    level: "WORKING_GROUP",
    status: "HELD",
    startDate: parseVagueDate("2024-05")!,
    venueCity: "Washington",
    venueCountry: "US",
  } as DialogueInput;
});

const auditOf = (recordId: number) =>
  db.auditEvent.findMany({
    where: { recordType: "DIALOGUE", recordId },
    orderBy: { id: "asc" },
    select: { action: true, userId: true, before: true, after: true },
  });

describe("creating a dialogue", () => {
  it("stores the vague date with its precision and records who created it", async () => {
    const id = await createDialogue(input, analyst);
    const saved = (await getDialogue(id))!;
    expect([saved.startDate?.toISOString().slice(0, 10), saved.startPrecision, saved.venueCountry?.code]).toEqual([
      "2024-05-01",
      "MONTH",
      "US",
    ]);
    const [event] = await auditOf(id);
    expect(event).toMatchObject({
      action: "CREATE",
      userId: analyst.id,
      after: expect.objectContaining({ title: input.title, startPrecision: "MONTH" }),
    });
  });
});

describe("editing a dialogue", () => {
  it("records the changed fields before and after, and bumps the version", async () => {
    const id = await createDialogue(input, analyst);
    await updateDialogue({ ...input, id, version: 1, venueCity: "New York", summary: "Cyber crime." }, analyst);
    const saved = await db.dialogue.findUniqueOrThrow({ where: { id }, select: { version: true, venueCity: true } });
    expect(saved).toEqual({ version: 2, venueCity: "New York" });
    const events = await auditOf(id);
    expect(events.at(-1)).toEqual({
      action: "UPDATE",
      userId: analyst.id,
      before: { venueCity: "Washington", summary: null },
      after: { venueCity: "New York", summary: "Cyber crime." },
    });
  });

  it("lets exactly one of two concurrent saves of the same version win; the other gets the conflict", async () => {
    const id = await createDialogue(input, analyst);
    const results = await Promise.allSettled([
      updateDialogue({ ...input, id, version: 1, venueCity: "Chicago" }, analyst),
      updateDialogue({ ...input, id, version: 1, venueCity: "Boston" }, colleague),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(ConflictError);
    const saved = await db.dialogue.findUniqueOrThrow({ where: { id }, select: { version: true, venueCity: true } });
    expect(saved.version).toBe(2);
    // The loser is told what is saved now, and by whom, so it can re-apply its change.
    const conflict = (lost[0]!.reason as ConflictError).conflict;
    expect(conflict.current.venueCity).toBe(saved.venueCity);
    expect(conflict.currentVersion).toBe(2);
    expect([analyst.name, colleague.name]).toContain(conflict.changedBy);
  });

  it("refuses a save over a stale version and leaves the record as the other analyst saved it", async () => {
    const id = await createDialogue(input, analyst);
    await updateDialogue({ ...input, id, version: 1, summary: "Colleague's summary" }, colleague);
    await expect(updateDialogue({ ...input, id, version: 1, summary: "My summary" }, analyst)).rejects.toThrow(
      ConflictError,
    );
    expect((await db.dialogue.findUniqueOrThrow({ where: { id } })).summary).toBe("Colleague's summary");
    // Re-applying on top of the current version succeeds.
    await updateDialogue({ ...input, id, version: 2, summary: "My summary" }, analyst);
    expect((await db.dialogue.findUniqueOrThrow({ where: { id } })).summary).toBe("My summary");
  });
});
