// The drawn timeline and the theme × round heatmap, as an analyst meets them: marks reached by
// keyboard with their names, a caption on focus, printed cleanly; screenshots at desktop and phone
// widths are kept as the run's artifacts.
import { readFile } from "node:fs/promises";
import type { Download, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { FOUNDING } from "./founding-meeting";
import { shots } from "./screenshots";

test.use({ account: "viewer" });

/** A downloaded SVG file as the browser parses it: whether it is well-formed, its texts, fills and links. */
async function parsedSvg(page: Page, download: Download) {
  const text = await readFile(await download.path(), "utf8");
  expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "image/svg+xml");
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      root: doc.documentElement.namespaceURI,
      title: doc.querySelector("svg > title")?.textContent ?? null,
      texts: [...doc.querySelectorAll("text")].map((t) => t.textContent ?? ""),
      fills: [...doc.querySelectorAll("rect")].map((r) => r.getAttribute("fill")),
      links: [...doc.querySelectorAll("a")].map((a) => a.getAttribute("href") ?? ""),
    };
  }, text);
}

async function seriesPage(page: Page) {
  await page.goto("/dialogues");
  await page.getByRole("link", { name: FOUNDING.meeting }).first().click();
  await page.getByRole("main").locator(`a[href^="/series/"]`, { hasText: FOUNDING.series }).first().click();
  // (the meeting's page has a toolbar with a timeline too: wait for the series' own)
  await expect(page).toHaveURL(/\/series\/\d+$/);
}

test("the series timeline is drawn on a time axis: every mark a named link, reached by keyboard", async ({
  page,
}, testInfo) => {
  await seriesPage(page);
  await page.getByRole("group", { name: "Record actions" }).getByRole("link", { name: "Timeline" }).click();
  const chart = page.getByRole("figure", { name: /drawn on a time axis, in lanes by series/ });
  await expect(chart).toBeVisible();
  const marks = chart.getByRole("link");
  // The meeting and the two memoranda of 28 February 2024, and the Washington round with no date.
  // (compliance.spec.ts may be adding assessments to this timeline meanwhile: at least these four.)
  expect(await marks.count()).toBeGreaterThanOrEqual(4);
  const meeting = chart.getByRole("link", { name: new RegExp(`^Meeting: ${FOUNDING.meeting}, 28 February 2024`) });
  await expect(meeting).toHaveCount(1);
  await expect(chart.getByRole("link", { name: /^Meeting: .*Washington, date not yet known \(planned\)/ })).toHaveCount(
    1,
  );

  // Tab from the filters' button into the chart: the first mark takes focus and shows its caption.
  await page.getByRole("form", { name: "Choose the timeline" }).getByRole("button", { name: "Show" }).focus();
  await page.keyboard.press("Tab");
  const focused = page.locator(".timeline-chart a:focus");
  await expect(focused).toHaveCount(1);
  await expect(focused.locator(".mark-caption")).toBeVisible();
  // Every mark is reachable: as many tab stops in the chart as marks.
  const count = await marks.count();
  for (let i = 1; i < count; i++) await page.keyboard.press("Tab");
  await expect(focused).toHaveCount(1);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/dialogues\/\d+$/);
  await page.goBack();
  // (back on the timeline, drawn again, before its form is used: a select redrawn after the choice would lose it)
  await expect(page).toHaveURL(/\/timeline\?series=\d+$/);
  await expect(chart).toBeVisible();

  // By kind, the lanes are the kinds of event; the chart follows the URL like the other filters.
  const lanes = page.getByRole("form", { name: "Choose the timeline" }).getByLabel("Lanes by");
  await lanes.selectOption({ label: "Kind of event" });
  await expect(lanes).toHaveValue("kind");
  await page.getByRole("form", { name: "Choose the timeline" }).getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/lanes=kind/);
  const byKind = page.getByRole("figure", { name: /in lanes by kind of event/ });
  await expect(byKind).toBeVisible();

  await shots(page, testInfo, "series-timeline", ".timeline-chart");
  // Downloaded, the chart is a standalone SVG file with its title and links that still lead to Parley.
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    byKind.getByRole("button", { name: /^Download .* as SVG$/ }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/\.svg$/);
  const svg = await parsedSvg(page, file);
  expect(svg.error).toBeNull();
  expect(svg.root).toBe("http://www.w3.org/2000/svg");
  expect(svg.title).toMatch(/in lanes by kind of event/);
  expect(svg.links.length).toBe(await byKind.getByRole("link").count());
  for (const href of svg.links) expect(href).toMatch(/^http:\/\/[^/]+\/(dialogues|agreements|outcomes)\//);
  // Printed, the chart is there in full, without its scroll box.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".timeline-chart svg")).toBeVisible();
  expect(await page.locator(".chart-scroll").evaluate((el) => getComputedStyle(el).overflow)).toBe("visible");
});

test("the theme × round heatmap marks fentanyl at New Delhi, linked to what was said", async ({ page }, testInfo) => {
  await seriesPage(page);
  const heatmap = page.getByRole("table", { name: /the themes of each round/ });
  await expect(heatmap.getByRole("columnheader", { name: /February 2024/ })).toBeVisible();
  // Rolled up, fentanyl is inside narcotics trafficking; opened, it is a row of its own.
  await expect(heatmap.getByRole("rowheader", { name: "Fentanyl" })).toHaveCount(0);
  await heatmap.getByRole("link", { name: "Narcotics trafficking: show its sub-themes" }).click();
  await expect(page).toHaveURL(/expand=narcotics-trafficking#heatmap$/);
  const fentanyl = page.getByRole("table", { name: /the themes of each round/ }).getByRole("row", { name: /Fentanyl/ });
  const cell = fentanyl.getByRole("link", { name: new RegExp(`^Fentanyl at ${FOUNDING.meeting}: `) });
  await expect(cell).toHaveCount(1);
  await shots(page, testInfo, "series-heatmap", ".heatmap-chart");
  // Downloaded, the table is redrawn as SVG: its caption, its rows, its shaded cells.
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the heatmap as SVG" }).click(),
  ]);
  expect(file.suggestedFilename()).toBe("themes-by-round.svg");
  const svg = await parsedSvg(page, file);
  expect(svg.error).toBeNull();
  expect(svg.title).toMatch(/the themes of each round/);
  expect(svg.texts.some((t) => t.includes("Fentanyl"))).toBe(true);
  const shade = await cell.evaluate((a) => getComputedStyle(a.parentElement!).backgroundColor);
  expect(shade).not.toBe("rgb(255, 255, 255)");
  expect(svg.fills).toContain(shade);
  // Printed, the heatmap keeps its shading (print-color-adjust) and its rows.
  await page.emulateMedia({ media: "print" });
  await expect(fentanyl).toBeVisible();
  expect(await cell.evaluate((a) => getComputedStyle(a.parentElement!).printColorAdjust)).toBe("exact");
  await page.emulateMedia({ media: "screen" });
  await cell.click();
  await expect(page).toHaveURL(/\/dialogues\/\d+#outcome-\d+$/);
  const outcome = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
  await expect(outcome).toContainText(/fentanyl/i);
});

test("an agreement's page draws its lifecycle as a bar over time", async ({ page }, testInfo) => {
  await page.goto("/agreements");
  await page.getByRole("link", { name: FOUNDING.trainingMoc }).first().click();
  const bar = page.getByRole("img", { name: /its status over time/ });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAccessibleName(/Signed, 28 February 2024 to today/);
  await shots(page, testInfo, "agreement-lifecycle", ".lifecycle-chart");
});

test("a meeting's links are drawn one and two steps out, each a named link in the tab order", async ({
  page,
}, testInfo) => {
  await page.goto("/dialogues");
  await page.getByRole("link", { name: FOUNDING.meeting }).first().click();
  const map = page.getByRole("figure", { name: "Links one and two steps out" });
  await expect(map).toBeVisible();
  // one step: the Washington round follows this one up; two steps: the commitment that led to it
  const washington = map.getByRole("link", {
    name: new RegExp(`^Dialogue: .*Washington, follows up ${FOUNDING.meeting}`),
  });
  const commitment = map.getByRole("link", { name: /^Outcome: Hold the next round .*, led to .*Washington$/ });
  await expect(washington).toHaveCount(1);
  await expect(commitment).toHaveCount(1);
  // the list beside the map names the direct link in words
  await expect(
    page.getByRole("region", { name: "Links" }).getByRole("listitem").filter({ hasText: "Followed up by" }),
  ).toHaveCount(1);
  await washington.focus();
  await page.keyboard.press("Tab");
  await expect(commitment).toBeFocused();
  await shots(page, testInfo, "link-map", ".link-map");
  await commitment.click();
  await expect(page).toHaveURL(/\/dialogues\/\d+#outcome-\d+$/);
});

test("a series' and a country pair's years are drawn as small multiples, with the figures as a table", async ({
  page,
}, testInfo) => {
  await seriesPage(page);
  const overview = page.getByRole("region", { name: "Year by year" });
  await expect(overview.getByRole("img", { name: /^Meetings held .*most in 2024/ })).toBeVisible();
  await expect(overview.getByRole("img", { name: /^Agreements signed .*most in 2024/ })).toBeVisible();
  await expect(overview.getByRole("img", { name: /^Commitments made, by standing .* open/ })).toBeVisible();
  await overview.getByText("The figures by year").click();
  await expect(overview.getByRole("row", { name: /^2024 / })).toBeVisible();
  await shots(page, testInfo, "series-small-multiples", ".small-multiples");

  await page.goto("/countries/IN/US");
  await expect(
    page.getByRole("region", { name: "Year by year" }).getByRole("img", { name: /^Agreements signed .*2024/ }),
  ).toBeVisible();
});
