-- Search finds sources by their publisher too: the index is built on the expression the search query uses.
DROP INDEX IF EXISTS "Source_search_idx";
CREATE INDEX "Source_search_idx" ON "Source" USING GIN (to_tsvector('english', coalesce("title", '') || ' ' || coalesce("publisher", '') || ' ' || coalesce("body", '')));
