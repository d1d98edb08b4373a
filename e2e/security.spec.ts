import { test as base } from "@playwright/test";
import { ACCOUNTS, expect, test } from "./fixtures";

// What an attacker would try from outside: links that send a signed-in analyst elsewhere.
base.describe("no open redirects", () => {
  base("signing in from a hostile callbackUrl stays on Parley", async ({ page, baseURL }) => {
    await page.goto("/sign-in?callbackUrl=%2F%5Cevil.example%2Fphish");
    await page.getByLabel("Email").fill(ACCOUNTS.viewer.email);
    await page.getByLabel("Password").fill(ACCOUNTS.viewer.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Recent dialogues" })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  });
});

test.describe("no open redirects, signed in", () => {
  test("a signed-in visit to the sign-in page with a tab-smuggled callbackUrl stays on Parley", async ({ page, baseURL }) => {
    await page.goto("/sign-in?callbackUrl=%2F%09%2Fevil.example%2Fx");
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    await expect(page.getByRole("heading", { name: "Recent dialogues" })).toBeVisible();
  });

  test("a new source's returnTo cannot point off the site, in its Cancel link or after saving", async ({ page, baseURL }) => {
    await page.goto("/sources/new?returnTo=%2F%5Cevil.example");
    await expect(page.getByRole("link", { name: "Cancel" })).toHaveAttribute("href", "/");
    await page.getByLabel("Title").fill("Readout with a hostile return address");
    await page.getByRole("button", { name: "Add source" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Readout with a hostile return address");
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  });
});
