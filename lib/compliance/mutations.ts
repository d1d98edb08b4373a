import "server-only";
import type { Tx } from "@/lib/prisma-client";
import { inTransaction } from "@/lib/db";
import { auditRecord } from "@/lib/audit/record";
import { ActionError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/auth/session";
import { createCitation } from "@/lib/sources/mutations";
import { formatDate, isoDate, periodEnd } from "@/lib/dates";
import type { AssessmentInput } from "./schema";
import { isAssessable } from "./assessable";

/**
 * Records one party's compliance with a commitment and cites its evidence, all or nothing. A
 * reassessment is another row: the earlier snapshot stays in the history.
 */
export async function assessCommitment(input: AssessmentInput, user: CurrentUser, outer?: Tx): Promise<number> {
  return inTransaction(outer, async (tx) => {
    const outcome = await tx.outcome.findFirst({
      where: { id: input.outcomeId, deletedAt: null, dialogue: { deletedAt: null } },
      select: {
        kind: true,
        dialogue: {
          select: {
            startDate: true,
            startPrecision: true,
            series: { select: { parties: { select: { countryId: true } } } },
          },
        },
      },
    });
    if (!outcome) throw new ActionError("This commitment has been deleted.");
    if (!isAssessable(outcome.kind))
      throw new ActionError("Only commitments and next steps are assessed for compliance.");
    if (!outcome.dialogue.series.parties.some((p) => p.countryId === input.countryId))
      throw new ActionError("Assess a party of this dialogue series.", {
        countryId: ["Not a party of this dialogue series"],
      });
    const { startDate, startPrecision } = outcome.dialogue;
    // Vague dates compare by the whole period they stand for: "2024-02" may be after 28 February 2024.
    const assessed = input.assessedDate;
    if (startDate && periodEnd(isoDate(assessed.date), assessed.precision) <= isoDate(startDate))
      throw new ActionError("An assessment cannot be dated before the commitment was made.", {
        assessedDate: [`Before the meeting that made the commitment (${formatDate(startDate, startPrecision)})`],
      });
    const data = {
      outcomeId: input.outcomeId,
      countryId: input.countryId,
      score: input.score,
      phase: input.phase,
      assessedDate: assessed.date,
      assessedPrecision: assessed.precision,
      note: input.note ?? null,
    };
    const created = await tx.complianceAssessment.create({ data, select: { id: true } });
    await auditRecord(tx, user.id, "CREATE", ["COMPLIANCE_ASSESSMENT", created.id], { after: data });
    await createCitation(
      {
        sourceId: input.sourceId,
        record: `COMPLIANCE_ASSESSMENT:${created.id}`,
        quote: input.quote,
        credibility: input.credibility,
        start: input.start,
        end: input.end,
      },
      user,
      tx,
    );
    return created.id;
  });
}
