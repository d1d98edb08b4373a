import { currentByParty, signedScore } from "@/lib/compliance/scale";

type Assessment = { id: number; score: number; assessedDate: Date; country: { code: string } };

/** "compliance IN +1 · US 0": each assessed party's current score, in a line of a list. */
export function CurrentScores({ assessments }: { assessments: Assessment[] }) {
  const current = [...currentByParty(assessments)].map(([code, a]) => `${code} ${signedScore(a.score)}`);
  if (current.length === 0) return <span className="muted">not yet assessed</span>;
  return <span>compliance {current.join(" · ")}</span>;
}
