// Preparing the next round of the founding dialogue: the planned Washington round inherits New
// Delhi's open business, the analyst puts two of it on the agenda, the round is held, and what was
// left unfinished carries into the round after. Runs after the other specs (it holds the round).
import { expect, test } from "./fixtures";
import { FOUNDING } from "./founding-meeting";

const COMMITMENT = "Finalise a memorandum of cooperation on countering narcotics trafficking.";
const WASHINGTON = /next senior officials' meeting, Washington/;
const FOLLOWING = "India-US Homeland Security Dialogue: senior officials' meeting, 2026";

test("an agenda carried over from New Delhi, marked once held; the unfinished item moves to the following round", async ({
  page,
}) => {
  await page.goto("/dialogues?status=PLANNED");
  test.setTimeout(90_000);
  await page.getByRole("link", { name: WASHINGTON }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(WASHINGTON);
  const washington = page.url();
  const carried = page.getByRole("region", { name: "Carried over from earlier rounds" });
  await expect(carried.getByRole("list", { name: "Open commitments and next steps" })).toContainText(COMMITMENT);
  await expect(carried.getByRole("list", { name: "Agreements still to conclude" })).toContainText(
    FOUNDING.narcoticsMoc,
  );

  // Two of what New Delhi left open go on the agenda, one click each.
  await carried.getByRole("button", { name: `Add to the agenda: ${COMMITMENT}` }).click();
  await expect(carried.getByRole("listitem").filter({ hasText: COMMITMENT })).toContainText("On the agenda");
  await carried.getByRole("button", { name: new RegExp(`Add to the agenda: ${FOUNDING.narcoticsMoc}`) }).click();
  const agenda = page.getByRole("region", { name: "Agenda" });
  const items = agenda.locator("ol.agenda > li");
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(COMMITMENT);
  await expect(items.nth(1)).toContainText(FOUNDING.narcoticsMoc);
  await expect(items.nth(1)).toContainText("under negotiation");

  // The memorandum first: moved up, it leads the agenda.
  await items
    .nth(1)
    .getByRole("button", { name: /^Move up/ })
    .click();
  await expect(items.nth(0)).toContainText(FOUNDING.narcoticsMoc);

  // The briefing prints the agenda with what is inherited, and downloads as Markdown.
  await page.getByRole("link", { name: "Briefing for the next round" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Briefing for the next round");
  await expect(page.getByText(/^Filters: none\. Printed \d+ \w+ \d{4}\.$/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Agenda" }).locator("ol.agenda > li")).toHaveCount(2);
  const markdown = await (await page.request.get(`${new URL(page.url()).pathname}/download`)).text();
  expect(markdown).toMatch(/^# Briefing for the next round: .*Washington/);
  expect(markdown).toContain(`1. **${FOUNDING.narcoticsMoc}** (agreement (under negotiation))`);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("form", { name: "Narrow the briefing" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  // Not held yet: nothing can be marked.
  await page.goto(washington);
  await expect(agenda.getByRole("form", { name: /^Mark agenda item/ })).toHaveCount(0);

  // The round is held.
  await page.getByRole("link", { name: "Edit", exact: true }).first().click();
  await page.getByLabel("Status").selectOption({ label: "Held" });
  await page.getByLabel("Start date").fill("2025-03-12");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(WASHINGTON);

  // The commitment was agreed; the memorandum deferred.
  const mark = async (title: string, status: string) => {
    const form = agenda.getByRole("form", { name: `Mark agenda item: ${title}` });
    await form.getByLabel("At the meeting").selectOption({ label: status });
    await form.getByRole("button", { name: "Mark" }).click();
    const item = agenda.locator("ol.agenda > li").filter({ has: page.getByText(title, { exact: true }) });
    await expect(item.locator(".badge")).toHaveText(status);
  };
  await mark(COMMITMENT, "Agreed");
  await mark(FOUNDING.narcoticsMoc, "Deferred");

  // The following round, planned: the deferred memorandum is carried into it, not copied; the agreed item is not.
  await page.getByRole("link", { name: "Add a later round" }).click();
  await page.getByLabel("Title").fill(FOLLOWING);
  await page.getByLabel("Status").selectOption({ label: "Planned" });
  await page.getByLabel("Start date").fill("2026");
  await page.getByRole("button", { name: "Create dialogue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(FOLLOWING);
  const next = page.getByRole("region", { name: "Agenda" });
  await expect(next.locator("ol.agenda > li")).toHaveCount(0);
  const forward = next.getByRole("list", { name: "Carried forward, unfinished" }).getByRole("listitem");
  await expect(forward).toHaveCount(1);
  await expect(forward).toContainText(FOUNDING.narcoticsMoc);
  await expect(forward).toContainText("Deferred");
  await expect(forward.getByRole("link", { name: WASHINGTON })).toBeVisible();

  // Kept on this agenda, it is the round's own item, showing where it came from.
  await forward.getByRole("button", { name: "Keep on this agenda" }).click();
  await expect(next.locator("ol.agenda > li")).toHaveCount(1);
  await expect(next.locator("ol.agenda > li")).toContainText("carried from");
  await expect(next.getByRole("list", { name: "Carried forward, unfinished" })).toHaveCount(0);
});
