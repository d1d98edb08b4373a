import { test as base, expect, type Page } from "@playwright/test";

// The accounts scripts/e2e-server.sh creates on its throwaway database.
export const ACCOUNTS = {
  admin: { email: "e2e-admin@parley.test", password: "e2e-only-password-not-for-real-use", name: "Administrator" },
  analyst: { email: "e2e-analyst@parley.test", password: "e2e-only-analyst-password", name: "E2E Analyst" },
  viewer: { email: "e2e-viewer@parley.test", password: "e2e-only-viewer-password", name: "E2E Viewer" },
} as const;

export type AccountName = keyof typeof ACCOUNTS;

export async function signIn(page: Page, who: AccountName) {
  const account = ACCOUNTS[who];
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("link", { name: new RegExp(account.name) })).toBeVisible();
}

/** A page signed in as the analyst, unless a test asks for someone else. */
export const test = base.extend<{ account: AccountName }>({
  account: ["analyst", { option: true }],
  page: async ({ page, account }, provide) => {
    await signIn(page, account);
    await provide(page);
  },
});

export { expect };
