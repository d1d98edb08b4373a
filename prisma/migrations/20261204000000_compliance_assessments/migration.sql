-- Compliance with commitments, per party, on the G7/G20 Research Group's scale (issue 13).
-- CreateEnum
CREATE TYPE "AssessmentPhase" AS ENUM ('INTERIM', 'FINAL');

-- AlterEnum
ALTER TYPE "RecordType" ADD VALUE 'COMPLIANCE_ASSESSMENT';

-- CreateTable
CREATE TABLE "ComplianceAssessment" (
    "id" SERIAL NOT NULL,
    "outcomeId" INTEGER NOT NULL,
    "countryId" INTEGER NOT NULL,
    "score" INTEGER NOT NULL,
    "phase" "AssessmentPhase" NOT NULL,
    "assessedDate" DATE NOT NULL,
    "assessedPrecision" "DatePrecision" NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "ComplianceAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ComplianceAssessment_outcomeId_countryId_assessedDate_id_idx" ON "ComplianceAssessment"("outcomeId", "countryId", "assessedDate" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "ComplianceAssessment_countryId_idx" ON "ComplianceAssessment"("countryId");

-- AddForeignKey
ALTER TABLE "ComplianceAssessment" ADD CONSTRAINT "ComplianceAssessment_outcomeId_fkey" FOREIGN KEY ("outcomeId") REFERENCES "Outcome"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplianceAssessment" ADD CONSTRAINT "ComplianceAssessment_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;



-- The scale has three points; nothing else is a score.
ALTER TABLE "ComplianceAssessment" ADD CONSTRAINT "ComplianceAssessment_score_check" CHECK ("score" IN (-1, 0, 1));
