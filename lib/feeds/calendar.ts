import "server-only";
import { FEED_HEADERS, FEED_RATE, feedOwner } from "./access";
import { exportTimeline, publicOrigin } from "@/lib/timeline/export";
import { FORMATS } from "@/lib/timeline/formats";
import { parseTimelineQuery, timelineQueryString } from "@/lib/timeline/query";

// A timeline as a calendar a calendar program subscribes to: GET /feeds/calendar?token=…&series=1
// (any timeline's filters). A calendar program cannot send a header, so the feed's secret is in
// its address (lib/feeds/access.ts).

/** The subscription address of a timeline for a feed token. */
export function calendarFeedUrl(origin: string, token: string, timeline: string): string {
  const query = timelineQueryString(parseTimelineQuery(Object.fromEntries(new URLSearchParams(timeline))));
  return `${origin}/feeds/calendar?token=${encodeURIComponent(token)}${query ? `&${query.slice(1)}` : ""}`;
}

export async function serveCalendarFeed(request: Request, rate = FEED_RATE): Promise<Response> {
  const url = new URL(request.url);
  const owner = await feedOwner(url, rate);
  if (owner instanceof Response) return owner;
  const raw: Record<string, string[]> = {};
  for (const key of new Set(url.searchParams.keys())) if (key !== "token") raw[key] = url.searchParams.getAll(key);
  const { filename, body } = await exportTimeline(parseTimelineQuery(raw), FORMATS.ics, publicOrigin(request));
  return new Response(body, {
    headers: {
      "Content-Type": FORMATS.ics.contentType,
      "Content-Disposition": `inline; filename="${filename}"`,
      ...FEED_HEADERS,
    },
  });
}
