import { test as base, expect, type Page } from "@playwright/test";

// The accounts scripts/e2e-server.sh creates on its throwaway database.
export const ACCOUNTS = {
  admin: { email: "e2e-admin@parley.test", password: "e2e-only-password-not-for-real-use", name: "Administrator" },
  analyst: { email: "e2e-analyst@parley.test", password: "e2e-only-analyst-password", name: "E2E Analyst" },
  viewer: { email: "e2e-viewer@parley.test", password: "e2e-only-viewer-password", name: "E2E Viewer" },
} as const;

export type AccountName = keyof typeof ACCOUNTS;

/** Where an account's signed-in session is kept between the setup project and the specs. */
export const authFile = (who: AccountName, server: "seeded" | "empty" | "capture" = "seeded") =>
  `data/e2e-auth/${server}-${who}.json`;

/** The series the specs record their own meetings in, so the founding example's counts stay as seeded. */
export const E2E_SERIES = "E2E test meetings";

export async function signIn(page: Page, who: AccountName, baseURL = "") {
  const account = ACCOUNTS[who];
  await page.goto(`${baseURL}/sign-in`);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("link", { name: new RegExp(account.name) })).toBeVisible();
}

// What the browser console must never show while an analyst works: a script or style the CSP
// blocked, or React finding the server's HTML different from its own first render.
const FORBIDDEN_CONSOLE =
  /Content Security Policy|Refused to (execute|load|apply)|Hydration|hydrat|Minified React error #4(18|19|21|23|25)/i;

/** Any test's page, failing the test when the console shows a CSP violation or a hydration error. */
export const guarded = base.extend({
  page: async ({ page }, provide) => {
    const problems: string[] = [];
    page.on("console", (message) => {
      if (FORBIDDEN_CONSOLE.test(message.text())) problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => {
      if (FORBIDDEN_CONSOLE.test(error.message)) problems.push(`pageerror: ${error.message}`);
    });
    await provide(page);
    if (!page.isClosed()) await page.waitForLoadState("networkidle").catch(() => undefined); // let the last page hydrate
    expect(problems, "CSP violations or hydration errors in the browser console").toEqual([]);
  },
});

/** Records a meeting through the form, as an analyst would, in the specs' own series; returns its page's URL. */
export async function newDialogue(page: Page, title: string, startDate: string): Promise<string> {
  await page.goto("/dialogues/new");
  await page.getByLabel("Series").selectOption({ label: E2E_SERIES });
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Start date").fill(startDate);
  await page.getByRole("button", { name: "Create dialogue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  return page.url();
}

/**
 * A page signed in as the analyst, unless a test asks for someone else: with the session the setup
 * project kept (e2e/auth.setup.ts), so no spec signs in through the form again.
 */
export const test = guarded.extend<{ account: AccountName }>({
  account: ["analyst", { option: true }],
  storageState: async ({ account }, provide, testInfo) => {
    const server = ({ recording: "empty", capture: "capture" } as const)[testInfo.project.name] ?? "seeded";
    await provide(authFile(account, server));
  },
});

export { expect };

/**
 * Counts the text fields an analyst types into (each field on each page once), to compare the
 * effort of recording by hand with capture's: a field counts when its value is typed or pasted.
 */
export async function countTypedFields(page: Page): Promise<() => number> {
  let typed = 0;
  await page.exposeFunction("__parleyTyped", () => void typed++);
  await page.addInitScript(() => {
    const seen = new WeakSet<EventTarget>();
    document.addEventListener(
      "input",
      (event) => {
        const el = event.target as HTMLInputElement | HTMLTextAreaElement;
        const text =
          el instanceof HTMLTextAreaElement ||
          (el instanceof HTMLInputElement && !["checkbox", "radio", "file"].includes(el.type));
        if (!text || seen.has(el)) return;
        seen.add(el);
        (window as unknown as { __parleyTyped: () => void }).__parleyTyped();
      },
      true,
    );
  });
  return () => typed;
}

/** Text fields typed to record the founding example through the forms alone (e2e/recording.spec.ts). */
export const TYPED_BY_HAND = 34;
