// Assisted capture of the founding example: on a database holding only the countries, an analyst
// pastes the article, checks the draft against its passages, corrects one field and confirms; the
// meeting's page then holds what the seed builds, every fact cited from a real passage.
import fs from "node:fs";
import path from "node:path";
import { countTypedFields, expect, test, TYPED_BY_HAND } from "./fixtures";
import { expectFoundingMeeting, FOUNDING } from "./founding-meeting";

const article = fs.readFileSync(path.join(__dirname, "..", "prisma", "fixtures", "seed-article.txt"), "utf8");
// The US side's readout of the same meeting (a corpus text written for Parley).
const usReadout = fs.readFileSync(
  path.join(__dirname, "..", "test", "capture", "corpus", "dev", "in-us-hsd-2024-us-readout.txt"),
  "utf8",
);
const MEETING = FOUNDING.meeting;
const ARTICLE = "Counterterrorism, narcotics and illegal immigration in focus at India-US dialogue";
const TRAINING_MOC = FOUNDING.trainingMoc;
// Confirming writes the whole record in one transaction (about 120 statements: 2 s on PGlite
// alone, more beside the other specs), so its page may take longer than the usual 5 s.
const CONFIRMING = { timeout: 20_000 };
// The first draft after the server starts loads the world's cities and builds the term matchers
// (about a second alone; several beside the other specs).
const FIRST_DRAFT = { timeout: 20_000 };

test("an analyst captures the founding article, corrects one field and confirms the record", async ({ page }) => {
  test.setTimeout(120_000);
  const typed = await countTypedFields(page);

  await page.goto("/capture");
  await page.getByLabel("Text or web page of the readout", { exact: true }).fill(article);
  await page.getByLabel("Published", { exact: true }).fill("28 February 2024");
  await page.getByRole("button", { name: "Draft the record" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ARTICLE, FIRST_DRAFT);

  // The draft, field by field, beside the text.
  const form = page.getByRole("form", { name: "Review the draft" });
  await expect(form.getByLabel("Name of the series")).toHaveValue("India-US Homeland Security Dialogue");
  await expect(form.getByLabel("Meeting title")).toHaveValue(MEETING);
  await expect(form.getByLabel("Start date")).toHaveValue("2024-02-28");
  await expect(form.getByLabel("City").first()).toHaveValue("New Delhi");
  const bhalla = form.getByRole("group", { name: "Ajay Bhalla" });
  await expect(bhalla.getByLabel("Title as stated")).toHaveValue("home secretary");
  const canegallo = form.getByRole("group", { name: "Kristie Canegallo" });
  await expect(canegallo.getByLabel("Acting, or “performing the duties of”")).toBeChecked();

  // A fact's passage is one click away, and it is the text's own words.
  await canegallo.getByRole("link", { name: "show the passage" }).click();
  await expect(page).toHaveURL(/#ev-p1$/);
  await expect(page.locator("#ev-p1 + mark")).toHaveText("Kristie Canegallo");
  // Page furniture is shown but never marked as evidence.
  await expect(page.locator(".capture-text .furniture").filter({ hasText: "en_USEnglish" })).toBeVisible();

  // The one correction: the title as the Ministry writes it.
  await bhalla.getByLabel("Title as stated").fill("Home Secretary");
  for (const theme of ["Counterterrorism", "Narcotics trafficking", "Illegal migration", "Cyber-security"])
    await form.getByRole("checkbox", { name: new RegExp(`^${theme}`) }).check();
  await page.getByRole("button", { name: "Confirm and record" }).click();

  // The meeting's page holds it all.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(MEETING, CONFIRMING);
  const meetingUrl = page.url().replace(/\?.*$/, "");
  await expect(page.getByRole("status").filter({ hasText: "Recorded from the source" })).toBeVisible();
  await expectFoundingMeeting(page, 4);
  // Every citation quotes the article word for word.
  const quotes = await page.locator("blockquote").allInnerTexts();
  expect(quotes.length).toBeGreaterThanOrEqual(3);
  for (const quote of quotes)
    expect(article.replace(/\s+/g, " ")).toContain(quote.replace(/[“”]/g, "").replace(/\s+/g, " ").trim());

  // The next round in Washington is a planned meeting, announced here.
  await page
    .getByRole("link", { name: /next round, Washington/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "India-US Homeland Security Dialogue: next round, Washington",
  );
  await expect(page.getByText("Planned", { exact: true }).first()).toBeVisible();

  // Citing by selection, on the source's page: no retyping.
  await page.goto(meetingUrl);
  await page.getByRole("region", { name: "Sources" }).getByRole("link", { name: ARTICLE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ARTICLE);
  const passage = "They acknowledged that India already has a good monitoring system";
  await page.evaluate((passage) => {
    const line = [...document.querySelectorAll(".cite-selection [data-start]")].find((el) =>
      el.textContent?.includes(passage),
    )!;
    const node = line.firstChild!;
    const at = node.textContent!.indexOf(passage);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + passage.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }, passage);
  const cite = page.getByRole("form", { name: "Cite the selected passage" });
  await expect(cite).toContainText(passage);
  await cite.getByLabel("Backs").selectOption({ label: `Agreement: ${FOUNDING.narcoticsMoc}` });
  await cite.getByRole("button", { name: "Cite the selected passage" }).click();
  await expect(cite.getByText("Passage cited.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Passages cited" })).toContainText(passage);

  // Capture took at least five times fewer typed fields than the forms.
  expect(typed()).toBe(3);
  expect(typed() * 5).toBeLessThanOrEqual(TYPED_BY_HAND);

  // A second readout of the same meeting: compared claim by claim, its differences recorded.
  await page.goto("/capture");
  await page.getByLabel("Text or web page of the readout", { exact: true }).fill(usReadout);
  await page.getByLabel("Published", { exact: true }).fill("1 March 2024");
  await page.getByRole("button", { name: "Draft the record" }).click();
  const compare = page.getByRole("region", { name: "This meeting is already recorded" });
  await expect(compare).toContainText(MEETING);
  await expect(compare.getByRole("row", { name: /^Date/ })).toContainText("They differ");
  await expect(compare.getByRole("row", { name: /Kristie Canegallo: title/ })).toContainText(
    "Senior Official Performing the Duties of the Deputy Secretary",
  );
  await expect(compare.getByRole("row", { name: new RegExp(`^${TRAINING_MOC}: status`) })).toContainText("Both say so");
  await expect(page.getByLabel("This source is about")).toHaveValue(/\d+/);
  // Names are linked to the people already recorded, and the match is said.
  const second = page.getByRole("form", { name: "Review the draft" }).getByRole("group", { name: "Kristie Canegallo" });
  await expect(second.getByLabel("Recorded person")).toHaveValue(/\d+/);
  await expect(second.getByText(/^Matches the recorded person Kristie Canegallo/)).toBeVisible();
  // On a phone the comparison reflows instead of running off the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: test.info().outputPath("review-390.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole("button", { name: "Confirm and record" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(MEETING, CONFIRMING);
  await expect(page.getByText(/Sources disagree on \d+ claims/)).toBeVisible();
  await expect(page.getByText("Says otherwise").first()).toBeVisible();
  await page.getByRole("link", { name: "Compare the sources" }).click();
  const canegalloClaim = page.getByRole("region", { name: /^Kristie Canegallo/ });
  await expect(canegalloClaim.getByRole("row")).toHaveCount(3);
  await expect(canegalloClaim).toContainText("Backs the record");
  await expect(canegalloClaim).toContainText("Title: Senior Official Performing the Duties of the Deputy Secretary");
});
