import fc from "fast-check";
import ICAL from "ical.js";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { hostile } from "./hostile";

// The read API as another program uses it: a viewer makes a personal token on the account page,
// reads with it (curl-style, no cookies), and revokes it.

test.use({ account: "viewer" });

async function makeToken(page: Page, name: string): Promise<string> {
  await page.goto("/account");
  const form = page.getByRole("form", { name: "Make a token" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Works for").selectOption({ label: "30 days" });
  await form.getByRole("button", { name: "Make token" }).click();
  const message = form.getByRole("status");
  await expect(message).toContainText("shown only this once");
  return /(parley_pat_[A-Za-z0-9_-]+)/.exec((await message.textContent())!)![1]!;
}

test("a viewer makes an API token, reads the seeded meeting with it, and revokes it", async ({
  page,
  playwright,
  baseURL,
}) => {
  const token = await makeToken(page, "Spreadsheet import");
  // Listed by name and first characters; the token itself is not on the page once reloaded.
  await page.reload();
  const row = page.getByRole("row", { name: /Spreadsheet import/ });
  await expect(row).toContainText(token.slice(0, 15));
  await expect(page.getByText(token)).toHaveCount(0);

  // A client with no cookies at all: only the token.
  const client = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const auth = { authorization: `Bearer ${token}` };
  const list = await client.get("/api/v1/dialogues?status=HELD&limit=100", { headers: auth });
  expect(list.status()).toBe(200);
  const { data } = (await list.json()) as { data: { title: string; start: { text: string } }[] };
  const seeded = data.find(
    (d) => d.title === "India-US Homeland Security Dialogue: senior officials' meeting, New Delhi",
  );
  expect(seeded?.start.text).toBe("2024-02-28");
  const again = await client.get("/api/v1/dialogues?status=HELD&limit=100", {
    headers: { ...auth, "if-none-match": list.headers().etag! },
  });
  expect(again.status()).toBe(304);
  const openapi = await client.get("/api/v1/openapi.json");
  expect((await openapi.json()).openapi).toBe("3.1.0");
  expect((await client.get("/api/v1/dialogues")).status()).toBe(401);

  await page
    .getByRole("row", { name: /Spreadsheet import/ })
    .getByRole("button", { name: "Revoke" })
    .click();
  await expect(page.getByText("Token “Spreadsheet import” revoked")).toBeVisible();
  await expect(page.getByRole("row", { name: /Spreadsheet import/ })).toContainText("revoked");
  const refused = await client.get("/api/v1/dialogues", { headers: auth });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toBe("application/problem+json");
  await client.dispose();
});

const RESOURCES = [
  "series",
  "dialogues",
  "participations",
  "agreements",
  "outcomes",
  "people",
  "organisations",
  "topics",
  "sources",
  "citations",
  "links",
  "search",
];
const PARAMS = [
  "limit",
  "cursor",
  "series",
  "country",
  "status",
  "level",
  "topic",
  "from",
  "to",
  "kind",
  "party",
  "record",
  "type",
  "stance",
  "relation",
  "role",
];
const apiUrl = fc
  .record({
    resource: fc.oneof(fc.constantFrom(...RESOURCES), hostile),
    id: fc.option(hostile, { nil: undefined }),
    query: fc.array(fc.tuple(fc.constantFrom(...PARAMS, "q", "parent"), hostile), { maxLength: 4 }),
  })
  .map(({ resource, id, query }) => {
    const path = `/api/v1/${resource || "x"}${id === undefined ? "" : `/${id || "x"}`}`;
    return `${path}${query.length ? "?" : ""}${query.map(([k, v]) => `${k}=${v}`).join("&")}`;
  });

test("the API answers hostile paths and parameters with problem+json, never a 500", async ({
  page,
  playwright,
  baseURL,
}) => {
  const token = await makeToken(page, "Fuzzing");
  const client = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const failures: string[] = [];
  await fc.assert(
    fc.asyncProperty(apiUrl, async (target) => {
      const response = await client.get(target, {
        headers: { authorization: `Bearer ${token}` },
        failOnStatusCode: false,
      });
      const type = response.headers()["content-type"] ?? "";
      if (response.status() >= 500) failures.push(`${response.status()} ${target}`);
      else if (response.status() >= 400 && response.status() !== 429 && !type.startsWith("application/problem+json"))
        failures.push(`${response.status()} without problem+json: ${target}`);
    }),
    // Under the token's limit of 120 a minute.
    { seed: 20261204, numRuns: 100 },
  );
  expect(failures).toEqual([]);
  await client.dispose();
});

test("a viewer subscribes to a series' timeline in a calendar, and the address stops when revoked", async ({
  page,
  playwright,
  baseURL,
}) => {
  await page.goto("/dialogues");
  await page
    .getByRole("link", { name: /senior officials' meeting, New Delhi/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/dialogues\/\d+$/);
  await page.getByRole("main").getByRole("link", { name: "India-US Homeland Security Dialogue" }).first().click();
  await expect(page).toHaveURL(/\/series\/\d+$/);
  await page.getByRole("group", { name: "Record actions" }).getByRole("link", { name: "Timeline" }).click();
  await expect(page).toHaveURL(/\/timeline\?series=\d+$/);
  await page.getByRole("link", { name: "Subscribe in a calendar" }).click();
  await expect(page).toHaveURL(/\/account\?subscribe=series%3D\d+#calendar-feeds$/);
  const form = page.getByRole("form", { name: "Make a calendar feed" });
  await form.getByLabel("Name").fill("Work calendar");
  await form.getByRole("button", { name: "Make feed" }).click();
  const message = form.getByRole("status");
  await expect(message).toContainText("shown only this once");
  const address = /(https?:\/\/\S+\/feeds\/calendar\?\S+)/.exec((await message.textContent())!)![1]!;
  expect(address).toMatch(/[?&]series=\d+/);

  // The calendar program: no cookies, only the address.
  const client = await playwright.request.newContext({ storageState: { cookies: [], origins: [] } });
  const path = new URL(address).pathname + new URL(address).search;
  const response = await client.get(new URL(path, baseURL).href);
  expect(response.status()).toBe(200);
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Parley: India-US Homeland Security Dialogue");
  expect(calendar.getAllSubcomponents("vevent").length).toBeGreaterThan(0);

  await page.reload();
  await page
    .getByRole("row", { name: /Work calendar/ })
    .getByRole("button", { name: "Revoke" })
    .click();
  await expect(page.getByRole("row", { name: /Work calendar/ })).toContainText("revoked");
  expect((await client.get(new URL(path, baseURL).href)).status()).toBe(401);
  await client.dispose();
});
