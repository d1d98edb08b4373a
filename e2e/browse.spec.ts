import { expect, test } from "./fixtures";

test.use({ account: "viewer" });

test("agreements by theme: a theme and two facets, counts, and the same view from the URL", async ({ page }) => {
  await page.goto("/agreements");
  const filters = page.getByRole("complementary", { name: "Filters" });
  const themes = filters.getByRole("region", { name: "Themes" });
  await expect(themes.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Narcotics trafficking", exact: true }) }).first()).toContainText("1");
  await expect(page.getByRole("status").filter({ hasText: "agreements" })).toHaveText(/^2 agreements/);

  await themes.getByRole("link", { name: "Narcotics trafficking", exact: true }).click();
  await expect(page).toHaveURL(/topic=narcotics-trafficking/);
  await filters.getByRole("region", { name: "Status" }).getByRole("link", { name: "Under negotiation" }).click();
  await expect(page).toHaveURL(/status=UNDER_NEGOTIATION/);
  await filters.getByRole("region", { name: "Parties" }).getByRole("link", { name: "India" }).click();
  await expect(page).toHaveURL(/topic=narcotics-trafficking&status=UNDER_NEGOTIATION&party=IN/);

  const check = async () => {
    await expect(page.getByRole("status").filter({ hasText: "agreement" })).toHaveText(/^1 agreement\b/);
    await expect(page.getByRole("table").getByRole("link")).toHaveText(["Memorandum of Cooperation on Countering Narcotics Trafficking"]);
    await expect(filters.getByRole("region", { name: "Status" }).getByRole("link", { name: /Under negotiation/ })).toHaveAttribute("aria-current", "true");
    await expect(filters.getByRole("region", { name: "Parties" }).getByRole("listitem").filter({ hasText: "United States" })).toContainText("1");
  };
  await check();
  const url = page.url();
  await page.goto(url);
  await check();

  await page.goBack();
  await expect(page).not.toHaveURL(/party=IN/);
});
