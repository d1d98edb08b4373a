-- Full-text search: GIN indexes on the same expressions lib/search/full-text.ts queries with.
-- (Expression indexes are not in schema.prisma; Prisma does not treat them as drift.)
CREATE INDEX "Dialogue_search_idx" ON "Dialogue" USING GIN (to_tsvector('english', coalesce("title", '') || ' ' || coalesce("summary", '')));
CREATE INDEX "Agreement_search_idx" ON "Agreement" USING GIN (to_tsvector('english', coalesce("title", '') || ' ' || coalesce("summary", '')));
CREATE INDEX "Outcome_search_idx" ON "Outcome" USING GIN (to_tsvector('english', "text"));
CREATE INDEX "Source_search_idx" ON "Source" USING GIN (to_tsvector('english', coalesce("title", '') || ' ' || coalesce("body", '')));
CREATE INDEX "Citation_search_idx" ON "Citation" USING GIN (to_tsvector('english', coalesce("quote", '')));
