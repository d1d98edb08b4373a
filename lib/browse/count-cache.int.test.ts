import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/test/users";
import { seedDemoData } from "@/test/seed";
import { auditRecord } from "@/lib/audit/record";
import { browseDialogues } from "@/lib/dialogues/browse";
import { dialogueBrowse } from "@/lib/dialogues/browse-spec";
import { parseState } from "./state";
import { createDialogue } from "@/lib/dialogues/mutations";
import { parseVagueDate } from "@/lib/forms/vague-date";
import type { DialogueInput } from "@/lib/dialogues/schema";
import { keptCountsWithin, recounted } from "./count-cache";

const target = process.env.PARLEY_TEST_TARGET ?? "pglite";
let analyst: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  await seedDemoData();
  analyst = await makeUser("ANALYST");
  const seriesId = (await db.dialogueSeries.findFirstOrThrow({ select: { id: true } })).id;
  for (const title of ["Working group on port security", "Working group on cyber crime"]) {
    await createDialogue(
      {
        seriesId,
        title,
        level: "WORKING_GROUP",
        status: "HELD",
        startDate: parseVagueDate("2025-06")!,
      } as DialogueInput,
      analyst,
    );
  }
});

/** `counts` with some moved from one status to another, as a facet shows them (no zero rows). */
const moved = (counts: Record<string, number>, from: string, to: string) =>
  Object.fromEntries(
    Object.entries({ ...counts, [from]: (counts[from] ?? 0) - 1, [to]: (counts[to] ?? 0) + 1 }).filter(
      ([, n]) => n > 0,
    ),
  );

/** The status facet with nothing chosen, once made again if the first read came back with the previous counts. */
async function statusCounts() {
  const browse = () => browseDialogues(parseState(dialogueBrowse, {}));
  let result = await browse();
  if (result.countedBefore) {
    await recounted("Dialogue");
    result = await browse();
    expect(result.countedBefore).toBeNull();
  }
  return Object.fromEntries(result.facets.status.map((v) => [v.value, v.count]));
}
const dataVersion = async () => (await db.dataVersion.findUniqueOrThrow({ where: { id: 1 } })).version;

/** An analyst's edit as the app writes it: the change and its audit event in one transaction. */
async function setStatus(
  tx: Parameters<Parameters<typeof db.$transaction>[0]>[0],
  id: number,
  status: "HELD" | "POSTPONED",
) {
  await tx.dialogue.update({ where: { id }, data: { status, version: { increment: 1 } } });
  await auditRecord(tx, analyst.id, "UPDATE", ["DIALOGUE", id], { after: { status } });
}

describe("kept counts", () => {
  it("are kept in the database for the current data version, and recounted as soon as a write commits", async () => {
    const before = await statusCounts();
    const kept = await db.countCache.findUniqueOrThrow({ where: { key: "Dialogue" } });
    expect(kept.version).toBe(await dataVersion());
    const held = await db.dialogue.findFirstOrThrow({ where: { status: "HELD" } });
    await db.$transaction((tx) => setStatus(tx, held.id, "POSTPONED"));
    expect(await statusCounts()).toEqual(moved(before, "HELD", "POSTPONED"));
    await db.$transaction((tx) => setStatus(tx, held.id, "HELD"));
    expect(await statusCounts()).toEqual(before);
  });

  it("move the data version on once per transaction, however many events it records", async () => {
    const start = await dataVersion();
    const held = await db.dialogue.findFirstOrThrow({ where: { status: "HELD" } });
    await db.$transaction(async (tx) => {
      await setStatus(tx, held.id, "POSTPONED");
      await setStatus(tx, held.id, "HELD");
    });
    expect(await dataVersion()).toBe(start + 1n);
  });

  // Two transactions at once need a server: PGlite runs one at a time.
  it.skipIf(target === "pglite")(
    "are right after a slow write commits behind a faster one (versions follow commit order)",
    async () => {
      const [slow, fast] = await db.dialogue.findMany({ where: { status: "HELD" }, take: 2, orderBy: { id: "asc" } });
      const before = await statusCounts();
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let started!: () => void;
      const begun = new Promise<void>((resolve) => (started = resolve));
      // The slow write takes its audit id first, then waits; the fast one writes and commits meanwhile.
      const slowWrite = db.$transaction(
        async (tx) => {
          await setStatus(tx, slow!.id, "POSTPONED");
          started();
          await gate;
        },
        { timeout: 30_000 },
      );
      await begun;
      await db.$transaction((tx) => setStatus(tx, fast!.id, "HELD"));
      expect(await statusCounts()).toEqual(before); // counted (and kept) while the slow write is still open
      release();
      await slowWrite;
      expect(await statusCounts()).toEqual(moved(before, "HELD", "POSTPONED"));
    },
  );

  it("after a write, serve the previous counts while a slow recount runs, and recount once", async () => {
    const key = "test:slow";
    let calls = 0;
    let release!: () => void;
    const slowCount = (value: number) => async () => {
      calls++;
      await new Promise<void>((resolve) => (release = resolve));
      return { value };
    };
    const first = keptCountsWithin(key, 10, slowCount(1));
    await vi.waitFor(() => expect(calls).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 30));
    release(); // no previous counts: the first reader waits for them
    expect(await first).toEqual({ value: { value: 1 }, before: null });
    expect(await keptCountsWithin(key, 10, slowCount(9))).toEqual({ value: { value: 1 }, before: null });
    expect(calls).toBe(1);

    const held = await db.dialogue.findFirstOrThrow({ where: { status: "HELD" } });
    await db.$transaction((tx) => setStatus(tx, held.id, "HELD"));
    // The last count took longer than the wait: this reader does not wait at all.
    expect((await db.countCache.findUniqueOrThrow({ where: { key } })).recountMs).toBeGreaterThanOrEqual(30);
    const late = await keptCountsWithin(key, 10, slowCount(2));
    expect(late.value).toEqual({ value: 1 });
    expect(late.before).toBeInstanceOf(Date);
    // A second reader meanwhile finds the recount claimed and does not start another.
    expect((await keptCountsWithin(key, 10, slowCount(3))).value).toEqual({ value: 1 });
    expect(calls).toBe(2);
    release();
    await recounted(key);
    expect(await keptCountsWithin(key, 10, slowCount(4))).toEqual({ value: { value: 2 }, before: null });
    expect(calls).toBe(2);
  });

  it("after a write, wait for a recount that was quick last time", async () => {
    const key = "test:quick";
    let value = 1;
    const count = async () => ({ value });
    expect(await keptCountsWithin(key, 5_000, count)).toEqual({ value: { value: 1 }, before: null });
    value = 2;
    const held = await db.dialogue.findFirstOrThrow({ where: { status: "HELD" } });
    await db.$transaction((tx) => setStatus(tx, held.id, "HELD"));
    expect(await keptCountsWithin(key, 5_000, count)).toEqual({ value: { value: 2 }, before: null });
  });
});
