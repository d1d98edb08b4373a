// On a phone (390 px), no page is wider than the screen: tables of records become cards, charts and
// wide tables scroll inside their own boxes, and nothing hidden widens the page.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { LIST_PAGES, recordPages } from "./pages";

test.use({ account: "analyst", viewport: { width: 390, height: 844 } });

async function widerThanTheScreen(page: Page, paths: string[]) {
  const wide: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 390) wide.push(`${path}: ${width} px`);
  }
  return wide;
}

test("list pages fit a phone's width", async ({ page }) => {
  test.setTimeout(90_000);
  expect(await widerThanTheScreen(page, [...LIST_PAGES, "/deleted", "/people?q=a"])).toEqual([]);
});

test("record pages fit a phone's width, their tables as cards", async ({ page }) => {
  test.setTimeout(90_000);
  const paths = await recordPages(page);
  const meeting = paths[0]!;
  const history = meeting.replace("/dialogues/", "/history/dialogue/");
  expect(await widerThanTheScreen(page, [...paths, `${meeting}/sources`, history])).toEqual([]);
  // the agreements table shows each agreement as a card, its cells labelled
  await page.goto("/agreements");
  const status = page.getByRole("main").locator("td[data-label=Status]").first();
  expect(await status.evaluate((td) => getComputedStyle(td).display)).toBe("block");
  expect(await status.evaluate((td) => getComputedStyle(td, "::before").content)).toBe('"Status: "');
});
