-- Full-text search reads a stored tsvector per searched record instead of an index on an
-- expression: a phrase ("joint working group") is matched by the index only word by word, so every
-- candidate row is rechecked, and ranked, against its vector — recomputed from the text on every
-- search while it was an expression (200 ms for the sources of the 100,000-agreement benchmark).
-- The columns are generated: every write keeps them, and nothing in the app writes them.
DROP INDEX "Dialogue_search_idx";
DROP INDEX "Agreement_search_idx";
DROP INDEX "Outcome_search_idx";
DROP INDEX "Source_search_idx";
DROP INDEX "Citation_search_idx";
DROP INDEX "ComplianceAssessment_search_idx";
DROP INDEX "AgendaItem_search_idx";

ALTER TABLE "Dialogue" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('english', coalesce("title", '') || ' ' || coalesce("summary", ''))) STORED;
ALTER TABLE "Agreement" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('english', coalesce("title", '') || ' ' || coalesce("summary", ''))) STORED;
ALTER TABLE "Outcome" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('english', "text")) STORED;
ALTER TABLE "Source" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('english', coalesce("title", '') || ' ' || coalesce("publisher", '') || ' ' || coalesce("body", ''))) STORED;
ALTER TABLE "Citation" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('english', coalesce("quote", ''))) STORED;
ALTER TABLE "ComplianceAssessment" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('english', coalesce("note", ''))) STORED;
ALTER TABLE "AgendaItem" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('english', coalesce("title", '') || ' ' || coalesce("note", ''))) STORED;

CREATE INDEX "Dialogue_search_idx" ON "Dialogue" USING GIN ("searchVector");
CREATE INDEX "Agreement_search_idx" ON "Agreement" USING GIN ("searchVector");
CREATE INDEX "Outcome_search_idx" ON "Outcome" USING GIN ("searchVector");
CREATE INDEX "Source_search_idx" ON "Source" USING GIN ("searchVector");
CREATE INDEX "Citation_search_idx" ON "Citation" USING GIN ("searchVector");
CREATE INDEX "ComplianceAssessment_search_idx" ON "ComplianceAssessment" USING GIN ("searchVector");
CREATE INDEX "AgendaItem_search_idx" ON "AgendaItem" USING GIN ("searchVector");
