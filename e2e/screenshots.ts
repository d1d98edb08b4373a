import type { Page, TestInfo } from "@playwright/test";

/** Screenshots of one element at desktop and phone widths, attached to the report as the run's artifacts. */
export async function shots(page: Page, testInfo: TestInfo, name: string, target: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const file = testInfo.outputPath(`${name}-${width}.png`);
    await page.locator(target).screenshot({ path: file });
    await testInfo.attach(`${name}-${width}`, { path: file, contentType: "image/png" });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
