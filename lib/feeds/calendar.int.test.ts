import { beforeAll, describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { db } from "@/lib/db";
import { seedDemoData } from "@/test/seed";
import { makeUser } from "@/test/users";
import { createAccessToken, revokeAccessToken } from "@/lib/tokens/tokens";
import { calendarFeedUrl, serveCalendarFeed } from "./calendar";

const ORIGIN = "https://parley.example";
let seriesId: number;

beforeAll(async () => {
  await seedDemoData();
  seriesId = (await db.dialogueSeries.findFirstOrThrow({ where: { shortName: "HSD" } })).id;
});

const feed = (url: string) => serveCalendarFeed(new Request(url));

describe("a timeline's calendar feed", () => {
  it("is the timeline as iCalendar at an address with a feed token, for as long as the token works", async () => {
    const viewer = await makeUser("VIEWER");
    const made = await createAccessToken(viewer, { kind: "FEED", name: "my calendar", expiresAt: null });
    const address = calendarFeedUrl(ORIGIN, made.token, `series=${seriesId}&colour=blue&token=stolen`);
    expect(address).toBe(`${ORIGIN}/feeds/calendar?token=${made.token}&series=${seriesId}`);

    const response = await feed(address);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Parley: India-US Homeland Security Dialogue");
    const summaries = calendar.getAllSubcomponents("vevent").map((v) => String(v.getFirstPropertyValue("summary")));
    expect(summaries).toContain("India-US Homeland Security Dialogue: senior officials' meeting, New Delhi");
    expect((await db.accessToken.findUniqueOrThrow({ where: { id: made.id } })).lastUsedAt).not.toBeNull();

    await revokeAccessToken(viewer, made.id);
    const revoked = await feed(address);
    expect(revoked.status).toBe(401);
    expect(revoked.headers.get("content-type")).toBe("application/problem+json");
  });

  it("opens to nothing but a live feed token of an active account", async () => {
    const owner = await makeUser("ANALYST");
    const api = await createAccessToken(owner, { kind: "API", name: "api", expiresAt: null });
    const expired = await createAccessToken(owner, { kind: "FEED", name: "old", expiresAt: new Date(Date.now() - 1) });
    const live = await createAccessToken(owner, { kind: "FEED", name: "live", expiresAt: null });
    for (const token of ["", "parley_feed_nothing", api.token, expired.token])
      expect((await feed(`${ORIGIN}/feeds/calendar?token=${encodeURIComponent(token)}`)).status, token).toBe(401);
    expect((await feed(`${ORIGIN}/feeds/calendar?token=${live.token}`)).status).toBe(200);
    await db.user.update({ where: { id: owner.id }, data: { active: false } });
    expect((await feed(`${ORIGIN}/feeds/calendar?token=${live.token}`)).status).toBe(401);
  });

  it("counts a token's requests in the database: 429 with Retry-After over the limit", async () => {
    const owner = await makeUser("VIEWER");
    const made = await createAccessToken(owner, { kind: "FEED", name: "polled", expiresAt: null });
    const rate = { limit: 1, windowSeconds: 60 };
    const url = `${ORIGIN}/feeds/calendar?token=${made.token}&from=2090`;
    expect((await serveCalendarFeed(new Request(url), rate)).status).toBe(200);
    const over = await serveCalendarFeed(new Request(url), rate);
    expect(over.status).toBe(429);
    expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
