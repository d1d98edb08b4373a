-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CountCache" (
    "key" TEXT NOT NULL,
    "version" BIGINT NOT NULL,
    "value" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CountCache_pkey" PRIMARY KEY ("key")
);


-- The one row.
INSERT INTO "DataVersion" ("id", "version") VALUES (1, 0);

-- Every write in Parley records an audit event in its own transaction. At that transaction's
-- commit (a deferred trigger), the data version moves on, once per transaction: so versions are
-- handed out in commit order, which audit ids (taken when each write starts) are not, and a
-- count kept against a version is never mistaken for the current one.
CREATE FUNCTION "parley_bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('parley.data_version_bumped', true), '') <> 'on' THEN
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
    PERFORM set_config('parley.data_version_bumped', 'on', true);
  END IF;
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "AuditEvent_bumps_data_version" AFTER INSERT ON "AuditEvent"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "parley_bump_data_version"();
