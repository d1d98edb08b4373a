-- CreateEnum
CREATE TYPE "CommitmentStrength" AS ENUM ('DISCUSSED', 'REAFFIRMED', 'AGREED', 'COMMITTED', 'BINDING');

-- CreateEnum
CREATE TYPE "AgendaItemStatus" AS ENUM ('DISCUSSED', 'AGREED', 'DEFERRED', 'DROPPED');

-- AlterEnum
ALTER TYPE "RecordType" ADD VALUE 'AGENDA_ITEM';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "LinkRelation" ADD VALUE 'RENEWS';
ALTER TYPE "LinkRelation" ADD VALUE 'EXTENDS';

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "autoRenews" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "noticeDays" INTEGER,
ADD COLUMN     "renewalMonths" INTEGER,
ADD COLUMN     "termMonths" INTEGER;

-- AlterTable
ALTER TABLE "Outcome" ADD COLUMN     "strength" "CommitmentStrength";

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" SERIAL NOT NULL,
    "dialogueId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "note" TEXT,
    "outcomeId" INTEGER,
    "agreementId" INTEGER,
    "topicId" INTEGER,
    "carriedFromId" INTEGER,
    "status" "AgendaItemStatus",
    "settledById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AgendaItem_dialogueId_position_idx" ON "AgendaItem"("dialogueId", "position");

-- CreateIndex
CREATE INDEX "AgendaItem_carriedFromId_idx" ON "AgendaItem"("carriedFromId");

-- CreateIndex
CREATE INDEX "AgendaItem_outcomeId_idx" ON "AgendaItem"("outcomeId");

-- CreateIndex
CREATE INDEX "AgendaItem_agreementId_idx" ON "AgendaItem"("agreementId");

-- CreateIndex
CREATE INDEX "AgendaItem_topicId_idx" ON "AgendaItem"("topicId");

-- CreateIndex
CREATE INDEX "AgendaItem_settledById_idx" ON "AgendaItem"("settledById");

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_dialogueId_fkey" FOREIGN KEY ("dialogueId") REFERENCES "Dialogue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_outcomeId_fkey" FOREIGN KEY ("outcomeId") REFERENCES "Outcome"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_carriedFromId_fkey" FOREIGN KEY ("carriedFromId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_settledById_fkey" FOREIGN KEY ("settledById") REFERENCES "Outcome"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Terms are whole months and days, never zero or negative.
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_terms_positive" CHECK (
  ("termMonths" IS NULL OR "termMonths" > 0)
  AND ("renewalMonths" IS NULL OR "renewalMonths" > 0)
  AND ("noticeDays" IS NULL OR "noticeDays" >= 0)
);

-- An unfinished item is taken up by one later item, and a record is on one agenda once, even when
-- two analysts save at the same moment.
CREATE UNIQUE INDEX "AgendaItem_carriedFromId_live_key" ON "AgendaItem"("carriedFromId") WHERE "deletedAt" IS NULL;
CREATE UNIQUE INDEX "AgendaItem_outcome_live_key" ON "AgendaItem"("dialogueId", "outcomeId") WHERE "deletedAt" IS NULL;
CREATE UNIQUE INDEX "AgendaItem_agreement_live_key" ON "AgendaItem"("dialogueId", "agreementId") WHERE "deletedAt" IS NULL;
CREATE UNIQUE INDEX "AgendaItem_topic_live_key" ON "AgendaItem"("dialogueId", "topicId") WHERE "deletedAt" IS NULL;
