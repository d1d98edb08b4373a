import { ACCOUNTS, authFile, expect, guarded as base, newDialogue, signIn, test } from "./fixtures";

base.describe("signing in", () => {
  base("a visitor is sent to the sign-in page, and a wrong password shows the message", async ({ page }) => {
    await page.goto("/dialogues");
    await expect(page).toHaveURL(/\/sign-in/);
    await page.getByLabel("Email").fill(ACCOUNTS.viewer.email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Wrong" })).toHaveText("Wrong email or password.");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  base("an analyst signs in and out, and the old cookie is dead on the server", async ({ page, browser }) => {
    await signIn(page, "analyst");
    await expect(page.getByRole("heading", { name: "Recent dialogues" })).toBeVisible();
    const copied = await page.context().cookies();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);

    // Someone who kept a copy of the cookie gets nothing with it, and cannot revive it.
    const thief = await browser.newContext();
    await thief.addCookies(copied);
    const stolen = await thief.newPage();
    expect(await (await stolen.request.get("/api/auth/session")).json()).toEqual({});
    await stolen.goto("/dialogues");
    await expect(stolen).toHaveURL(/\/sign-in/);
    await thief.close();
  });
});

test.describe("a viewer", () => {
  test.use({ account: "viewer" });

  test("reads but sees no edit controls, and cannot open an edit form", async ({ page }) => {
    await page.goto("/dialogues");
    await expect(page.getByRole("link", { name: "New dialogue" })).toHaveCount(0);
    await page.getByRole("link", { name: /senior officials' meeting, New Delhi/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("New Delhi");
    const toolbar = page.getByRole("group", { name: "Record actions" });
    await expect(toolbar.getByRole("link", { name: "History" })).toBeVisible();
    await expect(toolbar.getByRole("link", { name: "Edit" })).toHaveCount(0);
    await expect(toolbar.getByText("Delete", { exact: true })).toHaveCount(0);
    const response = await page.goto(page.url() + "/edit");
    expect(response?.status()).toBe(403);
  });
});

test.describe("editing at the same time", () => {
  test("the second save gets the conflict screen, keeps its values, and can re-apply them", async ({
    page,
    browser,
  }) => {
    // The analyst creates a dialogue to work on.
    const editUrl = (await newDialogue(page, "Conflict test meeting", "2024-06")) + "/edit";

    // The admin opens the same form, then the analyst opens it too.
    const adminContext = await browser.newContext({ storageState: authFile("admin") });
    const admin = await adminContext.newPage();
    await admin.goto(editUrl);
    await page.goto(editUrl);

    // The admin saves first.
    await admin.getByLabel("City").fill("Washington");
    await admin.getByRole("button", { name: "Save changes" }).click();
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Conflict test meeting");

    // The analyst's save is refused with what the admin changed; their own text stays.
    await page.getByLabel("City").fill("New York");
    await page.getByLabel("Summary").fill("My notes on the meeting");
    await page.getByRole("button", { name: "Save changes" }).click();
    const conflict = page.getByRole("region", { name: "Someone else saved this record while you were editing" });
    await expect(conflict).toContainText("Administrator");
    await expect(conflict.getByRole("row", { name: /City/ })).toContainText("Washington");
    await expect(conflict.getByRole("row", { name: /City/ })).toContainText("New York");
    await expect(page.getByLabel("Summary")).toHaveValue("My notes on the meeting");

    // Saving again applies the analyst's values over the admin's.
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Conflict test meeting");
    await expect(page.getByText("New York")).toBeVisible();

    // Both saves are in the record's history.
    await page.getByRole("link", { name: "History" }).click();
    await expect(
      page.getByRole("row").filter({ hasText: "Administrator" }).filter({ hasText: "edited" }),
    ).toContainText("Washington");
    await expect(page.getByRole("row").filter({ hasText: "E2E Analyst" }).filter({ hasText: "edited" })).toContainText(
      "New York",
    );
    await adminContext.close();
  });
});
