import fs from "node:fs";
import { parse } from "csv-parse/sync";
import ICAL from "ical.js";
import type { Download, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

test.use({ account: "viewer" });

async function download(page: Page, name: RegExp): Promise<{ file: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("navigation", { name: "Download this timeline" }).getByRole("link", { name }).click(),
  ]);
  const d = file as Download;
  return { file: d.suggestedFilename(), text: fs.readFileSync((await d.path())!, "utf8") };
}

test("the India-US series timeline, filtered to a theme, downloads in every format", async ({ page }) => {
  await page.goto("/dialogues");
  await page.getByRole("link", { name: /senior officials' meeting, New Delhi/ }).click();
  await expect(page).toHaveURL(/\/dialogues\/\d+$/);
  await page.getByRole("main").getByRole("link", { name: "India-US Homeland Security Dialogue" }).first().click();
  await expect(page).toHaveURL(/\/series\/\d+$/);
  await page.getByRole("group", { name: "Record actions" }).getByRole("link", { name: "Timeline" }).click();
  await expect(page).toHaveURL(/\/timeline\?series=\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("India-US Homeland Security Dialogue");
  await expect(page.getByRole("heading", { name: "2024", level: 2 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Date not yet known", level: 2 })).toBeVisible();

  const form = page.getByRole("form", { name: "Choose the timeline" });
  await form.getByLabel("Theme").selectOption({ label: "Narcotics trafficking" });
  await form.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/topic=narcotics-trafficking/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "India-US Homeland Security Dialogue · Narcotics trafficking",
  );
  const events = page.locator(".timeline .event");
  // Its own event, not the compliance assessments of commitments that name it (compliance.spec.ts).
  const memorandum = page
    .locator(".timeline .event-agreement")
    .filter({ hasText: "Memorandum of Cooperation on Countering Narcotics Trafficking" });
  await expect(memorandum).toContainText("28 February 2024");
  await expect(events.filter({ hasText: "Law Enforcement Training" })).toHaveCount(0);

  // Printed, it is a plain briefing: no menus, filters or download links, the events all there.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(form).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Download this timeline" })).toBeHidden();
  await expect(memorandum).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  const stem = /^parley-india-us-homeland-security-dialogue-narcotics-trafficking-\d{4}-\d{2}-\d{2}\./;

  const csvFile = await download(page, /CSV/);
  expect(csvFile.file).toMatch(new RegExp(`${stem.source}csv$`));
  const rows = parse(csvFile.text, { bom: true, columns: true }) as Record<string, string>[];
  expect(rows.map((r) => r.title)).toContain("Memorandum of Cooperation on Countering Narcotics Trafficking");
  expect(rows.every((r) => r.uid && r.type)).toBe(true);

  const jsonFile = await download(page, /JSON \(Parley/);
  const doc = JSON.parse(jsonFile.text);
  // Counted against its own events: compliance.spec.ts may add an assessment between two downloads.
  expect(doc).toMatchObject({ format: "parley-timeline", version: 2, count: doc.events.length });
  expect(doc.events.map((e: { title: string }) => e.title)).toContain(
    "Memorandum of Cooperation on Countering Narcotics Trafficking",
  );
  expect(doc.$schema).toMatch(/\/schemas\/parley-timeline-v2\.schema\.json$/);
  expect((await page.request.get(doc.$schema)).ok()).toBe(true);

  const icsFile = await download(page, /iCalendar/);
  expect(icsFile.file).toMatch(/\.ics$/);
  const calendar = new ICAL.Component(ICAL.parse(icsFile.text));
  const summaries = calendar.getAllSubcomponents("vevent").map((v) => String(v.getFirstPropertyValue("summary")));
  expect(summaries).toContain("Memorandum of Cooperation on Countering Narcotics Trafficking: under negotiation");

  const tl = await download(page, /TimelineJS3/);
  expect(tl.file).toMatch(/\.timeline\.json$/);
  expect(JSON.parse(tl.text).events.length).toBeGreaterThan(0);

  const md = await download(page, /Markdown/);
  expect(md.file).toMatch(/\.md$/);
  expect(md.text).toMatch(/^# India-US Homeland Security Dialogue · Narcotics trafficking\n/);
  expect(md.text).toContain("\n## 2024\n");
  expect(md.text).toContain(
    "Sources: *Counterterrorism, narcotics and illegal immigration in focus at India-US dialogue*, 2024-02-28",
  );
  expect(md.text).toContain(
    "- **28 February 2024** — Agreement: [Memorandum of Cooperation on Countering Narcotics Trafficking]",
  );
});

test("a filtered agreements list has its own timeline", async ({ page }) => {
  await page.goto("/agreements?status=SIGNED");
  await page.getByRole("link", { name: "Timeline and downloads" }).click();
  await expect(page).toHaveURL(/\/timeline\?of=agreements&status=SIGNED$/);
  await expect(page.locator(".timeline .event")).toHaveCount(1);
  await expect(page.locator(".timeline .event")).toContainText("Law Enforcement Training");
  await page.getByRole("link", { name: "Back to the list" }).click();
  await expect(page).toHaveURL(/\/agreements\?status=SIGNED$/);
});

test("the series and countries are typed with suggestions, and the timeline's URL keeps ids and codes", async ({
  page,
}) => {
  await page.goto("/timeline");
  const form = page.getByRole("form", { name: "Choose the timeline" });
  const series = form.getByRole("combobox", { name: "Series" });
  await series.fill("Homeland Security");
  await page.getByRole("option", { name: /^India-US Homeland Security Dialogue/ }).click();
  await form.getByRole("combobox", { name: "Country", exact: true }).fill("india");
  await form.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/\/timeline\?(.+&)?series=\d+(&|$)/);
  await expect(page).toHaveURL(/[?&]country=IN(&|$)/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("India-US Homeland Security Dialogue");
  await expect(series).toHaveValue("India-US Homeland Security Dialogue");
  await expect(form.getByRole("combobox", { name: "Country", exact: true })).toHaveValue("India");

  // a name that matches no series is said so beside its field, and the text stays to correct
  await series.fill("The Atlantis Dialogue");
  await form.getByRole("button", { name: "Show" }).click();
  await expect(
    form.getByText("No series is called “The Atlantis Dialogue”: choose one of the suggestions."),
  ).toBeVisible();
  await expect(series).toHaveValue("The Atlantis Dialogue");
  await expect(series).toHaveAttribute("aria-invalid", "true");
});

test("a meeting's page offers its records for other tools: a STIX 2.1 bundle and a Popolo document", async ({
  page,
}) => {
  await page.goto("/dialogues");
  await page.getByRole("link", { name: /senior officials' meeting, New Delhi/ }).click();
  const actions = page.getByRole("group", { name: "Record actions" });
  const fromToolbar = async (name: RegExp) => {
    const [file] = await Promise.all([page.waitForEvent("download"), actions.getByRole("link", { name }).click()]);
    return { file: file.suggestedFilename(), doc: JSON.parse(fs.readFileSync((await file.path())!, "utf8")) };
  };
  const stix = await fromToolbar(/STIX 2\.1/);
  expect(stix.file).toMatch(/\.stix\.json$/);
  expect(stix.doc.type).toBe("bundle");
  const reports = stix.doc.objects.filter((o: { type: string }) => o.type === "report");
  expect(reports.map((r: { name: string }) => r.name)).toEqual([
    "India-US Homeland Security Dialogue: senior officials' meeting, New Delhi",
  ]);
  // (other tests may record more agreements at this meeting)
  const agreements = stix.doc.objects.filter((o: { type: string }) => o.type === "parley-agreement");
  expect(agreements.length).toBeGreaterThanOrEqual(2);

  const popolo = await fromToolbar(/Popolo/);
  expect(popolo.file).toMatch(/\.popolo\.json$/);
  const round = popolo.doc.events.find((e: { parent_id?: string }) => e.parent_id);
  expect(round.attendees.map((a: { name: string }) => a.name)).toContain("Ajay Bhalla");
  await actions.getByRole("link", { name: "Timeline" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(reports[0].name);
});
