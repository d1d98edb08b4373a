import { beforeAll, describe, expect, it } from "vitest";
import { XMLParser } from "fast-xml-parser";
import { db } from "@/lib/db";
import { seedDemoData } from "@/test/seed";
import { makeUser } from "@/test/users";
import { makeAgreement, makeDialogue, makeOutcome } from "@/test/factories";
import { parseVagueDate } from "@/lib/forms/vague-date";
import { changeAgreementStatus } from "@/lib/agreements/mutations";
import { createAccessToken, revokeAccessToken } from "@/lib/tokens/tokens";
import { atomFeedUrl, serveAtomFeed } from "@/lib/feeds/atom";
import { isoDate } from "@/lib/dates";
import { addDays } from "@/lib/alerts/rules";
import { deleteView, markRead, muteWatch, saveView, startWatch, stopWatch } from "./mutations";
import { inboxOf, openView, unreadCount, watchOf } from "./queries";

const ORIGIN = "https://parley.example";
let seriesId: number;
let india: number;
let us: number;
let analyst: Awaited<ReturnType<typeof makeUser>>;

// Audit times and watch times are the database's, to the millisecond: a change made in the same
// millisecond as a watch started is not after it.
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

beforeAll(async () => {
  await seedDemoData();
  seriesId = (await db.dialogueSeries.findFirstOrThrow({ where: { shortName: "HSD" } })).id;
  india = (await db.country.findUniqueOrThrow({ where: { code: "IN" } })).id;
  us = (await db.country.findUniqueOrThrow({ where: { code: "US" } })).id;
  analyst = await makeUser("ANALYST");
});

const groupsOf = async (userId: number, watchId: number) =>
  (await inboxOf(userId)).watches.find((w) => w.id === watchId)!.groups;

describe("a watch of a series", () => {
  it("brings a round another analyst records, once, with a link, until it is marked read", async () => {
    const viewer = await makeUser("VIEWER");
    const watchId = await startWatch(viewer, { kind: "SERIES", targetId: seriesId });
    expect((await inboxOf(viewer.id)).unread).toBe(0);
    await tick();
    const round = await makeDialogue({ values: { seriesId: String(seriesId), status: "PLANNED" }, user: analyst });
    // Elsewhere: not news for this watch.
    await makeDialogue({ user: analyst });

    expect(await unreadCount(viewer.id)).toBe(1);
    const groups = await groupsOf(viewer.id, watchId);
    expect(groups.map((g) => g.heading)).toEqual(["1 new round"]);
    expect(groups[0]!.lines[0]).toMatchObject({ kind: "round", href: `/dialogues/${round}` });

    await markRead(viewer, watchId);
    expect(await unreadCount(viewer.id)).toBe(0);
    expect(await groupsOf(viewer.id, watchId)).toEqual([]);
  });

  it("digests a round rescheduled, new outcomes and commitments per kind, and leaves the watcher's own changes out", async () => {
    const watcher = await makeUser("ANALYST");
    const round = await makeDialogue({ values: { seriesId: String(seriesId), status: "PLANNED" }, user: analyst });
    const watchId = await startWatch(watcher, { kind: "SERIES", targetId: seriesId });
    await tick();
    const { updateDialogue } = await import("@/lib/dialogues/mutations");
    const current = await db.dialogue.findUniqueOrThrow({ where: { id: round } });
    await updateDialogue(
      {
        id: round,
        version: current.version,
        seriesId,
        title: current.title,
        level: current.level,
        status: "HELD",
        startDate: parseVagueDate("2025-03-04")!,
      } as never,
      analyst,
    );
    await makeOutcome({
      values: {
        dialogueId: String(round),
        kind: "COMMITMENT",
        text: "Exchange liaison officers.",
        followUpStatus: "OPEN",
      },
      user: analyst,
    });
    await makeOutcome({ values: { dialogueId: String(round), text: "Both sides reviewed progress." }, user: analyst });
    await makeOutcome({ values: { dialogueId: String(round), text: "The watcher's own note." }, user: watcher });

    const groups = await groupsOf(watcher.id, watchId);
    expect(groups.map((g) => g.heading)).toEqual([
      "1 round rescheduled or changed status",
      "1 new commitment",
      "1 new outcome",
    ]);
    expect(groups[1]!.lines[0]!.title).toBe("Exchange liaison officers.");
    expect(await unreadCount(watcher.id)).toBe(3);
  });
});

describe("watches of other things", () => {
  it("follow a country pair in either order, and an agreement's status changes", async () => {
    const viewer = await makeUser("VIEWER");
    const pair = await startWatch(viewer, { kind: "COUNTRY_PAIR", targetId: us, otherId: india });
    expect(await startWatch(viewer, { kind: "COUNTRY_PAIR", targetId: india, otherId: us })).toBe(pair);
    expect(await watchOf(viewer.id, { kind: "COUNTRY_PAIR", targetId: india, otherId: us })).toMatchObject({
      id: pair,
    });
    const mou = await makeAgreement({ values: { status: "UNDER_NEGOTIATION", statusDate: "2025-01" }, user: analyst });
    const watch = await startWatch(viewer, { kind: "AGREEMENT", targetId: mou });
    await tick();
    const { version } = await db.agreement.findUniqueOrThrow({ where: { id: mou } });
    await changeAgreementStatus(
      { agreementId: mou, version, status: "SIGNED", date: parseVagueDate("2025-02-01")!, correction: false },
      analyst,
    );
    const agreementNews = await groupsOf(viewer.id, watch);
    expect(agreementNews.map((g) => g.heading)).toEqual(["1 agreement status change"]);
    expect(agreementNews[0]!.lines[0]).toMatchObject({ detail: "Signed", href: `/agreements/${mou}` });
    // The India-US memorandum is the pair's news too.
    expect((await groupsOf(viewer.id, pair)).map((g) => g.heading)).toContain("1 agreement status change");
  });

  it("tell of a commitment that has fallen due since the watch was last read, and of none that has not", async () => {
    const viewer = await makeUser("VIEWER");
    const round = await makeDialogue({ user: analyst });
    const soon = isoDate(addDays(new Date(), 10));
    const later = isoDate(addDays(new Date(), 200));
    const due = await makeOutcome({
      values: {
        dialogueId: String(round),
        kind: "COMMITMENT",
        text: "Report back.",
        followUpStatus: "OPEN",
        dueDate: soon,
      },
      user: analyst,
    });
    await makeOutcome({
      values: { dialogueId: String(round), kind: "COMMITMENT", text: "Later.", followUpStatus: "OPEN", dueDate: later },
      user: analyst,
    });
    const { seriesId: ofRound } = await db.dialogue.findUniqueOrThrow({ where: { id: round } });
    const watchId = await startWatch(viewer, { kind: "SERIES", targetId: ofRound });
    // Read 30 days ago: the first commitment came within 30 days of its date since; the second did not.
    await db.watch.update({ where: { id: watchId }, data: { seenAt: addDays(new Date(), -30) } });
    const groups = await groupsOf(viewer.id, watchId);
    const deadlines = groups.find((g) => g.kind === "commitment-due")!;
    expect(deadlines.lines.map((l) => l.href)).toEqual([expect.stringContaining(String(due))]);
  });

  it("are muted without being lost, stopped for good, and nobody else's to change", async () => {
    const viewer = await makeUser("VIEWER");
    const other = await makeUser("VIEWER");
    const watchId = await startWatch(viewer, { kind: "SERIES", targetId: seriesId });
    await tick();
    await makeDialogue({ values: { seriesId: String(seriesId) }, user: analyst });
    expect(await unreadCount(viewer.id)).toBe(1);
    await muteWatch(viewer, watchId, true);
    expect(await unreadCount(viewer.id)).toBe(0);
    expect((await inboxOf(viewer.id)).watches[0]).toMatchObject({ muted: true, groups: [] });
    await muteWatch(viewer, watchId, false);
    expect(await unreadCount(viewer.id)).toBe(1);
    await expect(stopWatch(other, watchId)).rejects.toThrow(/does not exist/);
    await expect(markRead(other, watchId)).rejects.toThrow(/does not exist/);
    await stopWatch(viewer, watchId);
    expect(await db.watch.count({ where: { userId: viewer.id } })).toBe(0);
    const audit = await db.auditEvent.findMany({
      where: { userId: viewer.id },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(audit.map((a) => a.action)).toEqual(["WATCH", "WATCH", "WATCH", "UNWATCH"]);
  });

  it("refuse what does not exist", async () => {
    const viewer = await makeUser("VIEWER");
    await expect(startWatch(viewer, { kind: "SERIES", targetId: 2_000_000_000 })).rejects.toThrow(/nothing to watch/);
    await expect(startWatch(viewer, { kind: "COUNTRY_PAIR", targetId: india, otherId: 2_000_000_000 })).rejects.toThrow(
      /nothing to watch/,
    );
  });
});

describe("saved views", () => {
  it("keep a page's filters in its own spelling, count what is new since they were opened, and can be watched", async () => {
    const viewer = await makeUser("VIEWER");
    const view = await saveView(viewer, {
      name: "Signed MoUs",
      page: "agreements",
      query: "kind=MOU&status=SIGNED&page=3&colour=red",
    });
    const again = await saveView(viewer, {
      name: "Signed memoranda",
      page: "agreements",
      query: "status=SIGNED&kind=MOU",
    });
    expect(again.id).toBe(view.id);
    const saved = await db.savedView.findUniqueOrThrow({ where: { id: view.id } });
    expect([saved.name, saved.query]).toEqual(["Signed memoranda", "status=SIGNED&kind=MOU"]);
    const watchId = await startWatch(viewer, { kind: "VIEW", targetId: view.id });
    await tick();

    const made = await makeAgreement({ values: { title: "A fresh memorandum on cyber crime" }, user: analyst });
    await makeAgreement({ values: { kind: "TREATY", title: "Not a memorandum" }, user: analyst });
    let inbox = await inboxOf(viewer.id);
    expect(inbox.views[0]).toMatchObject({
      name: "Signed memoranda",
      newSince: 1,
      href: "/agreements?status=SIGNED&kind=MOU",
    });
    expect(inbox.watches[0]!.groups[0]!.lines[0]).toMatchObject({ kind: "match", href: `/agreements/${made}` });

    expect(await openView(viewer.id, view.id)).toEqual({ page: "agreements", query: "status=SIGNED&kind=MOU" });
    expect(await openView(analyst.id, view.id)).toBeNull();
    inbox = await inboxOf(viewer.id);
    expect(inbox.views[0]!.newSince).toBe(0);

    await deleteView(viewer, view.id);
    expect(await db.watch.findUnique({ where: { id: watchId } })).toBeNull();
  });

  it("of a search count the new hits, and refuse a search with no query", async () => {
    const viewer = await makeUser("VIEWER");
    await saveView(viewer, { name: "Ransomware", page: "search", query: "q=ransomware+tabletop&type=outcome" });
    await tick();
    await makeOutcome({ values: { text: "A ransomware tabletop exercise will be held." }, user: analyst });
    expect((await inboxOf(viewer.id)).views[0]).toMatchObject({
      newSince: 1,
      href: "/search?q=ransomware+tabletop&type=outcome",
    });
    await expect(saveView(viewer, { name: "Nothing", page: "search", query: "type=outcome" })).rejects.toThrow(
      /Search for something/,
    );
  });
});

describe("the Atom feed", () => {
  it("lists a watch's news for a feed token, as Atom a parser reads, and stops when the token is revoked", async () => {
    const viewer = await makeUser("VIEWER");
    const watchId = await startWatch(viewer, { kind: "SERIES", targetId: seriesId });
    await tick();
    const round = await makeDialogue({
      values: { seriesId: String(seriesId), title: "HSD: a round for the feed" },
      user: analyst,
    });
    await markRead(viewer); // the feed is not the inbox: what is read there is still in the feed
    const made = await createAccessToken(viewer, { kind: "FEED", name: "reader", expiresAt: null });
    for (const address of [atomFeedUrl(ORIGIN, made.token, {}), atomFeedUrl(ORIGIN, made.token, { watchId })]) {
      const response = await serveAtomFeed(new Request(address));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
      const xml = await response.text();
      expect(xml).not.toContain(made.token);
      const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
      expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
      const text = (node: string | { "#text": string }) => (typeof node === "string" ? node : node["#text"]);
      const entries = [feed.entry].flat();
      const entry = entries.find((e) => text(e.title).includes("a round for the feed"));
      expect(text(entry.title)).toMatch(/^New round: HSD: a round for the feed/);
      expect(entry.link["@_href"]).toBe(`${ORIGIN}/dialogues/${round}`);
    }
    const elsewhere = await makeUser("VIEWER");
    const theirs = await createAccessToken(elsewhere, { kind: "FEED", name: "theirs", expiresAt: null });
    expect((await serveAtomFeed(new Request(atomFeedUrl(ORIGIN, theirs.token, { watchId })))).status).toBe(404);

    await revokeAccessToken(viewer, made.id);
    const revoked = await serveAtomFeed(new Request(atomFeedUrl(ORIGIN, made.token, {})));
    expect(revoked.status).toBe(401);
    expect(revoked.headers.get("content-type")).toBe("application/problem+json");
  });
});
