import type { SourceKind } from "@/generated/prisma/enums";
import type { Voice } from "./text";

// The Admiralty credibility a citation carries (1 confirmed, 2 probably true, 3 possibly true,
// 4 doubtful, 5 improbable, 6 cannot be judged), from the kind of source and who the sentence
// speaks for: an official readout's own sentence is probably true; a press report's, possibly;
// what "people familiar with the matter" said, doubtful until another source confirms it.

const BY_KIND: Record<SourceKind, number> = {
  OFFICIAL_READOUT: 2,
  JOINT_STATEMENT: 2,
  PRESS_RELEASE: 2,
  TRANSCRIPT: 2,
  PRESS_REPORT: 3,
  PRESS_REPORT_ANONYMOUS: 3,
  ANALYSIS: 4,
  OTHER: 6,
};

export function credibilityOf(kind: SourceKind, voice: Voice): number {
  if (voice === "anonymous") return Math.max(4, BY_KIND[kind]);
  if (voice === "official") return Math.min(2, BY_KIND[kind]);
  return BY_KIND[kind];
}
