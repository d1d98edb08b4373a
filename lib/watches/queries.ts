import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { isoDate } from "@/lib/dates";
import { HEADER_WAIT_MS, keptCountsWithin } from "@/lib/browse/count-cache";
import { groupBy } from "@/lib/group-by";
import { recordTitles, refKey, type RecordRef } from "@/lib/records/titles";
import type { RecordType, WatchKind } from "@/generated/prisma/enums";
import { NEWS_KINDS, newsHeading, type NewsKind } from "./changes";
import { newsOfWatch, type NewsLine, type WatchRow } from "./inbox";
import { watchTarget, type WatchTarget } from "./kinds";
import { viewHref, type SavedViewPage } from "./views";
import { viewMatchesSince } from "./view-matches";

// What the inbox, the header and the watch buttons read: a user's watches with what they follow,
// their news grouped by kind (a digest), and how much of it is unread.

const RECORD_OF: Record<Exclude<WatchKind, "VIEW" | "COUNTRY_PAIR">, RecordType> = {
  SERIES: "DIALOGUE_SERIES",
  TOPIC: "TOPIC",
  COUNTRY: "COUNTRY",
  AGREEMENT: "AGREEMENT",
  PERSON: "PERSON",
  ORGANISATION: "ORGANISATION",
};

const WATCH_SELECT = { id: true, kind: true, targetId: true, otherId: true, muted: true, seenAt: true } as const;

type SavedViewRow = { id: number; name: string; page: SavedViewPage; query: string; seenAt: Date; createdAt: Date };

async function watchesAndViews(userId: number) {
  const [watches, views] = await Promise.all([
    db.watch.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: WATCH_SELECT }),
    db.savedView.findMany({
      where: { userId },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, page: true, query: true, seenAt: true, createdAt: true },
    }) as Promise<SavedViewRow[]>,
  ]);
  const byId = new Map(views.map((v) => [v.id, v]));
  return { watches, views, viewOf: (w: WatchRow) => (w.kind === "VIEW" ? byId.get(w.targetId) : undefined) };
}

const refsOf = (w: WatchTarget): RecordRef[] =>
  w.kind === "VIEW"
    ? []
    : w.kind === "COUNTRY_PAIR"
      ? [
          { type: "COUNTRY", id: w.targetId },
          { type: "COUNTRY", id: w.otherId },
        ]
      : [{ type: RECORD_OF[w.kind], id: w.targetId }];

export type WatchedThing = { title: string; href: string | null };

/** What each watch follows, by name and page. */
async function watchedThings(watches: WatchRow[], viewOf: (w: WatchRow) => SavedViewRow | undefined) {
  const titles = await recordTitles(watches.flatMap(refsOf));
  const name = (ref: RecordRef) => titles.get(refKey(ref))?.title ?? "(removed)";
  return new Map<number, WatchedThing>(
    watches.map((w) => {
      if (w.kind === "VIEW") {
        const view = viewOf(w);
        return [w.id, { title: view?.name ?? "(removed)", href: view ? `/views/${view.id}` : null }];
      }
      const refs = refsOf(w);
      if (w.kind === "COUNTRY_PAIR") {
        const codes = refs.map((r) => titles.get(refKey(r))?.href?.split("/").pop() ?? "");
        return [w.id, { title: refs.map(name).join(" and "), href: `/countries/${codes.join("/")}` }];
      }
      return [w.id, { title: name(refs[0]!), href: titles.get(refKey(refs[0]!))?.href ?? null }];
    }),
  );
}

export type NewsGroup = { kind: NewsKind; heading: string; lines: NewsLine[] };

export type InboxWatch = WatchRow & { thing: WatchedThing; unread: number; groups: NewsGroup[] };

/** A watch's lines as a digest: one group per kind of news, in a fixed order, each with its count. */
export function digest(lines: NewsLine[]): NewsGroup[] {
  const byKind = groupBy(lines, (l) => l.kind);
  return NEWS_KINDS.flatMap((kind) => {
    const of = byKind.get(kind) ?? [];
    return of.length ? [{ kind, heading: newsHeading(kind, of.length), lines: of }] : [];
  });
}

/** The inbox: every watch with what it follows and, unless muted, its news since it was last read. */
export async function inboxOf(userId: number, now = new Date()) {
  const { watches, views, viewOf } = await watchesAndViews(userId);
  const [things, news, viewNews] = await Promise.all([
    watchedThings(watches, viewOf),
    Promise.all(watches.map((w) => (w.muted ? [] : newsOfWatch(w, userId, w.seenAt, viewOf, now)))),
    Promise.all(views.map((v) => viewMatchesSince(v.page, v.query, v.seenAt, 0))),
  ]);
  const inbox: InboxWatch[] = watches.map((w, i) => ({
    ...w,
    thing: things.get(w.id)!,
    unread: news[i]!.length,
    groups: digest(news[i]!),
  }));
  const watchOfView = new Map(watches.filter((w) => w.kind === "VIEW").map((w) => [w.targetId, w]));
  const saved = views.map((v, i) => ({
    ...v,
    href: viewHref(v.page, v.query),
    newSince: viewNews[i]!.count,
    watch: watchOfView.get(v.id) ?? null,
  }));
  return { watches: inbox, views: saved, unread: inbox.reduce((sum, w) => sum + w.unread, 0) };
}

/**
 * How many unread lines the user's watches have: kept per data version (so counted again only
 * after a write) under a key that also names the user's watches and when each was read. After a
 * write the header waits at most HEADER_WAIT_MS for the recount, as it does for the alerts.
 */
export async function unreadCount(userId: number, now = new Date()): Promise<number> {
  const { watches, viewOf } = await watchesAndViews(userId);
  const live = watches.filter((w) => !w.muted);
  if (!live.length) return 0;
  const state = createHash("sha256")
    .update(JSON.stringify(live.map((w) => [w.id, w.seenAt.getTime()])))
    .digest("base64url")
    .slice(0, 16);
  const { value } = await keptCountsWithin(`inbox:${userId}:${isoDate(now)}:${state}`, HEADER_WAIT_MS, async () => {
    const news = await Promise.all(live.map((w) => newsOfWatch(w, userId, w.seenAt, viewOf, now)));
    return news.reduce((sum, lines) => sum + lines.length, 0);
  });
  return value;
}

/** The news of one watch, of a saved view, or of every unmuted watch, after `since` (a feed reader keeps its own read state). */
export async function feedOf(userId: number, only: { watchId?: number; viewId?: number }, since: Date) {
  const { watches, views, viewOf } = await watchesAndViews(userId);
  let chosen: WatchRow[];
  if (only.viewId) {
    const view = views.find((v) => v.id === only.viewId);
    if (!view) return null;
    const watch = watches.find((w) => w.kind === "VIEW" && w.targetId === view.id);
    chosen = [watch ?? { id: 0, kind: "VIEW", targetId: view.id, otherId: 0, muted: false, seenAt: since }];
  } else if (only.watchId) {
    chosen = watches.filter((w) => w.id === only.watchId);
    if (!chosen.length) return null;
  } else chosen = watches.filter((w) => !w.muted);
  const things = await watchedThings(chosen, viewOf);
  const entries = await Promise.all(
    chosen.map(async (w) => ({
      watchId: w.id,
      kind: w.kind,
      thing: things.get(w.id)!,
      lines: await newsOfWatch(w, userId, since, viewOf),
    })),
  );
  return { title: only.viewId || only.watchId ? entries[0]!.thing.title : "Everything you watch", entries };
}

/** The user's watch of this target, if any: what a watch button shows. */
export function watchOf(userId: number, target: WatchTarget) {
  const t = watchTarget(target.kind, target.targetId, target.otherId);
  return db.watch.findUnique({
    where: { userId_kind_targetId_otherId: { userId, ...t } },
    select: { id: true, muted: true },
  });
}

/** Like a token's "last used", noting a look is not a change: it is not audited. */
/** The view's page, once it is noted as looked at now (what "new since you last looked" counts from). */
export async function openView(userId: number, id: number) {
  const [view] = await db.$queryRaw<{ page: SavedViewPage; query: string }[]>`
    UPDATE "SavedView" SET "seenAt" = statement_timestamp() WHERE id = ${id} AND "userId" = ${userId}
    RETURNING page, query`;
  return view ?? null;
}
