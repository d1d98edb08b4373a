// An analyst records the founding example (prisma/fixtures/seed-article.txt) through the UI alone,
// on a database that holds nothing but the countries and the accounts.
import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { countTypedFields, expect, test, TYPED_BY_HAND } from "./fixtures";
import { expectFoundingMeeting, FOUNDING } from "./founding-meeting";

const article = fs.readFileSync(path.join(__dirname, "..", "prisma", "fixtures", "seed-article.txt"), "utf8");
const SERIES = FOUNDING.series;
const MEETING = FOUNDING.meeting;
const NEXT = FOUNDING.nextRound;
const TRAINING_MOC = FOUNDING.trainingMoc;
const NARCOTICS_MOC = FOUNDING.narcoticsMoc;

/** Opens an "add" section of the page unless it is open already. */
async function open(page: Page, summary: string) {
  const details = page.locator("details", { has: page.locator("summary", { hasText: summary }) });
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator("summary").click();
}

async function addParticipant(
  page: Page,
  p: { person: string; side: string; organisation: string; title: string; acting?: boolean },
) {
  await open(page, "Add a participant");
  const form = page.getByRole("form", { name: "Add a participant" });
  await form.getByLabel("Person", { exact: true }).fill(p.person);
  await form.getByLabel("Delegation", { exact: true }).fill(p.side);
  await form.getByLabel("Organisation", { exact: true }).fill(p.organisation);
  await form.getByLabel("Role", { exact: true }).selectOption({ label: "Co-chair" });
  await form.getByLabel("Title as stated in the source", { exact: true }).fill(p.title);
  if (p.acting) await form.getByLabel(/Acting/).check();
  await form.getByRole("button", { name: "Add participant" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${p.person} added` })).toBeVisible();
}

async function addAgreement(page: Page, a: { title: string; status: string; signatories?: string; topics: string }) {
  await page.getByRole("link", { name: "Add an agreement" }).click();
  await page.getByLabel("Title", { exact: true }).fill(a.title);
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: "Memorandum of cooperation" });
  await page.getByLabel("Status", { exact: true }).selectOption({ label: a.status });
  await expect(page.getByLabel("Since", { exact: true })).toHaveValue("2024-02-28"); // from the meeting
  await expect(page.getByLabel("Parties", { exact: true })).toHaveValue("India, United States");
  if (a.signatories) await page.getByLabel("Signatory organisations", { exact: true }).fill(a.signatories);
  await page.getByLabel("Topics", { exact: true }).fill(a.topics);
  await page.getByRole("button", { name: "Create agreement" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(MEETING);
}

async function addOutcome(
  page: Page,
  o: { kind: string; text: string; followUp?: string; agreement?: string; topics?: string },
) {
  await open(page, "Add an outcome");
  const form = page.getByRole("form", { name: "Add an outcome" });
  await form.getByLabel("Kind", { exact: true }).selectOption({ label: o.kind });
  await form.getByLabel("What was decided, committed or discussed", { exact: true }).fill(o.text);
  if (o.topics) await form.getByLabel("Topics", { exact: true }).fill(o.topics);
  if (o.agreement) await form.getByLabel(o.agreement).check();
  if (o.followUp) await form.getByLabel("Follow-up", { exact: true }).selectOption({ label: o.followUp });
  await form.getByRole("button", { name: "Add outcome" }).click();
  await expect(
    page.getByRole("region", { name: "Outcomes" }).getByRole("listitem").filter({ hasText: o.text }),
  ).toBeVisible();
}

async function cite(page: Page, backs: string, quote: string) {
  await open(page, "Cite a source");
  const form = page.getByRole("form", { name: "Cite a source" });
  await form.getByLabel("Backs", { exact: true }).selectOption({ label: backs });
  await form.getByLabel("Quoted passage", { exact: true }).fill(quote);
  const quotes = await page.locator("blockquote").count();
  await form.getByRole("button", { name: "Cite" }).click();
  await expect(page.locator("blockquote")).toHaveCount(quotes + 1);
}

async function addLink(page: Page, relation: string, kind: string, title: string) {
  await open(page, "Add a link");
  const form = page.getByRole("form", { name: "Add a link" });
  await form.getByLabel("This record…", { exact: true }).selectOption({ label: relation });
  await form.getByLabel("Kind of record", { exact: true }).selectOption({ label: kind });
  await form.getByRole("combobox", { name: "Record", exact: true }).fill(title.slice(0, 20));
  await form.getByRole("option", { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) }).click();
  await form.getByRole("button", { name: "Add link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Linked" })).toBeVisible();
}

test("an analyst records the India-US Homeland Security Dialogue from the article, through the UI alone", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const typed = await countTypedFields(page);

  // The series and the meeting.
  await page.goto("/dialogues");
  await expect(page.getByText("No dialogues recorded yet.")).toBeVisible();
  await page.getByRole("link", { name: "New series" }).click();
  await page.getByLabel("Name", { exact: true }).fill(SERIES);
  await page.getByLabel("Parties", { exact: true }).fill("India, United States");
  await page.getByRole("button", { name: "Create series" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SERIES);

  await page.getByRole("link", { name: "Add a meeting" }).click();
  await expect(page.getByLabel("Series", { exact: true }).locator("option:checked")).toHaveText(SERIES);
  await page.getByLabel("Title", { exact: true }).fill(MEETING);
  await page.getByLabel("Level", { exact: true }).selectOption({ label: "Senior officials" });
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Held" });
  await page.getByLabel("Start date", { exact: true }).fill("28 February 2024");
  await page.getByLabel("City", { exact: true }).fill("New Delhi");
  await page.getByLabel("Country", { exact: true }).selectOption({ label: "India" });
  await page
    .getByLabel("Topics", { exact: true })
    .fill(
      "Counterterrorism, Violent extremism, Narcotics trafficking, Fentanyl, Illegal migration, Legal migration, Human trafficking, Cyber security, Money laundering, Law enforcement training, Organised crime",
    );
  await page.getByRole("button", { name: "Create dialogue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(MEETING);
  const meetingUrl = page.url();

  // Both co-chairs.
  await addParticipant(page, {
    person: "Ajay Bhalla",
    side: "India",
    organisation: "Ministry of Home Affairs",
    title: "Home Secretary",
  });
  await addParticipant(page, {
    person: "Kristie Canegallo",
    side: "United States",
    organisation: "Department of Homeland Security",
    title: "Acting Deputy Secretary",
    acting: true,
  });

  // The signed memorandum and the one under negotiation.
  await addAgreement(page, {
    title: TRAINING_MOC,
    status: "Signed",
    signatories: "Federal Law Enforcement Training Centre, Sardar Vallabhbhai Patel National Police Academy",
    topics: "Law enforcement training",
  });
  await addAgreement(page, {
    title: NARCOTICS_MOC,
    status: "Under negotiation",
    topics: "Narcotics trafficking, Fentanyl",
  });

  // The outcomes, including the next round in Washington.
  await addOutcome(page, {
    kind: "Agreement signed",
    text: "Signed a Memorandum of Cooperation on law enforcement training between FLETC and SVPNPA.",
    agreement: TRAINING_MOC,
  });
  await addOutcome(page, {
    kind: "Next step",
    text: "Finalise a memorandum of cooperation on countering narcotics trafficking.",
    agreement: NARCOTICS_MOC,
    followUp: "Open",
    topics: "Fentanyl",
  });
  await addOutcome(page, {
    kind: "Commitment",
    text: "Hold the next round of the senior officials' dialogue in Washington.",
    followUp: "Open",
  });

  await page.getByRole("link", { name: "Add a later round" }).click();
  await expect(page.getByLabel("Series", { exact: true })).toHaveValue(/\d+/);
  await page.getByLabel("Title", { exact: true }).fill(NEXT);
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Planned" });
  await page.getByLabel("City", { exact: true }).fill("Washington");
  await page.getByLabel("Country", { exact: true }).selectOption({ label: "United States" });
  await page.getByRole("button", { name: "Create dialogue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(NEXT);
  await expect(page.getByText(`Announced at ${MEETING}`)).toBeVisible();
  // Cross-link 1: the planned round follows up the New Delhi meeting.
  await addLink(page, "follows up", "Dialogue", MEETING);

  // The article as a source, with three citations.
  await page.goto(meetingUrl);
  await page.getByRole("link", { name: "Add a source" }).click();
  await page
    .getByLabel("Title", { exact: true })
    .fill("Counterterrorism, narcotics and illegal immigration in focus at India-US dialogue");
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: "Press report citing anonymous officials" });
  await page
    .getByLabel("Reliability (Admiralty scale)", { exact: true })
    .selectOption({ label: "B – usually reliable" });
  await page.getByLabel("Published", { exact: true }).fill("2024-02-28");
  await page.getByLabel("Text", { exact: true }).fill(article);
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(MEETING);

  await cite(
    page,
    "This meeting",
    "Cooperation in counterterrorism, narcotics trafficking and illegal immigration figured in India-US senior officials’ homeland security dialogue on Wednesday",
  );
  await cite(page, "Participant: Ajay Bhalla", "The Indian side at the dialogue was led by home secretary Ajay Bhalla");
  await cite(
    page,
    "Participant: Kristie Canegallo",
    "the US delegation was headed by Kristie Canegallo, acting deputy secretary in the department of homeland security",
  );
  await cite(
    page,
    `Agreement: ${TRAINING_MOC}`,
    "The dialogue concluded with signing a memorandum of cooperation on law enforcement training",
  );

  // Cross-link 2: the meeting led to the memorandum under negotiation.
  await addLink(page, "led to", "Agreement", NARCOTICS_MOC);

  // The dialogue page shows all of it.
  await page.goto(meetingUrl);
  await expectFoundingMeeting(page, 11);
  const outcomes = page.getByRole("region", { name: "Outcomes" });
  await expect(outcomes.getByRole("region", { name: "Commitment" })).toContainText(
    "next round of the senior officials' dialogue in Washington",
  );
  await expect(outcomes.getByRole("region", { name: "Next step" })).toContainText("Open");
  await expect(page.locator("blockquote")).toHaveCount(4);
  const links = page.getByRole("region", { name: "Links" });
  await expect(links).toContainText(`Followed up by Dialogue: ${NEXT}`);
  await expect(links).toContainText(`Led to Agreement: ${NARCOTICS_MOC}`);
  await expect(links).toContainText(`Announced here: ${NEXT}`);

  // What recording by hand costs, the figure capture is held against (e2e/capture.spec.ts).
  expect(typed()).toBe(TYPED_BY_HAND);
});
