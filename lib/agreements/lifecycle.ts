import type { AgreementStatus } from "@/lib/domain";

// Which status an agreement may move to from its current one. An admin may correct history
// outside these rules, explicitly (a correction).
const NEXT: Record<AgreementStatus, AgreementStatus[]> = {
  PROPOSED: ["UNDER_NEGOTIATION", "SIGNED", "WITHDRAWN"],
  UNDER_NEGOTIATION: ["SIGNED", "WITHDRAWN"],
  SIGNED: ["IN_FORCE", "EXPIRED", "TERMINATED", "WITHDRAWN"],
  IN_FORCE: ["EXPIRED", "TERMINATED"],
  EXPIRED: ["IN_FORCE"], // renewed
  TERMINATED: [],
  WITHDRAWN: ["UNDER_NEGOTIATION"], // talks resumed
};

export function allowedTransitions(from: AgreementStatus): AgreementStatus[] {
  return NEXT[from];
}

export function canTransition(from: AgreementStatus, to: AgreementStatus): boolean {
  return NEXT[from].includes(to);
}
