-- DropIndex
DROP INDEX "Dialogue_startDate_idx";

-- CreateIndex
CREATE INDEX "Dialogue_startDate_id_idx" ON "Dialogue"("startDate", "id");

-- CreateIndex
CREATE INDEX "AgreementStatusChange_date_id_idx" ON "AgreementStatusChange"("date", "id");

-- CreateIndex
CREATE INDEX "Outcome_dueDate_id_idx" ON "Outcome"("dueDate", "id");

