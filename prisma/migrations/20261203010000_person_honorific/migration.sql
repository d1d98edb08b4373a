-- A person's rank or honorific ("Ambassador"), kept apart from the name.
ALTER TABLE "Person" ADD COLUMN "honorific" TEXT;
