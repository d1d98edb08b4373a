// Walks the registry against real rows: every deletable type can be deleted, is then listed in
// Deleted records under its title, and comes back when restored; every linkable type has a page.
import { beforeAll, describe, expect, it } from "vitest";
import { makeUser } from "@/test/users";
import { makeRecordOf } from "@/test/factories";
import { DELETABLE_TYPES, LINKABLE_TYPES } from "./registry";
import { recentlyDeleted } from "./deleted";
import { setDeleted } from "./soft-delete";
import { recordTitles } from "./titles";

let analyst: Awaited<ReturnType<typeof makeUser>>;
beforeAll(async () => {
  analyst = await makeUser("ANALYST");
});

describe("every record type in the registry, on real rows", () => {
  it.each(DELETABLE_TYPES)("%s: deleted, listed in Deleted records by its title, then restored", async (type) => {
    const id = await makeRecordOf[type]();
    await setDeleted(type, id, true, analyst);
    const listed = (await recentlyDeleted()).find((r) => r.type === type && r.id === id);
    expect(listed?.title.trim()).toBeTruthy();
    await setDeleted(type, id, false, analyst);
    expect((await recentlyDeleted()).some((r) => r.type === type && r.id === id)).toBe(false);
  });

  it.each(LINKABLE_TYPES)("%s: a linked record's title and page are found", async (type) => {
    const id = await makeRecordOf[type]();
    const titled = (await recordTitles([{ type, id }])).get(`${type}:${id}`);
    expect(titled?.title).toBeTruthy();
    expect(titled?.href).toMatch(/^\/[a-z]/);
  });
});
