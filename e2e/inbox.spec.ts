import { XMLParser } from "fast-xml-parser";
import { authFile, expect, test } from "./fixtures";
import { FOUNDING } from "./founding-meeting";

// Following a dialogue: a viewer watches the India-US series, an analyst records a round of it,
// and the viewer's header counts it, the inbox links to it and an Atom feed carries it. The round
// is removed at the end; it runs with the specs that change what others count.

const ROUND = "India-US Homeland Security Dialogue: e2e round for the inbox, 2019";

test.use({ account: "viewer" });

test("a viewer watches the India-US series; an analyst's new round is one unread item that the inbox and the Atom feed link to", async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await page.goto("/countries/IN/US");
  await page.getByRole("main").getByRole("link", { name: FOUNDING.series, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(FOUNDING.series);
  const series = page.url();
  const actions = page.getByRole("group", { name: "Record actions" });
  await actions.getByRole("button", { name: "Watch" }).click();
  await expect(actions.getByRole("button", { name: "Stop watching" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Inbox: 0 unread" })).toBeVisible();

  // Elsewhere, an analyst records a round of the series.
  const analyst = await browser.newContext({ storageState: authFile("analyst") });
  const other = await analyst.newPage();
  await other.goto(series);
  await other.getByRole("link", { name: "Add a meeting" }).click();
  await other.getByLabel("Title", { exact: true }).fill(ROUND);
  await other.getByLabel("Start date", { exact: true }).fill("2019-03");
  await other.getByRole("button", { name: "Create dialogue" }).click();
  await expect(other.getByRole("heading", { level: 1 })).toHaveText(ROUND);
  const round = new URL(other.url()).pathname;

  // After a write the header shows the previous count while a slow recount runs: reload until it is in.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("link", { name: "Inbox: 1 unread" })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await page.getByRole("link", { name: "Inbox: 1 unread" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inbox");
  const watch = page.getByRole("article", { name: new RegExp(`Series: ${FOUNDING.series}`) });
  await expect(watch.getByRole("heading", { level: 4 })).toHaveText(["1 new round"]);
  await expect(watch.getByRole("link", { name: ROUND })).toHaveAttribute("href", round);

  // The same news in a feed reader: an Atom feed made on the account page, read without cookies.
  await page.getByRole("link", { name: "Atom feed of everything you watch" }).click();
  const form = page.getByRole("form", { name: "Make an Atom feed" });
  await form.getByLabel("Name").fill("Feed reader");
  await form.getByRole("button", { name: "Make feed" }).click();
  const message = form.getByRole("status");
  await expect(message).toContainText("shown only this once");
  const address = /(https?:\/\/\S+\/feeds\/inbox\?\S+)/.exec((await message.textContent())!)![1]!;
  const client = await playwright.request.newContext({ storageState: { cookies: [], origins: [] } });
  const feedPath = new URL(new URL(address).pathname + new URL(address).search, baseURL).href;
  const response = await client.get(feedPath);
  expect(response.status()).toBe(200);
  const feed = new XMLParser({ ignoreAttributes: false }).parse(await response.text()).feed;
  const entries = [feed.entry].flat() as { title: string | { "#text": string }; link: { "@_href": string } }[];
  const entry = entries.find((e) => JSON.stringify(e.title).includes(ROUND))!;
  expect(new URL(entry.link["@_href"]).pathname).toBe(round);
  await page.reload();
  await page
    .getByRole("row", { name: /Feed reader/ })
    .getByRole("button", { name: "Revoke" })
    .click();
  await expect(page.getByRole("row", { name: /Feed reader/ })).toContainText("revoked");
  expect((await client.get(feedPath)).status()).toBe(401);
  await client.dispose();

  // Read: the count goes, the watch stays.
  await page.goto("/inbox");
  await page.getByRole("button", { name: "Mark all read" }).click();
  await expect(page.getByRole("link", { name: "Inbox: 0 unread" })).toBeVisible();
  await expect(watch).toContainText("Nothing new since");

  // A saved view sits beside the watches, shareable as its page's address.
  await page.goto("/agreements?status=SIGNED");
  await page.getByText("Save this view").click();
  await page.getByLabel("Save these filters as").fill("Signed agreements");
  await page.getByRole("button", { name: "Save view" }).click();
  await expect(page.getByText("Saved as “Signed agreements”")).toBeVisible();
  await page.goto("/inbox");
  const view = page.getByRole("row", { name: /Signed agreements/ });
  await expect(view.getByRole("link", { name: "/agreements?status=SIGNED" })).toBeVisible();
  await view.getByRole("link", { name: "Signed agreements" }).click();
  await expect(page).toHaveURL(/\/agreements\?status=SIGNED$/);

  // The round goes again, so that nothing else counts it.
  await other.getByRole("group", { name: "Record actions" }).getByText("Delete", { exact: true }).click();
  await other.getByRole("button", { name: "Yes, delete" }).click();
  await expect(other).toHaveURL(/\/deleted\?deleted=DIALOGUE:/);
  await analyst.close();
});
