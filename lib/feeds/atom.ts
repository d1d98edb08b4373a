import "server-only";
import { Feed } from "feed";
import { publicOrigin } from "@/lib/timeline/export";
import { feedOf } from "@/lib/watches/queries";
import { newsKindLabel } from "@/lib/watches/changes";
import { watchKindLabel } from "@/lib/watches/kinds";
import { problem } from "@/lib/api/problem";
import { FEED_HEADERS, FEED_RATE, feedOwner } from "./access";

// The inbox as an Atom feed (RFC 4287): GET /feeds/inbox?token=… for every unmuted watch,
// &watch=5 for one watch, &view=3 for a saved view. Entries are the last 30 days' news, not only
// the unread: a feed reader keeps its own read state. Each entry's id names the watch, the record,
// the kind of news and its moment, so a reader shows a new entry only for new news.

export const ATOM_DAYS = 30;
const ATOM_TYPE = "application/atom+xml; charset=utf-8";

/** What an Atom address follows: the whole inbox, one watch, or one saved view (as the account page's `atom` says it). */
export type AtomTarget = { watchId?: number; viewId?: number };

export function parseAtomTarget(text: string): AtomTarget | null {
  if (text === "inbox") return {};
  const m = text.match(/^(watch|view)-(\d{1,9})$/);
  if (!m) return null;
  return m[1] === "watch" ? { watchId: Number(m[2]) } : { viewId: Number(m[2]) };
}

export function atomFeedUrl(origin: string, token: string, target: AtomTarget): string {
  const which = target.watchId ? `&watch=${target.watchId}` : target.viewId ? `&view=${target.viewId}` : "";
  return `${origin}/feeds/inbox?token=${encodeURIComponent(token)}${which}`;
}

const idParam = (value: string | null) => (value && /^\d{1,9}$/.test(value) ? Number(value) : undefined);

export async function serveAtomFeed(request: Request, rate = FEED_RATE, now = new Date()): Promise<Response> {
  const url = new URL(request.url);
  const owner = await feedOwner(url, rate);
  if (owner instanceof Response) return owner;
  const target = { watchId: idParam(url.searchParams.get("watch")), viewId: idParam(url.searchParams.get("view")) };
  const since = new Date(now.getTime() - ATOM_DAYS * 86_400_000);
  const found = await feedOf(owner.user.id, target, since);
  if (!found) return problem(404, "Not Found", "The feed's owner no longer has this watch or saved view.");
  const origin = publicOrigin(request);
  const which = target.watchId ? `?watch=${target.watchId}` : target.viewId ? `?view=${target.viewId}` : "";
  const items = found.entries.flatMap(({ thing, kind, watchId, lines }) =>
    lines.map((line) => ({
      title: `${newsKindLabel[line.kind][0].replace(/^./, (c) => c.toUpperCase())}: ${line.title}`,
      id: `${origin}/inbox#w${watchId}/${line.key}/${line.at.getTime()}`,
      link: `${origin}${line.href ?? "/inbox"}`,
      date: line.at,
      description: [`${watchKindLabel[kind]}: ${thing.title}`, line.detail].filter(Boolean).join(" — "),
    })),
  );
  items.sort((a, b) => b.date.getTime() - a.date.getTime());
  const feed = new Feed({
    title: `Parley: ${found.title}`,
    id: `${origin}/feeds/inbox${which}`,
    link: `${origin}/inbox`,
    updated: items[0]?.date ?? now,
    generator: "Parley",
    copyright: "",
  });
  for (const item of items) feed.addItem(item);
  return new Response(feed.atom1(), { headers: { "Content-Type": ATOM_TYPE, ...FEED_HEADERS } });
}
