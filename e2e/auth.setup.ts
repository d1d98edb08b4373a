// Runs once before the specs: signs each account in and keeps its session (the specs start signed
// in, in parallel), and makes the series the specs record their own meetings in.
import fs from "node:fs";
import { test as setup, expect } from "@playwright/test";
import { ACCOUNTS, E2E_SERIES, authFile, signIn, type AccountName } from "./fixtures";

// In order: the series is made with the analyst's session.
setup.describe.configure({ mode: "serial" });
setup.beforeAll(() => fs.mkdirSync("data/e2e-auth", { recursive: true }));

for (const who of Object.keys(ACCOUNTS) as AccountName[]) {
  setup(`sign in as ${who}`, async ({ page }) => {
    await signIn(page, who);
    await page.context().storageState({ path: authFile(who) });
  });
}

setup("sign in as the analyst on the empty databases", async ({ page }) => {
  await signIn(page, "analyst", process.env.E2E_EMPTY_URL);
  await page.context().storageState({ path: authFile("analyst", "empty") });
  await page.context().clearCookies();
  await signIn(page, "analyst", process.env.E2E_CAPTURE_URL);
  await page.context().storageState({ path: authFile("analyst", "capture") });
});

setup("make the series the specs record their meetings in", async ({ browser }) => {
  const context = await browser.newContext({ storageState: authFile("analyst") });
  const page = await context.newPage();
  await page.goto("/series/new");
  await page.getByLabel("Name", { exact: true }).fill(E2E_SERIES);
  await page.getByLabel("Parties", { exact: true }).fill("France, Germany");
  await page.getByRole("button", { name: "Create series" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(E2E_SERIES);
  await context.close();
});
