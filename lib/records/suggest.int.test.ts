import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoData } from "@/test/seed";
import { suggest } from "./suggest";
import { resolveOrganisation } from "./resolve";
import { makeUser } from "@/test/users";

beforeAll(async () => {
  await seedDemoData();
  await db.organisation.create({ data: { name: "100% Transparency Network", kind: "OTHER" } });
  await db.organisation.create({ data: { name: "Office of A_B Liaison", kind: "OTHER" } });
});

describe("suggest", () => {
  it("finds names by part, acronym and country code", async () => {
    expect((await suggest("organisation", "fletc")).map((s) => s.label)).toContain(
      "Federal Law Enforcement Training Centers",
    );
    expect((await suggest("country", "indi")).map((s) => s.label)).toContain("India");
  });

  it("treats % and _ as the characters typed, not as wildcards", async () => {
    expect((await suggest("organisation", "%")).map((s) => s.label)).toEqual(["100% Transparency Network"]);
    expect((await suggest("organisation", "A_B")).map((s) => s.label)).toEqual(["Office of A_B Liaison"]);
    expect(await suggest("person", "_")).toEqual([]);
  });

  it("answers a trailing backslash (a dangling LIKE escape) with nothing rather than an error", async () => {
    expect(await suggest("organisation", "\\")).toEqual([]);
    expect(await suggest("topic", "cyber\\")).toEqual([]);
  });
});

describe("pick-or-create with wildcard characters", () => {
  it('names a new organisation "%" rather than matching the first one there is', async () => {
    const analyst = await makeUser("ANALYST");
    const id = await db.$transaction((tx) => resolveOrganisation(tx, "%", analyst));
    expect((await db.organisation.findUniqueOrThrow({ where: { id } })).name).toBe("%");
    expect(await db.$transaction((tx) => resolveOrganisation(tx, "Office of AxB Liaison", analyst))).not.toBe(
      (await db.organisation.findFirstOrThrow({ where: { name: "Office of A_B Liaison" } })).id,
    );
  });
});
