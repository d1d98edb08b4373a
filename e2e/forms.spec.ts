import { E2E_SERIES, expect, newDialogue, test } from "./fixtures";

// The form kit, as a keyboard user meets it: after a failed save focus is on the first field to
// correct; after a save, on what says it saved (or on the saved part of the page).
test.describe("forms", () => {
  test("a failed save puts focus on the first invalid field; a saved one says so", async ({ page }) => {
    await page.goto("/dialogues/new");
    await page.getByRole("button", { name: "Create dialogue" }).click();
    const series = page.getByLabel("Series", { exact: true });
    await expect(series).toBeFocused();
    await expect(series).toHaveAttribute("aria-invalid", "true");
    // An empty choice says what to choose, tied to the field for screen readers.
    await expect(series).toHaveAccessibleDescription("Choose a series");
    await expect(page.getByRole("alert").filter({ hasText: "Please correct the fields marked below." })).toBeVisible();

    await series.selectOption({ label: E2E_SERIES });
    await page.getByLabel("Title", { exact: true }).fill("Meeting for the form kit");
    await page.getByRole("button", { name: "Create dialogue" }).click();
    const created = page.getByRole("status").filter({ hasText: "Created." });
    await expect(created).toBeFocused();
    // The notice's parameter leaves the address, so a reload or a bookmark is quiet.
    await expect(page).toHaveURL(/\/dialogues\/\d+$/);

    await page.getByRole("group", { name: "Record actions" }).getByRole("link", { name: "Edit" }).click();
    await page.getByLabel("City", { exact: true }).fill("Washington");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeFocused();
    await expect(page.getByText("Washington").first()).toBeVisible();
    await page.reload();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toHaveCount(0);
  });

  test('an "add another" form empties itself and focuses its confirmation', async ({ page }) => {
    await newDialogue(page, "Meeting for adding outcomes", "2024-02");
    await page.getByText("Add an outcome", { exact: true }).click();
    const form = page.getByRole("form", { name: "Add an outcome" });
    await form.getByRole("button", { name: "Add outcome" }).click();
    await expect(form.getByLabel("What was decided, committed or discussed", { exact: true })).toBeFocused();

    await form
      .getByLabel("What was decided, committed or discussed", { exact: true })
      .fill("Both sides agreed to exchange liaison officers at their training academies.");
    await form.getByRole("button", { name: "Add outcome" }).click();
    const added = form.getByRole("status");
    await expect(added).toBeFocused();
    await expect(added).toContainText(/added/i);
    await expect(form.getByLabel("What was decided, committed or discussed", { exact: true })).toHaveValue("");
  });
});
