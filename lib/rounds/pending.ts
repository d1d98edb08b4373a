// What is still pending between rounds, in one place: the follow-up statuses of a commitment that
// is still open and the statuses of an agreement not yet concluded.

export const OPEN_FOLLOW_UP = ["OPEN", "IN_PROGRESS"] as const;
export const PENDING_AGREEMENT = ["PROPOSED", "UNDER_NEGOTIATION"] as const;
