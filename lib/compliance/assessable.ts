import type { OutcomeKind } from "@/generated/prisma/enums";

/** The outcomes a party can keep or break: commitments and agreed next steps. */
export const ASSESSABLE_KINDS = ["COMMITMENT", "NEXT_STEP"] as const satisfies readonly OutcomeKind[];

export const isAssessable = (kind: OutcomeKind) => (ASSESSABLE_KINDS as readonly string[]).includes(kind);
