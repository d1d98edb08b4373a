// The data model's enum types and values, for code outside lib/ (which must not import Prisma).
export type {
  AgreementKind,
  AgreementStatus,
  AuditAction,
  DatePrecision,
  DialogueLevel,
  DialogueStatus,
  FollowUpStatus,
  LinkRelation,
  OrganisationKind,
  OutcomeKind,
  ParticipationRole,
  RecordType,
  Role,
  SourceKind,
  SourceReliability,
} from "@/generated/prisma/enums";
