// axe-core on every kind of page an analyst reads, as a viewer and as an analyst (who also sees the
// edit forms): WCAG 2.1 A and AA rules, no violations.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { LIST_PAGES, recordPages } from "./pages";

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.passes.length, "axe ran its rules on the page").toBeGreaterThan(10);
  return results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function expectNoViolations(page: Page, paths: string[]) {
  const found: string[] = [];
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    for (const v of await violations(page)) found.push(`${path} — ${v}`);
  }
  expect(found).toEqual([]);
}

for (const account of ["viewer", "analyst"] as const) {
  test.describe(`as ${account === "viewer" ? "a viewer" : "an analyst"}`, () => {
    test.use({ account });

    // One test per list page, so they spread over the workers and each has its own time limit.
    for (const path of LIST_PAGES)
      test(`${path} reads without an axe violation`, async ({ page }) => {
        await expectNoViolations(page, [path]);
      });

    test("the seeded records' pages read without an axe violation", async ({ page }) => {
      test.setTimeout(90_000);
      await expectNoViolations(page, await recordPages(page));
    });
  });
}
