import { expect, newDialogue, test } from "./fixtures";

// A meeting's page is read far more than it is edited: its add forms, follow-up forms and delete
// confirmations are drawn only when opened (components/ui/on-demand.tsx), with and without JavaScript.
test.describe("forms on demand", () => {
  test("a meeting's forms are drawn only when opened, then work as before", async ({ page }) => {
    await newDialogue(page, "Meeting with forms on demand", "2024-03");
    // Nothing but the summaries until asked.
    await expect(page.locator("form[aria-label='Add an outcome']")).toHaveCount(0);
    await expect(page.locator("form[aria-label='Add a participant']")).toHaveCount(0);
    await expect(page.locator("form[aria-label='Add a link']")).toHaveCount(0);

    await page.getByText("Add an outcome", { exact: true }).click();
    const add = page.getByRole("form", { name: "Add an outcome" });
    await add.getByLabel("Kind", { exact: true }).selectOption({ label: "Commitment" });
    await add
      .getByLabel("What was decided, committed or discussed", { exact: true })
      .fill("Both sides will exchange lists of wanted fugitives before the next round.");
    await add.getByLabel("Follow-up", { exact: true }).selectOption({ label: "Open" });
    await add.getByRole("button", { name: "Add outcome" }).click();
    await expect(add.getByRole("status")).toContainText(/added/i);

    const commitment = page.locator("li[id^='outcome-']", { hasText: "wanted fugitives" });
    await expect(commitment.locator("form[aria-label='Follow-up']")).toHaveCount(0);
    await commitment.getByText("Update the follow-up", { exact: true }).click();
    const followUp = commitment.getByRole("form", { name: "Follow-up" });
    await followUp.getByLabel("Follow-up", { exact: true }).selectOption({ label: "Done" });
    await followUp.getByRole("button", { name: "Save follow-up" }).click();
    await expect(commitment.locator(".badge", { hasText: "Done" })).toBeVisible();

    await expect(commitment.getByRole("button", { name: "Yes, delete" })).toHaveCount(0);
    await commitment.locator(".part-controls summary").first().click();
    await commitment.getByRole("button", { name: "Yes, delete" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Deleted." }).first()).toBeVisible();
  });

  test("without JavaScript, a summary opens onto a link to the page with its form drawn", async ({ page, browser }) => {
    const meeting = await newDialogue(page, "Meeting recorded without JavaScript", "2024-04");
    const context = await browser.newContext({
      javaScriptEnabled: false,
      storageState: await page.context().storageState(),
    });
    const plain = await context.newPage();
    await plain.goto(meeting);

    await plain.getByText("Add an outcome", { exact: true }).click();
    await plain.getByRole("link", { name: "Open the form" }).click();
    await expect(plain).toHaveURL(/\?add=outcome#add-outcome$/);
    const add = plain.getByRole("form", { name: "Add an outcome" });
    await add
      .getByLabel("What was decided, committed or discussed", { exact: true })
      .fill("Noted the progress of the sub-groups.");
    await add.getByRole("button", { name: "Add outcome" }).click();
    const outcome = plain.locator("li[id^='outcome-']", { hasText: "progress of the sub-groups" });
    await expect(outcome).toBeVisible();

    await outcome.locator(".part-controls summary").first().click();
    await outcome.getByRole("link", { name: "Confirm" }).click();
    await plain.getByRole("button", { name: "Yes, delete" }).click();
    // The part is gone from the page drawn after the deletion (Deleted records offers it back).
    await expect(plain.getByText("No outcomes recorded.")).toBeVisible();
    await plain.goto(meeting);
    await expect(outcome).toHaveCount(0);
    await context.close();
  });
});
