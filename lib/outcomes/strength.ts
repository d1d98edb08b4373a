import type { CommitmentStrength, OutcomeKind } from "@/generated/prisma/enums";

// How strongly an outcome was said, on one ordinal scale (docs/decisions/010-commitment-strength.md):
// discussed < reaffirmed < agreed < committed (with a target or a date) < signed / legally binding.

export const STRENGTHS = [
  "DISCUSSED",
  "REAFFIRMED",
  "AGREED",
  "COMMITTED",
  "BINDING",
] as const satisfies readonly CommitmentStrength[];

/** 1 (discussed) to 5 (binding): the scale's order, for comparing rounds. */
export const strengthRank = (s: CommitmentStrength) => STRENGTHS.indexOf(s) + 1;

// The verbs of each level, strongest first; the first level whose words the text uses wins.
const SIGNED =
  /\b(sign(ed|ing)|conclud(ed|ing)|ratif(ied|y)|entered into force|legally binding|exchanged (the )?instruments)\b/i;
const TARGET =
  /\b(by (the end of )?(19|20)\d\d|by (january|february|march|april|may|june|july|august|september|october|november|december)\b|within \d+ (days|weeks|months|years)|before the next (round|meeting)|no later than|deadline|target of|timeline for)\b/i;
const COMMIT = /\b(commit(ted|s)? to|pledged?|undert(ook|ake)s? to)\b/i;
const AGREE =
  /\b(agreed|agree to|decided|resolved|will (hold|establish|set up|launch|finalise|finalize|conclude|work|meet|convene|expand|strengthen|deepen|exchange|share))\b|^(finalise|finalize|hold|establish|launch|convene|set up|conclude|consolidate)\b/i;
const REAFFIRM =
  /\b(reaffirm(ed|s)?|reiterat(ed|es?)|underlin(ed|es?)|underscor(ed|es?)|welcom(ed|es?)|recognis(ed|es?)|recogniz(ed|es?)|stressed|emphasi[sz]ed|noted|appreciated)\b/i;

/**
 * The strength the words of an outcome suggest: a signed agreement is binding; an undertaking
 * with a target or a date (or a recorded due date) is committed; "agreed", "decided" or a
 * next step is agreed; "reaffirmed", "welcomed" is reaffirmed; anything else discussed.
 */
export function suggestStrength(text: string, kind: OutcomeKind, hasDueDate = false): CommitmentStrength {
  if (kind === "AGREEMENT_SIGNED" || SIGNED.test(text)) return "BINDING";
  const undertaking = COMMIT.test(text) || AGREE.test(text) || kind === "COMMITMENT" || kind === "NEXT_STEP";
  if (undertaking && (hasDueDate || TARGET.test(text))) return "COMMITTED";
  if (COMMIT.test(text)) return "COMMITTED";
  if (AGREE.test(text) || kind === "DECISION" || kind === "COMMITMENT" || kind === "NEXT_STEP") return "AGREED";
  if (REAFFIRM.test(text) || kind === "STATEMENT") return "REAFFIRMED";
  return "DISCUSSED";
}

export type ThemeRound = { id: number; title: string };
export type StrengthCell = { strength: CommitmentStrength; outcomeId: number } | null;
export type ThemeStrength = {
  theme: { id: number; name: string; slug: string };
  cells: StrengthCell[];
  /** from the first round the theme had a strength to the last: stronger, weaker or the same */
  trend: "stronger" | "weaker" | "same";
};

type Said = { roundIndex: number; outcomeId: number; strength: CommitmentStrength; themes: ThemeStrength["theme"][] };

/** Per theme, the strongest language at each round (rounds oldest first), and whether it strengthened. */
export function strengthByTheme(rounds: ThemeRound[], said: Said[]): ThemeStrength[] {
  const rows = new Map<number, ThemeStrength>();
  for (const s of said)
    for (const theme of s.themes) {
      const row = rows.get(theme.id) ?? { theme, cells: rounds.map(() => null), trend: "same" as const };
      const cell = row.cells[s.roundIndex];
      if (!cell || strengthRank(s.strength) > strengthRank(cell.strength))
        row.cells[s.roundIndex] = { strength: s.strength, outcomeId: s.outcomeId };
      rows.set(theme.id, row);
    }
  return [...rows.values()]
    .map((row) => {
      const ranks = row.cells.flatMap((c) => (c ? [strengthRank(c.strength)] : []));
      const delta = ranks.length > 1 ? ranks.at(-1)! - ranks[0]! : 0;
      return { ...row, trend: delta > 0 ? ("stronger" as const) : delta < 0 ? ("weaker" as const) : ("same" as const) };
    })
    .sort((a, b) => a.theme.name.localeCompare(b.theme.name));
}
