-- AlterTable
ALTER TABLE "Outcome" ADD COLUMN     "complianceScore" INTEGER;

-- CreateIndex
CREATE INDEX "Outcome_complianceScore_id_idx" ON "Outcome"("complianceScore", "id");

-- A commitment's standing in the register: the weakest party's current score (each party's
-- latest assessment by date, the later-recorded on one date), or null when none is assessed.
-- Kept here rather than in the app, so every write (a form, the trash, a restore) keeps it true.
CREATE FUNCTION "parley_outcome_compliance_score"(target integer) RETURNS void LANGUAGE sql AS $$
  UPDATE "Outcome" SET "complianceScore" = (
    SELECT MIN(current.score) FROM (
      SELECT DISTINCT ON (a."countryId") a.score
      FROM "ComplianceAssessment" a
      WHERE a."outcomeId" = target AND a."deletedAt" IS NULL
      ORDER BY a."countryId", a."assessedDate" DESC, a.id DESC
    ) current
  )
  WHERE id = target;
$$;

CREATE FUNCTION "parley_assessment_moves_score"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM "parley_outcome_compliance_score"(OLD."outcomeId"); END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW."outcomeId" <> OLD."outcomeId") THEN
    PERFORM "parley_outcome_compliance_score"(NEW."outcomeId");
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ComplianceAssessment_moves_outcome_score"
  AFTER INSERT OR UPDATE OR DELETE ON "ComplianceAssessment"
  FOR EACH ROW EXECUTE FUNCTION "parley_assessment_moves_score"();

-- The assessments recorded before this migration.
SELECT "parley_outcome_compliance_score"(id) FROM "Outcome"
WHERE id IN (SELECT DISTINCT "outcomeId" FROM "ComplianceAssessment");
