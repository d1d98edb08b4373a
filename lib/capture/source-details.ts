import type { SourceKind, SourceReliability } from "@/generated/prisma/enums";
import type { Sentence } from "./text";

// What can be told of a source from its text: its kind (a joint statement, an official readout, a
// press release, a press report, one citing anonymous people) and, from that, a first reliability
// grade on the Admiralty scale (an official source of its own meeting is usually reliable, B; a
// press report fairly reliable, C), for the analyst to confirm.

export function sourceKindOf(title: string | null, text: string, sentences: Sentence[]): SourceKind {
  const head = `${title ?? ""}\n${text.slice(0, 400)}`;
  if (/\bjoint statement\b/i.test(head)) return "JOINT_STATEMENT";
  if (/\breadout\b/i.test(head)) return "OFFICIAL_READOUT";
  if (/\b(media note|press release|news release|office of the spokesperson)\b/i.test(head)) return "PRESS_RELEASE";
  if (sentences.some((s) => s.voice === "anonymous")) return "PRESS_REPORT_ANONYMOUS";
  return "PRESS_REPORT";
}

export function reliabilityOf(kind: SourceKind): SourceReliability {
  return kind === "PRESS_REPORT" || kind === "PRESS_REPORT_ANONYMOUS"
    ? "C"
    : kind === "OTHER" || kind === "ANALYSIS"
      ? "F"
      : "B";
}
