import { expect, test } from "./fixtures";

test.use({ account: "viewer" });

test("search finds the FLETC memorandum by acronym and fentanyl across records, with highlights", async ({ page }) => {
  await page.goto("/search");
  await page.getByRole("searchbox").fill("FLETC");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=FLETC/);
  await expect(page.getByRole("region", { name: "Organisations" })).toContainText(
    "Federal Law Enforcement Training Centers (FLETC)",
  );
  await expect(page.getByRole("region", { name: "Agreements" }).getByRole("link")).toHaveText([
    /Law Enforcement Training/,
  ]);

  await page.getByRole("searchbox").fill("fentanyl");
  await page.getByRole("button", { name: "Search" }).click();
  const outcomes = page.getByRole("region", { name: "Outcomes" });
  await expect(outcomes.locator("mark").first()).toHaveText(/fentanyl/i);
  await expect(page.getByRole("region", { name: "Quoted passages" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Agreements" })).toContainText("Countering Narcotics Trafficking");

  // Odd input is a page, not an error.
  await page.goto(`/search?q=${encodeURIComponent("<script>alert(1)</script> \"unbalanced ' OR 1=1 --")}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
});
