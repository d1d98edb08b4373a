import { expect, newDialogue, test } from "./fixtures";

test.describe("deleting", () => {
  test("a meeting asks first, then goes to Deleted records (linked from the header), where it is restored", async ({
    page,
  }) => {
    const meeting = await newDialogue(page, "Meeting to delete and restore", "2023-11");

    // One press only asks; keeping it is one more.
    const toolbar = page.getByRole("group", { name: "Record actions" });
    await toolbar.getByText("Delete", { exact: true }).click();
    await expect(page.getByText("Delete this dialogue? It leaves lists and pages")).toBeVisible();
    await page.getByRole("button", { name: "Yes, delete" }).click();
    await expect(page).toHaveURL(/\/deleted\?deleted=DIALOGUE:/);
    await expect(page.getByRole("status")).toContainText("Deleted.");
    await expect(page.getByRole("link", { name: "Deleted records" })).toBeVisible();
    await page.getByRole("button", { name: "Restore Meeting to delete and restore" }).click();
    await expect(page).toHaveURL(meeting);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meeting to delete and restore");
  });

  test("a part of a page asks first and can be undone in place", async ({ page }) => {
    await newDialogue(page, "Meeting with a participant to delete", "2023-12");
    await page.getByText("Add a participant", { exact: true }).click();
    const add = page.getByRole("form", { name: "Add a participant" });
    await add.getByLabel("Person", { exact: true }).fill("Participant To Remove");
    await add.getByLabel("Delegation", { exact: true }).fill("France");
    await add.getByRole("button", { name: "Add participant" }).click();
    await expect(add.getByRole("status")).toContainText("added to the delegation");
    await page.reload();
    const controls = page.locator(".part-controls").first();
    const name = await controls.locator("summary").getAttribute("aria-label");
    await controls.locator("summary").click();
    await controls.getByRole("button", { name: "Yes, delete" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Deleted." }).first()).toBeVisible();
    await page.getByRole("button", { name: `Undo deleting ${name!.replace(/^Delete /, "")}` }).click();
    // It says so in place, once the server has restored it.
    await expect(page.getByRole("status").filter({ hasText: "Restored." })).toBeVisible();
    await page.reload();
    await expect(page.locator(".part-controls summary").first()).toHaveAttribute("aria-label", name!);
  });
});
