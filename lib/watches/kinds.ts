import type { WatchKind } from "@/generated/prisma/enums";

// What can be watched, and the one spelling of each watch's target: a country pair is kept with
// its lower id first, so India-US and US-India are the same watch; every other kind has otherId 0.

export const WATCH_KINDS = [
  "SERIES",
  "TOPIC",
  "COUNTRY",
  "COUNTRY_PAIR",
  "AGREEMENT",
  "PERSON",
  "ORGANISATION",
  "VIEW",
] as const satisfies readonly WatchKind[];

export const watchKindLabel: Record<WatchKind, string> = {
  SERIES: "Series",
  TOPIC: "Theme",
  COUNTRY: "Country",
  COUNTRY_PAIR: "Countries",
  AGREEMENT: "Agreement",
  PERSON: "Person",
  ORGANISATION: "Organisation",
  VIEW: "Saved view",
};

export type WatchTarget = { kind: WatchKind; targetId: number; otherId: number };

/** The stored form of a target: a pair's countries in id order, otherId 0 for single targets. */
export function watchTarget(kind: WatchKind, targetId: number, otherId?: number): WatchTarget {
  if (kind !== "COUNTRY_PAIR") return { kind, targetId, otherId: 0 };
  const other = otherId ?? 0;
  return { kind, targetId: Math.min(targetId, other), otherId: Math.max(targetId, other) };
}
