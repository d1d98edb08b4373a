import type { AgreementStatus, DatePrecision, LinkRelation } from "@/generated/prisma/enums";

// Agreement lineage: the links between agreements that make one the successor of another.
// "A supersedes B" reads A as the successor; so do amends, renews, extends and implements.

export const LINEAGE_RELATIONS = [
  "SUPERSEDES",
  "AMENDS",
  "RENEWS",
  "EXTENDS",
  "IMPLEMENTS",
] as const satisfies LinkRelation[];
/** Relations that only ever join two agreements. */
export const AGREEMENT_ONLY = new Set<LinkRelation>(["RENEWS", "EXTENDS"]);

export type LineageAgreement = {
  id: number;
  title: string;
  status: AgreementStatus;
  signedDate: Date | null;
  signedPrecision: DatePrecision | null;
};
/** `from` is the successor of `to`. */
export type LineageLink = { from: number; to: number; relation: (typeof LINEAGE_RELATIONS)[number] };

export type LineageStep = LineageAgreement & {
  /** how this agreement stands to its neighbours: "renews" the ones before, is "superseded by" one after */
  links: { relation: LineageLink["relation"]; direction: "successor-of" | "predecessor-of"; other: number }[];
  current: boolean;
};

/** The chain an agreement is part of, oldest first (by signature, then by the links' order), itself marked. */
export function lineageChain(agreementId: number, agreements: LineageAgreement[], links: LineageLink[]): LineageStep[] {
  if (!links.length) return [];
  // Generations: a predecessor before its successor, whatever the dates say.
  const depth = new Map<number, number>(agreements.map((a) => [a.id, 0]));
  for (let pass = 0; pass < agreements.length; pass++) {
    let moved = false;
    for (const l of links) {
      const next = (depth.get(l.to) ?? 0) + 1;
      if (next > (depth.get(l.from) ?? 0) && next <= agreements.length) {
        depth.set(l.from, next);
        moved = true;
      }
    }
    if (!moved) break;
  }
  const time = (a: LineageAgreement) => a.signedDate?.getTime() ?? Number.POSITIVE_INFINITY;
  return [...agreements]
    .sort((a, b) => depth.get(a.id)! - depth.get(b.id)! || time(a) - time(b) || a.id - b.id)
    .map((a) => ({
      ...a,
      current: a.id === agreementId,
      links: [
        ...links
          .filter((l) => l.from === a.id)
          .map((l) => ({ relation: l.relation, direction: "successor-of" as const, other: l.to })),
        ...links
          .filter((l) => l.to === a.id)
          .map((l) => ({ relation: l.relation, direction: "predecessor-of" as const, other: l.from })),
      ],
    }));
}
