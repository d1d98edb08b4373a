import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoData } from "@/test/seed";
import { suggest } from "./suggest";
import { resolveOrganisation, resolvePerson, resolveTopic } from "./resolve";
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
    expect((await suggest("series", "homeland sec")).map((s) => s.label)).toContain(
      "India-US Homeland Security Dialogue",
    );
  });

  it("finds topics by synonym and people by alias whatever their case, and says which name matched", async () => {
    await db.topic.create({
      data: {
        name: "Law enforcement cooperation",
        slug: "law-enforcement-cooperation-t",
        synonyms: ["capacity building"],
      },
    });
    expect(await suggest("topic", "Capacity b")).toContainEqual(
      expect.objectContaining({ label: "Law enforcement cooperation", via: "capacity building" }),
    );
    const analyst = await makeUser("ANALYST");
    const topicId = await db.$transaction((tx) => resolveTopic(tx, "Capacity Building", analyst));
    expect((await db.topic.findUniqueOrThrow({ where: { id: topicId } })).name).toBe("Law enforcement cooperation");

    await db.person.create({ data: { name: "Sandeep Kapoor", aliases: ["Sandy Kapoor"] } });
    expect(await suggest("person", "sandy")).toContainEqual(
      expect.objectContaining({ label: "Sandeep Kapoor", via: "Sandy Kapoor" }),
    );
    expect(await suggest("person", "Sandeep")).toContainEqual(expect.objectContaining({ via: undefined }));
    const personId = await db.$transaction((tx) => resolvePerson(tx, "SANDY KAPOOR", analyst));
    expect((await db.person.findUniqueOrThrow({ where: { id: personId } })).name).toBe("Sandeep Kapoor");
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
