// An analyst judges whether the New Delhi round's promise on narcotics was kept, per party, with
// the passage that shows it; the series page sums it up on the G7/G20 Research Group's scale.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { FOUNDING } from "./founding-meeting";

const COMMITMENT = "Finalise a memorandum of cooperation on countering narcotics trafficking.";
const ARTICLE = "Counterterrorism, narcotics and illegal immigration in focus at India-US dialogue";
const PASSAGE = "the two sides are looking to finalise a memorandum of cooperation on countering narcotics trafficking";

async function assess(page: Page, a: { party: string; score: string; phase: string; date: string }) {
  const details = page.locator("details", { has: page.locator("summary", { hasText: "Assess compliance" }) });
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator("summary").click();
  const form = page.getByRole("form", { name: "Assess compliance" });
  await form.getByLabel("Party").selectOption({ label: a.party });
  await form.getByLabel("Score").selectOption({ label: a.score });
  await form.getByLabel("Assessment", { exact: true }).selectOption({ label: a.phase });
  await form.getByLabel("Assessed on").fill(a.date);
  await form.getByLabel("Source").selectOption({ label: ARTICLE });
  await form.getByLabel("Quoted passage").fill(PASSAGE);
  await form.getByRole("button", { name: "Record the assessment" }).click();
  return form;
}

test("an analyst assesses the narcotics commitment for India and the United States, then reassesses India", async ({
  page,
}) => {
  await page.goto("/dialogues");
  await page.getByRole("link", { name: FOUNDING.meeting }).first().click();
  await page.locator("li", { hasText: COMMITMENT }).getByRole("link", { name: "Compliance", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(COMMITMENT);
  const history = page.getByRole("region", { name: "Assessment history" }).locator("ol > li");
  const before = await history.count();

  // An assessment dated before the meeting is refused on its field, and the form keeps what was typed.
  const refused = await assess(page, {
    party: "India",
    score: "0 Partial or under way",
    phase: "Interim",
    date: "2024-01-15",
  });
  await expect(refused.getByText(/Before the meeting that made the commitment/)).toBeVisible();
  await expect(refused.getByLabel("Quoted passage")).toHaveValue(PASSAGE);

  const saved = await assess(page, {
    party: "India",
    score: "0 Partial or under way",
    phase: "Interim",
    date: "2024-06",
  });
  await expect(saved.getByText("Assessment recorded.")).toBeVisible();
  await assess(page, { party: "United States", score: "0 Partial or under way", phase: "Interim", date: "2024-07-01" });
  await expect(history).toHaveCount(before + 2);
  await assess(page, { party: "India", score: "+1 Full compliance", phase: "Final", date: "2025-03-01" });
  await expect(history).toHaveCount(before + 3);

  // The reassessment is current; the interim one stays in the history with its evidence.
  const current = page.getByRole("table").filter({ hasText: "Current score" });
  await expect(current.getByRole("row", { name: /India/ })).toContainText("+1");
  await expect(current.getByRole("row", { name: /India/ })).toContainText("Final");
  await expect(current.getByRole("row", { name: /United States/ })).toContainText("0");
  const interim = history.filter({ hasText: "India" }).filter({ hasText: "Interim assessment as of June 2024" });
  await expect(interim.first()).toContainText("0 Partial or under way");
  await expect(interim.first().getByRole("list", { name: "Sources" })).toContainText(PASSAGE);

  // The round's page and the series page sum it up on the Research Group's scale.
  await page.getByRole("link", { name: FOUNDING.meeting }).first().click();
  const round = page.getByRole("region", { name: "Compliance with this round's commitments" });
  await expect(round.getByRole("row", { name: /India/ })).toContainText(/\+1\.00\s*100 %\s*1/);
  await page.getByRole("link", { name: FOUNDING.series, exact: true }).first().click();
  const compliance = page.getByRole("table").filter({ hasText: "Average score" });
  await expect(compliance.getByRole("row", { name: /India/ })).toContainText(/\+1\.00\s*100 %\s*1/);
  await expect(compliance.getByRole("row", { name: /United States/ })).toContainText(/0\.00\s*50 %\s*1/);

  // The register finds it by its weakest party's score (the United States at 0), and sorts by it.
  await page.goto("/commitments");
  const filters = page.getByRole("form", { name: "Filter commitments" });
  await filters.getByLabel("Compliance").selectOption({ label: "Weakest party at 0 (partial)" });
  await filters.getByLabel("Order").selectOption({ label: "Compliance, weakest first" });
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/compliance=0&order=weakest/);
  await expect(page.getByRole("link", { name: COMMITMENT })).toBeVisible();
  await filters.getByLabel("Compliance").selectOption({ label: "Not yet assessed" });
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/compliance=unassessed/);
  await expect(page.getByRole("link", { name: COMMITMENT })).toHaveCount(0);
});

test.describe("a viewer", () => {
  test.use({ account: "viewer" });

  test("reads a commitment's compliance but is offered no assessment form", async ({ page }) => {
    await page.goto("/commitments");
    await page.getByRole("link", { name: COMMITMENT }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(COMMITMENT);
    await expect(page.getByRole("region", { name: "Compliance" })).toContainText("India");
    await expect(page.getByText("Assess compliance")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Record the assessment" })).toHaveCount(0);
  });
});
