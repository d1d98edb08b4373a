import { expect, test } from "./fixtures";

test.use({ account: "viewer" });

test("agreements by theme: a theme and two facets, counts, and the same view from the URL", async ({ page }) => {
  await page.goto("/agreements");
  const filters = page.getByRole("complementary", { name: "Filters" });
  const themes = filters.getByRole("region", { name: "Themes" });
  await expect(
    themes
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: "Narcotics trafficking", exact: true }) })
      .first(),
  ).toContainText("1");
  await expect(page.getByRole("status").filter({ hasText: "agreements" })).toHaveText(/^2 agreements/);

  await themes.getByRole("link", { name: "Narcotics trafficking", exact: true }).click();
  await expect(page).toHaveURL(/topic=narcotics-trafficking/);
  await filters.getByRole("region", { name: "Status" }).getByRole("link", { name: "Under negotiation" }).click();
  await expect(page).toHaveURL(/status=UNDER_NEGOTIATION/);
  await filters.getByRole("region", { name: "Parties" }).getByRole("link", { name: "India" }).click();
  await expect(page).toHaveURL(/topic=narcotics-trafficking&status=UNDER_NEGOTIATION&party=IN/);

  const check = async () => {
    await expect(page.getByRole("status").filter({ hasText: "agreement" })).toHaveText(/^1 agreement\b/);
    await expect(page.getByRole("table").getByRole("link")).toHaveText([
      "Memorandum of Cooperation on Countering Narcotics Trafficking",
    ]);
    await expect(
      filters.getByRole("region", { name: "Status" }).getByRole("link", { name: /Under negotiation/ }),
    ).toHaveAttribute("aria-current", "true");
    await expect(
      filters.getByRole("region", { name: "Parties" }).getByRole("listitem").filter({ hasText: "United States" }),
    ).toContainText("1");
  };
  await check();
  const url = page.url();
  await page.goto(url);
  await check();

  await page.goBack();
  await expect(page).not.toHaveURL(/party=IN/);
});

test("dialogues by facet: countries as a pair, status, and the outcomes page by follow-up", async ({ page }) => {
  await page.goto("/dialogues");
  const filters = page.getByRole("complementary", { name: "Filters" });
  await filters.getByRole("region", { name: "Countries" }).getByRole("link", { name: "India" }).click();
  await expect(page).toHaveURL(/country=IN$/);
  await filters.getByRole("region", { name: "Countries" }).getByRole("link", { name: "United States" }).click();
  await expect(page).toHaveURL(/country=IN&country=US/);
  // (Other specs may add meetings to this series: count what the seed holds.)
  await expect(page.getByRole("link", { name: /senior officials' meeting, New Delhi/ })).toBeVisible();
  await expect(
    filters.getByRole("region", { name: "Status" }).getByRole("listitem").filter({ hasText: "Planned" }),
  ).toContainText("1");
  await filters.getByRole("region", { name: "Status" }).getByRole("link", { name: "Planned" }).click();
  await expect(page.getByRole("status").filter({ hasText: "dialogue" })).toHaveText(/^1 dialogue\b/);
  await expect(page.getByRole("link", { name: /next senior officials' meeting, Washington/ })).toBeVisible();
  await page.reload();
  await expect(filters.getByRole("region", { name: "Status" }).getByRole("link", { name: /Planned/ })).toHaveAttribute(
    "aria-current",
    "true",
  );

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Outcomes" }).click();
  await expect(page).toHaveURL(/\/outcomes$/);
  await filters.getByRole("region", { name: "Follow-up" }).getByRole("link", { name: "Open" }).click();
  await expect(page.getByRole("status").filter({ hasText: "outcome" })).toHaveText(/^3 outcomes/);
  await expect(
    page.getByRole("link", { name: /next round of the senior officials' dialogue in Washington/ }),
  ).toBeVisible();
});

test("a theme's page lists everything on it newest first, with related themes; a country pair's page", async ({
  page,
}) => {
  await page.goto("/topics/narcotics-trafficking");
  const everything = page.getByRole("region", { name: "Everything on this theme, newest first" });
  await expect(
    everything.getByRole("link", {
      name: "Memorandum of Cooperation on Countering Narcotics Trafficking",
      exact: true,
    }),
  ).toBeVisible();
  await expect(everything.getByRole("link", { name: /senior officials' meeting, New Delhi/ })).toBeVisible();
  await expect(everything.getByRole("link", { name: "1 dialogue" })).toHaveAttribute(
    "href",
    "/dialogues?topic=narcotics-trafficking",
  );
  await expect(page.getByText(/^Related themes:/)).toContainText("Counterterrorism");

  await page.goto("/dialogues");
  await page.getByRole("link", { name: /senior officials' meeting, New Delhi/ }).click();
  await expect(page).toHaveURL(/\/dialogues\/\d+$/);
  await page.getByRole("main").getByRole("link", { name: "India-US Homeland Security Dialogue" }).first().click();
  await expect(page).toHaveURL(/\/series\/\d+$/);
  await page.getByRole("link", { name: "the pair" }).click();
  await expect(page).toHaveURL(/\/countries\/IN\/US$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("India–United States");
  await expect(page.getByRole("region", { name: "Upcoming rounds" })).toContainText("Washington");
  await expect(
    page.getByRole("region", { name: "Agreements by status" }).getByRole("link", { name: "Under negotiation" }),
  ).toHaveAttribute("href", "/agreements?party=IN&party=US&status=UNDER_NEGOTIATION");
  await expect(page.getByRole("region", { name: "Open commitments" })).toContainText("Washington");
});
