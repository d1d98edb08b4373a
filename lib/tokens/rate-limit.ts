import "server-only";
import { db } from "@/lib/db";

// A fixed-window request counter per key, kept in the database (one upsert per request) so that
// every app instance counts against the same limit.

export type RateLimit = { limit: number; windowSeconds: number };
export type RateDecision = { allowed: boolean; remaining: number; retryAfterSeconds: number };

export async function consumeRate(key: string, { limit, windowSeconds }: RateLimit): Promise<RateDecision> {
  const [row] = await db.$queryRaw<[{ count: number; resetsIn: number }]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, now(), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= now() - make_interval(secs => ${windowSeconds}::float8) THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= now() - make_interval(secs => ${windowSeconds}::float8) THEN now() ELSE "RateLimit"."windowStart" END
    RETURNING "count", ceil(extract(epoch FROM "windowStart" + make_interval(secs => ${windowSeconds}::float8) - now()))::int AS "resetsIn"`;
  return {
    allowed: row.count <= limit,
    remaining: Math.max(0, limit - row.count),
    retryAfterSeconds: Math.max(1, row.resetsIn),
  };
}
