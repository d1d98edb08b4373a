import { agreementStatusLabel, dialogueStatusLabel } from "@/lib/labels";
import type { AgreementStatus, DialogueStatus } from "@/lib/domain";

// What an inbox line says: the kinds of news a watch brings, and which audit events are news.
// Pure: the inbox reads the events, this names them.

export const NEWS_KINDS = [
  "round",
  "rescheduled",
  "agreement",
  "agreement-status",
  "commitment",
  "outcome",
  "commitment-overdue",
  "commitment-due",
  "term-ending",
  "match",
] as const;
export type NewsKind = (typeof NEWS_KINDS)[number];

/** How a digest heads a group of lines: one and many. */
export const newsKindLabel: Record<NewsKind, [string, string]> = {
  round: ["new round", "new rounds"],
  rescheduled: ["round rescheduled or changed status", "rounds rescheduled or changed status"],
  agreement: ["new agreement", "new agreements"],
  "agreement-status": ["agreement status change", "agreement status changes"],
  commitment: ["new commitment", "new commitments"],
  outcome: ["new outcome", "new outcomes"],
  "commitment-overdue": ["commitment overdue", "commitments overdue"],
  "commitment-due": ["commitment due within 30 days", "commitments due within 30 days"],
  "term-ending": ["agreement term ending within 90 days", "agreement terms ending within 90 days"],
  match: ["new match", "new matches"],
};

export const newsHeading = (kind: NewsKind, count: number) => `${count} ${newsKindLabel[kind][count === 1 ? 0 : 1]}`;

export type AuditChange = {
  action: string;
  recordType: string;
  after: Record<string, unknown> | null;
};

const changes = (after: AuditChange["after"], ...keys: string[]) => !!after && keys.some((k) => k in after);

/** What an audit event is news of, and a word on it; null when it is not news (a typo fixed). */
export function newsOf(event: AuditChange): { kind: NewsKind; detail?: string } | null {
  const { action, recordType, after } = event;
  const created = action === "CREATE" || action === "RESTORE";
  switch (recordType) {
    case "DIALOGUE":
      if (created) return { kind: "round" };
      if (action === "UPDATE" && changes(after, "startDate", "endDate", "status"))
        return {
          kind: "rescheduled",
          detail: after?.status ? dialogueStatusLabel[after.status as DialogueStatus] : undefined,
        };
      return null;
    case "AGREEMENT":
      if (created) return { kind: "agreement" };
      if (action === "STATUS_CHANGE" || (action === "UPDATE" && changes(after, "status")))
        return {
          kind: "agreement-status",
          detail: after?.status ? agreementStatusLabel[after.status as AgreementStatus] : undefined,
        };
      return null;
    case "OUTCOME":
      if (created) return { kind: after?.kind === "COMMITMENT" ? "commitment" : "outcome" };
      return null;
    default:
      return null;
  }
}
