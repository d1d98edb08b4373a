// The pages the page-wide checks visit (axe, phone widths): every list page, and the seeded records'
// pages found the way an analyst would reach them.
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";
import { FOUNDING } from "./founding-meeting";

/** The seeded records' pages, found the way an analyst would reach them. */
export async function recordPages(page: Page): Promise<string[]> {
  await page.goto("/dialogues");
  await page.getByRole("link", { name: FOUNDING.meeting }).first().click();
  await expect(page).toHaveURL(/\/dialogues\/\d+$/);
  const meeting = new URL(page.url()).pathname;
  const hrefOf = async (prefix: string, text: string | RegExp) =>
    (await page.getByRole("main").locator(`a[href^="${prefix}"]`, { hasText: text }).first().getAttribute("href"))!;
  const series = await hrefOf("/series/", FOUNDING.series);
  const agreement = await hrefOf("/agreements/", /Law Enforcement Training/);
  await page.goto("/commitments");
  const commitment = await hrefOf("/outcomes/", /narcotics trafficking/i);
  return [meeting, series, agreement, commitment, `${series}/prepare`, `${meeting}/briefing`];
}

export const LIST_PAGES = [
  "/",
  "/dialogues",
  "/agreements",
  "/agreements?topic=narcotics-trafficking",
  "/outcomes",
  "/commitments",
  "/alerts",
  "/topics",
  "/topics/narcotics-trafficking",
  "/people",
  "/countries",
  "/countries/IN/US?expand=narcotics-trafficking",
  "/search?q=fentanyl",
  "/timeline",
  "/timeline?lanes=kind",
  "/timeline?country=IN&country=US&lanes=pair",
];
