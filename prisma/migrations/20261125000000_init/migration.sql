-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'ANALYST', 'VIEWER');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('GOVERNMENT', 'MINISTRY', 'DEPARTMENT', 'AGENCY', 'ACADEMY', 'LAW_ENFORCEMENT', 'MILITARY', 'LEGISLATURE', 'INTERNATIONAL_ORGANISATION', 'NGO', 'THINK_TANK', 'COMPANY', 'OTHER');

-- CreateEnum
CREATE TYPE "DialogueLevel" AS ENUM ('LEADERS', 'MINISTERIAL', 'SENIOR_OFFICIALS', 'WORKING_GROUP', 'EXPERT', 'TRACK_1_5', 'TRACK_2');

-- CreateEnum
CREATE TYPE "DialogueStatus" AS ENUM ('PLANNED', 'HELD', 'POSTPONED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ParticipationRole" AS ENUM ('CO_CHAIR', 'HEAD_OF_DELEGATION', 'MEMBER', 'OBSERVER');

-- CreateEnum
CREATE TYPE "AgreementKind" AS ENUM ('MOU', 'MEMORANDUM_OF_COOPERATION', 'AGREEMENT', 'TREATY', 'JOINT_STATEMENT', 'JOINT_DECLARATION', 'LETTER_OF_INTENT', 'PROTOCOL', 'EXCHANGE_OF_NOTES', 'ACTION_PLAN', 'OTHER');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('PROPOSED', 'UNDER_NEGOTIATION', 'SIGNED', 'IN_FORCE', 'EXPIRED', 'TERMINATED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "OutcomeKind" AS ENUM ('DECISION', 'COMMITMENT', 'AGREEMENT_SIGNED', 'DISCUSSION', 'STATEMENT', 'NEXT_STEP');

-- CreateEnum
CREATE TYPE "FollowUpStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'LAPSED');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('OFFICIAL_READOUT', 'JOINT_STATEMENT', 'PRESS_RELEASE', 'PRESS_REPORT', 'PRESS_REPORT_ANONYMOUS', 'TRANSCRIPT', 'ANALYSIS', 'OTHER');

-- CreateEnum
CREATE TYPE "SourceReliability" AS ENUM ('A', 'B', 'C', 'D', 'E', 'F');

-- CreateEnum
CREATE TYPE "RecordType" AS ENUM ('COUNTRY', 'ORGANISATION', 'PERSON', 'POSITION', 'DIALOGUE_SERIES', 'DIALOGUE', 'PARTICIPATION', 'TOPIC', 'AGREEMENT', 'OUTCOME', 'SOURCE', 'CITATION', 'LINK', 'USER');

-- CreateEnum
CREATE TYPE "LinkRelation" AS ENUM ('FOLLOWS_UP', 'LED_TO', 'IMPLEMENTS', 'SUPERSEDES', 'AMENDS', 'FULFILS', 'DISCUSSED_AT', 'RELATED');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('CREATE', 'UPDATE', 'DELETE', 'RESTORE', 'LINK', 'UNLINK', 'STATUS_CHANGE', 'MERGE', 'SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT', 'ROLE_CHANGE', 'PASSWORD_CHANGE');

-- CreateTable
CREATE TABLE "Country" (
    "id" SERIAL NOT NULL,
    "code" CHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Country_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "acronym" TEXT,
    "kind" "OrganisationKind" NOT NULL,
    "countryId" INTEGER,
    "parentId" INTEGER,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "countryId" INTEGER,
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Position" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "organisationId" INTEGER,
    "title" TEXT NOT NULL,
    "acting" BOOLEAN NOT NULL DEFAULT false,
    "startDate" DATE,
    "startPrecision" "DatePrecision",
    "endDate" DATE,
    "endPrecision" "DatePrecision",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Position_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DialogueSeries" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "description" TEXT,
    "establishedDate" DATE,
    "establishedPrecision" "DatePrecision",
    "parentId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "DialogueSeries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DialogueSeriesParty" (
    "seriesId" INTEGER NOT NULL,
    "countryId" INTEGER NOT NULL,

    CONSTRAINT "DialogueSeriesParty_pkey" PRIMARY KEY ("seriesId","countryId")
);

-- CreateTable
CREATE TABLE "Dialogue" (
    "id" SERIAL NOT NULL,
    "seriesId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "roundNumber" INTEGER,
    "level" "DialogueLevel" NOT NULL,
    "startDate" DATE,
    "startPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "endDate" DATE,
    "endPrecision" "DatePrecision",
    "venueCity" TEXT,
    "venueCountryId" INTEGER,
    "status" "DialogueStatus" NOT NULL,
    "summary" TEXT,
    "announcedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Dialogue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DialogueTopic" (
    "dialogueId" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,

    CONSTRAINT "DialogueTopic_pkey" PRIMARY KEY ("dialogueId","topicId")
);

-- CreateTable
CREATE TABLE "Participation" (
    "id" SERIAL NOT NULL,
    "dialogueId" INTEGER NOT NULL,
    "personId" INTEGER,
    "organisationId" INTEGER,
    "countryId" INTEGER,
    "role" "ParticipationRole" NOT NULL,
    "statedTitle" TEXT,
    "isActing" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Participation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" SERIAL NOT NULL,
    "parentId" INTEGER,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "description" TEXT,
    "synonyms" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "AgreementKind" NOT NULL,
    "legallyBinding" BOOLEAN NOT NULL DEFAULT false,
    "status" "AgreementStatus" NOT NULL,
    "statusChangedAt" DATE,
    "signedDate" DATE,
    "signedPrecision" "DatePrecision",
    "entryIntoForceDate" DATE,
    "entryIntoForcePrecision" "DatePrecision",
    "expiryDate" DATE,
    "expiryPrecision" "DatePrecision",
    "dialogueId" INTEGER,
    "summary" TEXT,
    "documentUrl" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementParty" (
    "agreementId" INTEGER NOT NULL,
    "countryId" INTEGER NOT NULL,

    CONSTRAINT "AgreementParty_pkey" PRIMARY KEY ("agreementId","countryId")
);

-- CreateTable
CREATE TABLE "AgreementSignatory" (
    "id" SERIAL NOT NULL,
    "agreementId" INTEGER NOT NULL,
    "organisationId" INTEGER,
    "personId" INTEGER,
    "countryId" INTEGER,
    "note" TEXT,

    CONSTRAINT "AgreementSignatory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementTopic" (
    "agreementId" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,

    CONSTRAINT "AgreementTopic_pkey" PRIMARY KEY ("agreementId","topicId")
);

-- CreateTable
CREATE TABLE "AgreementStatusChange" (
    "id" SERIAL NOT NULL,
    "agreementId" INTEGER NOT NULL,
    "status" "AgreementStatus" NOT NULL,
    "date" DATE NOT NULL,
    "precision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "note" TEXT,
    "citationId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Outcome" (
    "id" SERIAL NOT NULL,
    "dialogueId" INTEGER NOT NULL,
    "kind" "OutcomeKind" NOT NULL,
    "text" TEXT NOT NULL,
    "followUpStatus" "FollowUpStatus",
    "dueDate" DATE,
    "duePrecision" "DatePrecision",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Outcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutcomeTopic" (
    "outcomeId" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,

    CONSTRAINT "OutcomeTopic_pkey" PRIMARY KEY ("outcomeId","topicId")
);

-- CreateTable
CREATE TABLE "OutcomeAgreement" (
    "outcomeId" INTEGER NOT NULL,
    "agreementId" INTEGER NOT NULL,

    CONSTRAINT "OutcomeAgreement_pkey" PRIMARY KEY ("outcomeId","agreementId")
);

-- CreateTable
CREATE TABLE "OutcomeParticipant" (
    "outcomeId" INTEGER NOT NULL,
    "participationId" INTEGER NOT NULL,

    CONSTRAINT "OutcomeParticipant_pkey" PRIMARY KEY ("outcomeId","participationId")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "url" TEXT,
    "publishedDate" DATE,
    "publishedPrecision" "DatePrecision",
    "kind" "SourceKind" NOT NULL,
    "reliability" "SourceReliability" NOT NULL DEFAULT 'F',
    "body" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" SERIAL NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "recordType" "RecordType" NOT NULL,
    "recordId" INTEGER NOT NULL,
    "quote" TEXT,
    "credibility" SMALLINT NOT NULL DEFAULT 6,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Link" (
    "id" SERIAL NOT NULL,
    "fromType" "RecordType" NOT NULL,
    "fromId" INTEGER NOT NULL,
    "relation" "LinkRelation" NOT NULL,
    "toType" "RecordType" NOT NULL,
    "toId" INTEGER NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Link_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'VIEWER',
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" INTEGER,
    "action" "AuditAction" NOT NULL,
    "recordType" "RecordType",
    "recordId" INTEGER,
    "before" JSONB,
    "after" JSONB,
    "clientIp" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Country_code_key" ON "Country"("code");

-- CreateIndex
CREATE INDEX "Country_name_idx" ON "Country"("name");

-- CreateIndex
CREATE INDEX "Organisation_name_idx" ON "Organisation"("name");

-- CreateIndex
CREATE INDEX "Organisation_acronym_idx" ON "Organisation"("acronym");

-- CreateIndex
CREATE INDEX "Organisation_countryId_idx" ON "Organisation"("countryId");

-- CreateIndex
CREATE INDEX "Organisation_parentId_idx" ON "Organisation"("parentId");

-- CreateIndex
CREATE INDEX "Person_name_idx" ON "Person"("name");

-- CreateIndex
CREATE INDEX "Person_countryId_idx" ON "Person"("countryId");

-- CreateIndex
CREATE INDEX "Position_personId_startDate_idx" ON "Position"("personId", "startDate");

-- CreateIndex
CREATE INDEX "Position_organisationId_idx" ON "Position"("organisationId");

-- CreateIndex
CREATE INDEX "DialogueSeries_name_idx" ON "DialogueSeries"("name");

-- CreateIndex
CREATE INDEX "DialogueSeries_parentId_idx" ON "DialogueSeries"("parentId");

-- CreateIndex
CREATE INDEX "DialogueSeriesParty_countryId_idx" ON "DialogueSeriesParty"("countryId");

-- CreateIndex
CREATE INDEX "Dialogue_seriesId_startDate_idx" ON "Dialogue"("seriesId", "startDate");

-- CreateIndex
CREATE INDEX "Dialogue_startDate_idx" ON "Dialogue"("startDate");

-- CreateIndex
CREATE INDEX "Dialogue_status_startDate_idx" ON "Dialogue"("status", "startDate");

-- CreateIndex
CREATE INDEX "Dialogue_level_idx" ON "Dialogue"("level");

-- CreateIndex
CREATE INDEX "Dialogue_venueCountryId_idx" ON "Dialogue"("venueCountryId");

-- CreateIndex
CREATE INDEX "Dialogue_announcedById_idx" ON "Dialogue"("announcedById");

-- CreateIndex
CREATE INDEX "DialogueTopic_topicId_idx" ON "DialogueTopic"("topicId");

-- CreateIndex
CREATE INDEX "Participation_dialogueId_role_idx" ON "Participation"("dialogueId", "role");

-- CreateIndex
CREATE INDEX "Participation_personId_idx" ON "Participation"("personId");

-- CreateIndex
CREATE INDEX "Participation_organisationId_idx" ON "Participation"("organisationId");

-- CreateIndex
CREATE INDEX "Participation_countryId_idx" ON "Participation"("countryId");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE INDEX "Topic_parentId_idx" ON "Topic"("parentId");

-- CreateIndex
CREATE INDEX "Topic_name_idx" ON "Topic"("name");

-- CreateIndex
CREATE INDEX "Agreement_status_signedDate_idx" ON "Agreement"("status", "signedDate");

-- CreateIndex
CREATE INDEX "Agreement_kind_idx" ON "Agreement"("kind");

-- CreateIndex
CREATE INDEX "Agreement_signedDate_idx" ON "Agreement"("signedDate");

-- CreateIndex
CREATE INDEX "Agreement_statusChangedAt_idx" ON "Agreement"("statusChangedAt");

-- CreateIndex
CREATE INDEX "Agreement_title_idx" ON "Agreement"("title");

-- CreateIndex
CREATE INDEX "Agreement_dialogueId_idx" ON "Agreement"("dialogueId");

-- CreateIndex
CREATE INDEX "AgreementParty_countryId_idx" ON "AgreementParty"("countryId");

-- CreateIndex
CREATE INDEX "AgreementSignatory_agreementId_idx" ON "AgreementSignatory"("agreementId");

-- CreateIndex
CREATE INDEX "AgreementSignatory_organisationId_idx" ON "AgreementSignatory"("organisationId");

-- CreateIndex
CREATE INDEX "AgreementSignatory_personId_idx" ON "AgreementSignatory"("personId");

-- CreateIndex
CREATE INDEX "AgreementTopic_topicId_idx" ON "AgreementTopic"("topicId");

-- CreateIndex
CREATE INDEX "AgreementStatusChange_agreementId_date_idx" ON "AgreementStatusChange"("agreementId", "date");

-- CreateIndex
CREATE INDEX "AgreementStatusChange_status_date_idx" ON "AgreementStatusChange"("status", "date");

-- CreateIndex
CREATE INDEX "Outcome_dialogueId_kind_idx" ON "Outcome"("dialogueId", "kind");

-- CreateIndex
CREATE INDEX "Outcome_kind_idx" ON "Outcome"("kind");

-- CreateIndex
CREATE INDEX "Outcome_followUpStatus_dueDate_idx" ON "Outcome"("followUpStatus", "dueDate");

-- CreateIndex
CREATE INDEX "OutcomeTopic_topicId_idx" ON "OutcomeTopic"("topicId");

-- CreateIndex
CREATE INDEX "OutcomeAgreement_agreementId_idx" ON "OutcomeAgreement"("agreementId");

-- CreateIndex
CREATE INDEX "OutcomeParticipant_participationId_idx" ON "OutcomeParticipant"("participationId");

-- CreateIndex
CREATE INDEX "Source_publishedDate_idx" ON "Source"("publishedDate");

-- CreateIndex
CREATE INDEX "Source_kind_idx" ON "Source"("kind");

-- CreateIndex
CREATE INDEX "Citation_recordType_recordId_idx" ON "Citation"("recordType", "recordId");

-- CreateIndex
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");

-- CreateIndex
CREATE INDEX "Link_toType_toId_idx" ON "Link"("toType", "toId");

-- CreateIndex
CREATE UNIQUE INDEX "Link_fromType_fromId_relation_toType_toId_key" ON "Link"("fromType", "fromId", "relation", "toType", "toId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "AuditEvent_recordType_recordId_at_idx" ON "AuditEvent"("recordType", "recordId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_userId_at_idx" ON "AuditEvent"("userId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueSeries" ADD CONSTRAINT "DialogueSeries_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "DialogueSeries"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueSeriesParty" ADD CONSTRAINT "DialogueSeriesParty_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "DialogueSeries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueSeriesParty" ADD CONSTRAINT "DialogueSeriesParty_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dialogue" ADD CONSTRAINT "Dialogue_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "DialogueSeries"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dialogue" ADD CONSTRAINT "Dialogue_venueCountryId_fkey" FOREIGN KEY ("venueCountryId") REFERENCES "Country"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dialogue" ADD CONSTRAINT "Dialogue_announcedById_fkey" FOREIGN KEY ("announcedById") REFERENCES "Dialogue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueTopic" ADD CONSTRAINT "DialogueTopic_dialogueId_fkey" FOREIGN KEY ("dialogueId") REFERENCES "Dialogue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueTopic" ADD CONSTRAINT "DialogueTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_dialogueId_fkey" FOREIGN KEY ("dialogueId") REFERENCES "Dialogue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Topic" ADD CONSTRAINT "Topic_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Topic"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_dialogueId_fkey" FOREIGN KEY ("dialogueId") REFERENCES "Dialogue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSignatory" ADD CONSTRAINT "AgreementSignatory_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSignatory" ADD CONSTRAINT "AgreementSignatory_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSignatory" ADD CONSTRAINT "AgreementSignatory_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSignatory" ADD CONSTRAINT "AgreementSignatory_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementTopic" ADD CONSTRAINT "AgreementTopic_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementTopic" ADD CONSTRAINT "AgreementTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementStatusChange" ADD CONSTRAINT "AgreementStatusChange_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementStatusChange" ADD CONSTRAINT "AgreementStatusChange_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_dialogueId_fkey" FOREIGN KEY ("dialogueId") REFERENCES "Dialogue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeTopic" ADD CONSTRAINT "OutcomeTopic_outcomeId_fkey" FOREIGN KEY ("outcomeId") REFERENCES "Outcome"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeTopic" ADD CONSTRAINT "OutcomeTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeAgreement" ADD CONSTRAINT "OutcomeAgreement_outcomeId_fkey" FOREIGN KEY ("outcomeId") REFERENCES "Outcome"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeAgreement" ADD CONSTRAINT "OutcomeAgreement_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeParticipant" ADD CONSTRAINT "OutcomeParticipant_outcomeId_fkey" FOREIGN KEY ("outcomeId") REFERENCES "Outcome"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeParticipant" ADD CONSTRAINT "OutcomeParticipant_participationId_fkey" FOREIGN KEY ("participationId") REFERENCES "Participation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

