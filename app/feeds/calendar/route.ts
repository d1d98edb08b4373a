import { serveCalendarFeed } from "@/lib/feeds/calendar";

export const dynamic = "force-dynamic";

/** GET /feeds/calendar?token=…&series=1: a timeline as a subscribed calendar (lib/feeds/calendar.ts). */
export function GET(request: Request) {
  return serveCalendarFeed(request);
}
