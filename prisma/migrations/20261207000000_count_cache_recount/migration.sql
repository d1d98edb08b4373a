-- Who is recounting a kept count, since when: one instance recounts after a write while the others
-- keep serving the previous counts (a claim older than a minute is taken to have died).
ALTER TABLE "CountCache" ADD COLUMN "recountingSince" TIMESTAMP(3);
-- How long the last count took: a recount known to be slow is not waited for.
ALTER TABLE "CountCache" ADD COLUMN "recountMs" INTEGER;
