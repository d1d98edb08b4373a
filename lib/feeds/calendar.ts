import "server-only";
import { authenticateToken } from "@/lib/tokens/tokens";
import { consumeRate, type RateLimit } from "@/lib/tokens/rate-limit";
import { problem } from "@/lib/api/problem";
import { exportTimeline, publicOrigin } from "@/lib/timeline/export";
import { FORMATS } from "@/lib/timeline/formats";
import { parseTimelineQuery, timelineQueryString } from "@/lib/timeline/query";

// A timeline as a calendar a calendar program subscribes to: GET /feeds/calendar?token=…&series=1
// (any timeline's filters). A calendar program cannot send a header, so the feed's secret is in
// its address: a personal feed token, kept hashed, revocable at once, that reads what its owner
// may read and stops when its owner is deactivated.

/** Calendar programs poll every few minutes at most; this leaves room for many calendars on one token. */
export const FEED_RATE: RateLimit = { limit: 60, windowSeconds: 60 };

/** The subscription address of a timeline for a feed token. */
export function calendarFeedUrl(origin: string, token: string, timeline: string): string {
  const query = timelineQueryString(parseTimelineQuery(Object.fromEntries(new URLSearchParams(timeline))));
  return `${origin}/feeds/calendar?token=${encodeURIComponent(token)}${query ? `&${query.slice(1)}` : ""}`;
}

export async function serveCalendarFeed(request: Request, rate = FEED_RATE): Promise<Response> {
  const url = new URL(request.url);
  const owner = await authenticateToken(url.searchParams.get("token") ?? "", "FEED");
  if (!owner)
    return problem(
      401,
      "Unauthorized",
      "This feed's address is not valid: its token may have been revoked or have expired.",
    );
  const decision = await consumeRate(`feed:${owner.tokenId}`, rate);
  if (!decision.allowed)
    return problem(429, "Too Many Requests", `At most ${rate.limit} requests a minute per feed token.`, {
      headers: { "Retry-After": String(decision.retryAfterSeconds) },
    });
  const raw: Record<string, string[]> = {};
  for (const key of new Set(url.searchParams.keys())) if (key !== "token") raw[key] = url.searchParams.getAll(key);
  const { filename, body } = await exportTimeline(parseTimelineQuery(raw), FORMATS.ics, publicOrigin(request));
  return new Response(body, {
    headers: {
      "Content-Type": FORMATS.ics.contentType,
      "Content-Disposition": `inline; filename="${filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
