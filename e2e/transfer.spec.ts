import fs from "node:fs";
import { E2E_SERIES, expect, test } from "./fixtures";

// What it imports goes into the specs' own series, so the other specs' counts do not move.

const FILE = [
  "type,series,title,kind,status,date,location,topics,url,publisher",
  `dialogue,${E2E_SERIES},"Working group on cyber security, ""first round""",WORKING_GROUP,HELD,2025-03,"Washington, United States",Cyber security,,`,
  "source,,E2E imported joint statement,JOINT_STATEMENT,,2025-03-14,,,https://example.gov/e2e-statement,Ministry of Home Affairs",
  "treaty,,Not a kind of row,,,,,,,",
].join("\r\n");

test("an analyst checks a file, sees what would be refused, then imports a clean one", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Import" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Import");
  await page
    .getByLabel("CSV or JSON file")
    .setInputFiles({ name: "meetings.csv", mimeType: "text/csv", buffer: Buffer.from(FILE) });
  await page.getByRole("button", { name: "Check the file" }).click();
  const report = page.getByRole("region", { name: "What importing would do" });
  await expect(report).toContainText("2 to create · 0 to update · 0 unchanged · 1 refused");
  await expect(report.getByRole("row").filter({ hasText: "treaty" })).toContainText("unknown type");

  // The same file, imported: refused as a whole.
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Nothing was imported: 1 row was refused");

  await page.getByLabel("CSV or JSON file").setInputFiles({
    name: "source.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(FILE.split("\r\n").slice(0, 1).concat(FILE.split("\r\n")[2]!).join("\r\n")),
  });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported 1 row." })).toBeVisible();
  await expect(page.getByRole("region", { name: "What was imported" })).toContainText("source");
  await page.goto("/search?q=E2E+imported+joint+statement");
  await expect(page.getByRole("link", { name: "E2E imported joint statement" })).toBeVisible();
});

test.describe("as an administrator", () => {
  test.use({ account: "admin" });

  test("downloads a full backup without password hashes", async ({ page }) => {
    await page.goto("/admin/backup");
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download a backup", exact: true }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^parley-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(fs.readFileSync((await file.path())!, "utf8"));
    expect(backup).toMatchObject({ format: "parley-backup", version: 1, passwordHashes: false });
    expect(backup.tables.Dialogue.length).toBeGreaterThan(0);
    expect(backup.tables.User.length).toBeGreaterThanOrEqual(3);
    expect(backup.tables.User.some((u: Record<string, unknown>) => "passwordHash" in u)).toBe(false);
  });
});

test.describe("as a viewer", () => {
  test.use({ account: "viewer" });

  test("a backup cannot be downloaded", async ({ page }) => {
    const response = await page.request.get("/admin/backup/download");
    expect(response.status()).toBe(403);
  });
});
