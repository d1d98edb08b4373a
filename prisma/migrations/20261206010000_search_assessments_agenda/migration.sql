-- Full-text search over compliance assessments' notes and agenda items (lib/search/queries.ts uses
-- the same expressions).
CREATE INDEX "ComplianceAssessment_search_idx" ON "ComplianceAssessment" USING GIN (to_tsvector('english', coalesce("note", '')));
CREATE INDEX "AgendaItem_search_idx" ON "AgendaItem" USING GIN (to_tsvector('english', coalesce("title", '') || ' ' || coalesce("note", '')));
