// Readouts arrive as PDFs and Word files: an analyst uploads each and gets the same draft as from
// the pasted text. The PDF is printed by Chromium from the text and the Word file made with docx,
// so both are real files with a text layer, not fixtures of unknown origin.
import fs from "node:fs";
import path from "node:path";
import { Document, Packer, Paragraph } from "docx";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const readout = fs.readFileSync(
  path.join(__dirname, "..", "test", "capture", "corpus", "dev", "kr-vn-2024-readout.txt"),
  "utf8",
);
const paragraphs = readout.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, " ").trim());
const SERIES = "Republic of Korea-Viet Nam Foreign and Defense Strategic Dialogue";

async function uploadAndReview(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto("/capture");
  await page.getByLabel("…or upload the file").setInputFiles(file);
  await page.getByLabel("Published", { exact: true }).fill("22 November 2024");
  await page.getByRole("button", { name: "Draft the record" }).click();
  const form = page.getByRole("form", { name: "Review the draft" });
  await expect(form.getByLabel("Name of the series")).toHaveValue(SERIES);
  await expect(form.getByLabel("Start date")).toHaveValue("2024-11-22");
  await expect(form.getByLabel("City").first()).toHaveValue("Hanoi");
  await expect(form.getByRole("group", { name: "Kim Sung-ho" }).getByLabel("Title as stated")).toHaveValue(
    "First Vice Minister of Foreign Affairs",
  );
  await expect(form.getByRole("group", { name: /protection of classified military information/i })).toBeVisible();
  // Nothing is recorded until the analyst confirms; this one is discarded.
  await page.getByRole("button", { name: "Discard this draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: /discarded/i })).toBeVisible();
}

test("an analyst uploads a readout as a PDF, then as a Word file, and each becomes the same draft", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const printer = await browser.newPage();
  await printer.setContent(
    `<!doctype html><html lang="en"><body style="font: 12pt serif">${paragraphs.map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`).join("")}</body></html>`,
  );
  const pdf = await printer.pdf({ format: "A4" });
  await printer.close();
  await uploadAndReview(page, { name: "kr-vn-readout.pdf", mimeType: "application/pdf", buffer: pdf });

  const docx = await Packer.toBuffer(
    new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] }),
  );
  await uploadAndReview(page, {
    name: "kr-vn-readout.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: docx,
  });
});
