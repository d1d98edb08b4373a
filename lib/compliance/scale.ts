import { groupBy } from "@/lib/group-by";

// The G7/G20 Research Group's compliance scale and the figures it reports. A party's compliance
// with one commitment is judged -1 (no compliance, or action contrary to it), 0 (partial, or work
// under way) or +1 (full). Its compliance over many commitments is the average of the current
// scores, also given as a percentage: (average + 1) / 2 × 100, so -1 is 0 %, 0 is 50 % and +1 is 100 %.

export const COMPLIANCE_SCORES = [-1, 0, 1] as const;
export type ComplianceScore = (typeof COMPLIANCE_SCORES)[number];

export const complianceScoreLabel: Record<`${ComplianceScore}`, string> = {
  "-1": "−1 No compliance",
  "0": "0 Partial or under way",
  "1": "+1 Full compliance",
};

/** A stored score's label ("0 Partial or under way"). */
export const scoreLabel = (score: number) => complianceScoreLabel[`${score}` as `${ComplianceScore}`] ?? String(score);

export const isComplianceScore = (value: number): value is ComplianceScore =>
  (COMPLIANCE_SCORES as readonly number[]).includes(value);

/** "+1", "0", "−1": a score as the Research Group prints it. */
export const signedScore = (score: number) => (score > 0 ? `+${score}` : score < 0 ? `−${-score}` : "0");

export type ComplianceFigure = {
  /** commitments with a current score */
  assessed: number;
  /** their average score, from -1 to +1 */
  average: number;
  /** (average + 1) / 2 × 100 */
  percent: number;
};

/** The figure for a set of current scores (one per commitment); null when nothing is assessed. */
export function complianceFigure(scores: readonly number[]): ComplianceFigure | null {
  return figureOf(
    scores.reduce((sum, score) => sum + score, 0),
    scores.length,
  );
}

/** The figure from a sum of scores and how many there are (what the SQL summaries return). */
export function figureOf(sum: number, assessed: number): ComplianceFigure | null {
  if (assessed === 0) return null;
  const average = sum / assessed;
  return { assessed, average, percent: ((average + 1) / 2) * 100 };
}

type Dated = { assessedDate: Date; id: number };
type OfParty = Dated & { country: { code: string } };

/**
 * The current assessment: the latest by date, the later-recorded on the same date. Earlier ones stay
 * in the history as the recalibration.
 */
export function currentOf<T extends Dated>(assessments: readonly T[]): T | null {
  let current: T | null = null;
  for (const a of assessments) {
    if (
      !current ||
      a.assessedDate.getTime() > current.assessedDate.getTime() ||
      (a.assessedDate.getTime() === current.assessedDate.getTime() && a.id > current.id)
    )
      current = a;
  }
  return current;
}

/** "+0.33", "0.00", "−1.00": an average score to two places. */
export const signedAverage = (average: number) =>
  `${average > 0 ? "+" : ""}${average.toFixed(2).replace(/^-/, "−")}`.replace(/^−0\.00$/, "0.00");

/** Each assessed party's current assessment of one commitment, by country code. */
export function currentByParty<T extends OfParty>(assessments: readonly T[]): Map<string, T> {
  return new Map([...groupBy(assessments, (a) => a.country.code)].map(([code, all]) => [code, currentOf(all)!]));
}
