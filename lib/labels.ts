// Human wording for the enums of the data model, in one place for every page and export.
import type * as Enums from "@/generated/prisma/enums";

export const dialogueLevelLabel: Record<Enums.DialogueLevel, string> = {
  LEADERS: "Leaders",
  MINISTERIAL: "Ministerial",
  SENIOR_OFFICIALS: "Senior officials",
  WORKING_GROUP: "Working group",
  EXPERT: "Expert level",
  TRACK_1_5: "Track 1.5",
  TRACK_2: "Track 2",
};

export const dialogueStatusLabel: Record<Enums.DialogueStatus, string> = {
  PLANNED: "Planned",
  HELD: "Held",
  POSTPONED: "Postponed",
  CANCELLED: "Cancelled",
};

export const participationRoleLabel: Record<Enums.ParticipationRole, string> = {
  CO_CHAIR: "Co-chair",
  HEAD_OF_DELEGATION: "Head of delegation",
  MEMBER: "Member",
  OBSERVER: "Observer",
};

export const agreementKindLabel: Record<Enums.AgreementKind, string> = {
  MOU: "Memorandum of understanding",
  MEMORANDUM_OF_COOPERATION: "Memorandum of cooperation",
  AGREEMENT: "Agreement",
  TREATY: "Treaty",
  JOINT_STATEMENT: "Joint statement",
  JOINT_DECLARATION: "Joint declaration",
  LETTER_OF_INTENT: "Letter of intent",
  PROTOCOL: "Protocol",
  EXCHANGE_OF_NOTES: "Exchange of notes",
  ACTION_PLAN: "Action plan",
  OTHER: "Other instrument",
};

export const agreementStatusLabel: Record<Enums.AgreementStatus, string> = {
  PROPOSED: "Proposed",
  UNDER_NEGOTIATION: "Under negotiation",
  SIGNED: "Signed",
  IN_FORCE: "In force",
  EXPIRED: "Expired",
  TERMINATED: "Terminated",
  WITHDRAWN: "Withdrawn",
};

export const outcomeKindLabel: Record<Enums.OutcomeKind, string> = {
  DECISION: "Decision",
  COMMITMENT: "Commitment",
  AGREEMENT_SIGNED: "Agreement signed",
  DISCUSSION: "Discussion",
  STATEMENT: "Statement",
  NEXT_STEP: "Next step",
};

export const followUpStatusLabel: Record<Enums.FollowUpStatus, string> = {
  OPEN: "Open",
  IN_PROGRESS: "In progress",
  DONE: "Done",
  LAPSED: "Lapsed",
};

/** How strongly an outcome was said (lib/outcomes/strength.ts), weakest first. */
export const strengthLabel: Record<Enums.CommitmentStrength, string> = {
  DISCUSSED: "Discussed",
  REAFFIRMED: "Reaffirmed",
  AGREED: "Agreed",
  COMMITTED: "Committed, with a target or date",
  BINDING: "Signed or legally binding",
};

export const agendaItemStatusLabel: Record<Enums.AgendaItemStatus, string> = {
  DISCUSSED: "Discussed",
  AGREED: "Agreed",
  DEFERRED: "Deferred",
  DROPPED: "Dropped",
};

export const assessmentPhaseLabel: Record<Enums.AssessmentPhase, string> = {
  INTERIM: "Interim",
  FINAL: "Final",
};

export const organisationKindLabel: Record<Enums.OrganisationKind, string> = {
  GOVERNMENT: "Government",
  MINISTRY: "Ministry",
  DEPARTMENT: "Department",
  AGENCY: "Agency",
  ACADEMY: "Academy",
  LAW_ENFORCEMENT: "Law enforcement",
  MILITARY: "Military",
  LEGISLATURE: "Legislature",
  INTERNATIONAL_ORGANISATION: "International organisation",
  NGO: "NGO",
  THINK_TANK: "Think tank",
  COMPANY: "Company",
  OTHER: "Other",
};

export const sourceKindLabel: Record<Enums.SourceKind, string> = {
  OFFICIAL_READOUT: "Official readout",
  JOINT_STATEMENT: "Joint statement",
  PRESS_RELEASE: "Press release",
  PRESS_REPORT: "Press report",
  PRESS_REPORT_ANONYMOUS: "Press report citing anonymous officials",
  TRANSCRIPT: "Transcript",
  ANALYSIS: "Analysis",
  OTHER: "Other",
};

/** Admiralty scale, source reliability. */
export const reliabilityLabel: Record<Enums.SourceReliability, string> = {
  A: "A – completely reliable",
  B: "B – usually reliable",
  C: "C – fairly reliable",
  D: "D – not usually reliable",
  E: "E – unreliable",
  F: "F – reliability cannot be judged",
};

/** Admiralty scale, credibility of one piece of information (1-6). */
export const credibilityLabel: Record<number, string> = {
  1: "1 – confirmed",
  2: "2 – probably true",
  3: "3 – possibly true",
  4: "4 – doubtful",
  5: "5 – improbable",
  6: "6 – truth cannot be judged",
};

/** A link read from its source record ("led to") and from its target ("resulted from"). */
export const linkRelationLabel: Record<Enums.LinkRelation, { outgoing: string; incoming: string }> = {
  FOLLOWS_UP: { outgoing: "follows up", incoming: "followed up by" },
  LED_TO: { outgoing: "led to", incoming: "resulted from" },
  IMPLEMENTS: { outgoing: "implements", incoming: "implemented by" },
  SUPERSEDES: { outgoing: "supersedes", incoming: "superseded by" },
  AMENDS: { outgoing: "amends", incoming: "amended by" },
  RENEWS: { outgoing: "renews", incoming: "renewed by" },
  EXTENDS: { outgoing: "extends", incoming: "extended by" },
  FULFILS: { outgoing: "fulfils", incoming: "fulfilled by" },
  DISCUSSED_AT: { outgoing: "discussed at", incoming: "discussed" },
  RELATED: { outgoing: "related to", incoming: "related to" },
};

/** "1 dialogue", "3 dialogues". */
export const plural = (count: number, noun: string, nouns = `${noun}s`) => `${count} ${count === 1 ? noun : nouns}`;
