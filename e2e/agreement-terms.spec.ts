// An analyst records a memorandum that renews an older one and expires in 20 days: each shows the
// other in its lineage, and the new one is on the alerts register and in the header's count.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { shots } from "./screenshots";

const OLD = "E2E training MoC 2018";
const NEW = "E2E training MoC renewed";

/** The calendar day `days` from now, as the form takes it (2026-12-23). */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function fillAgreement(page: Page, title: string, since: string, expires?: string) {
  await page.goto("/agreements/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Kind").selectOption({ label: "Memorandum of cooperation" });
  await page.getByLabel("Status").selectOption({ label: "Signed" });
  await page.getByLabel("Since").fill(since);
  await page.getByRole("combobox", { name: "Parties" }).fill("India, United States");
  if (expires) await page.getByLabel("Expires on").fill(expires);
}

async function newAgreement(page: Page, title: string, since: string, expires?: string) {
  await fillAgreement(page, title, since, expires);
  await page.getByRole("button", { name: "Create agreement" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  return page.url();
}

test("two memoranda in a lineage show each other; the one expiring in 20 days is on the alerts register", async ({
  page,
}, testInfo) => {
  test.setTimeout(60_000);
  // The header's count streams in after the page: wait for it rather than read the placeholder.
  const countOf = async () => {
    const link = page.getByRole("link", { name: /^Alerts: \d+$/ });
    await expect(link).toBeVisible();
    return Number((await link.getAttribute("aria-label"))!.split(": ")[1]);
  };
  await page.goto("/alerts");
  const before = await countOf();

  const old = await newAgreement(page, OLD, "2018");
  // A renewal must have a term: refused on its field, nothing saved.
  await fillAgreement(page, NEW, "2024-02-28");
  await page.getByLabel("Renews automatically").check();
  await page.getByRole("button", { name: "Create agreement" }).click();
  await expect(page.getByText(/renews itself needs a term/)).toBeVisible();
  await expect(page.getByLabel("Renews automatically")).toBeFocused();

  const renewed = await newAgreement(page, NEW, "2024-02-28", inDays(20));
  await expect(page.getByText("renewal window open: expires in 20 days")).toBeVisible();

  // Linked as renewing the old one, from the new one's page.
  await page.locator("summary", { hasText: "Add a link" }).click();
  const form = page.getByRole("form", { name: "Add a link" });
  await form.getByLabel("This record…").selectOption({ label: "renews" });
  await form.getByRole("combobox", { name: "Record", exact: true }).fill(OLD);
  await page.getByRole("option", { name: OLD }).click();
  await form.getByRole("button", { name: "Add link" }).click();
  const lineage = page.getByRole("region", { name: "Lineage" });
  await expect(lineage.getByRole("listitem").first()).toContainText(OLD);
  await expect(lineage).toContainText(`renews ${OLD}`);

  await page.goto(old);
  // Drawn too: both memoranda as boxes, this one marked, each a link.
  const diagram = page.getByRole("group", { name: /how each follows another/ });
  await expect(diagram.getByRole("link", { name: `${OLD}: Signed, signed 2018 (this agreement)` })).toBeVisible();
  await expect(diagram.getByRole("link", { name: new RegExp(`^${NEW}: Signed, signed 2024$`) })).toBeVisible();
  await shots(page, testInfo, "agreement-lineage", ".lineage-chart");
  await expect(
    page.getByRole("region", { name: "Lineage" }).getByRole("link", { name: NEW, exact: true }),
  ).toBeVisible();
  await page.getByRole("region", { name: "Lineage" }).getByRole("link", { name: NEW, exact: true }).click();
  await expect(page).toHaveURL(renewed);

  await page.goto("/alerts");
  const line = page.getByRole("list", { name: "Alerts" }).getByRole("listitem").filter({ hasText: NEW });
  await expect(line).toContainText("expires in 20 days");
  // The header may show the count from just before the last write while it is recounted.
  await expect
    .poll(async () => {
      await page.reload();
      return countOf();
    })
    .toBe(before + 1);
  // Filtered to a country it does not concern, it is not listed.
  await page.getByLabel("Country").selectOption({ label: "France" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("list", { name: "Alerts" }).getByRole("listitem").filter({ hasText: NEW })).toHaveCount(
    0,
  );
});
