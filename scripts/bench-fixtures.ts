// The records the benchmark's cases name (bench-cases.ts): the series with the most rounds, the
// seeded meeting, and one meeting it adds, as full as a busy round gets: 20 participants, 30
// outcomes (half of them commitments) and 40 citations from four sources, 10 on the meeting and 30
// on its outcomes; and the read API's token for the benchmark user. Prints the ids as JSON. Run by scripts/bench.ts; not meant to be run by hand.
import { closeDb, db } from "../lib/db";
import { hashToken } from "../lib/tokens/tokens";
import { BENCH_API_TOKEN, type BenchIds } from "./bench-cases";

async function fullMeeting(): Promise<number> {
  const [meeting] = await db.$queryRaw<{ id: number }[]>`
    INSERT INTO "Dialogue" ("seriesId", "title", "roundNumber", "level", "startDate", "startPrecision", "venueCity", "venueCountryId", "status", "summary", "updatedAt")
    SELECT "seriesId", 'Benchmark round with a full record', 99, "level", DATE '2024-02-28', 'DAY', "venueCity", "venueCountryId", 'HELD',
           'A round with twenty participants, thirty outcomes and forty citations.', now()
    FROM "Dialogue" WHERE "deletedAt" IS NULL ORDER BY id LIMIT 1
    RETURNING id`;
  const id = meeting!.id;
  await db.$executeRaw`
    INSERT INTO "Participation" ("dialogueId", "personId", "organisationId", "countryId", "role", "statedTitle", "updatedAt")
    SELECT ${id}, p.id, pos."organisationId", o."countryId",
           (CASE WHEN n <= 2 THEN 'CO_CHAIR' WHEN n <= 4 THEN 'HEAD_OF_DELEGATION' ELSE 'MEMBER' END)::"ParticipationRole", pos.title, now()
    FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Person" WHERE "deletedAt" IS NULL ORDER BY id LIMIT 20) p
    LEFT JOIN LATERAL (SELECT "organisationId", title FROM "Position" WHERE "personId" = p.id LIMIT 1) pos ON true
    LEFT JOIN "Organisation" o ON o.id = pos."organisationId"`;
  await db.$executeRaw`
    INSERT INTO "Outcome" ("dialogueId", "kind", "text", "followUpStatus", "dueDate", "duePrecision", "strength", "updatedAt")
    SELECT ${id}, (CASE WHEN n % 2 = 0 THEN 'COMMITMENT' WHEN n % 3 = 0 THEN 'NEXT_STEP' ELSE 'DECISION' END)::"OutcomeKind",
           'The sides agreed on point ' || n || ' of the joint work plan, covering information sharing and training.',
           (CASE WHEN n % 2 = 0 THEN 'OPEN' END)::"FollowUpStatus", (CASE WHEN n % 2 = 0 THEN DATE '2025-06-30' END),
           (CASE WHEN n % 2 = 0 THEN 'MONTH' END)::"DatePrecision", (CASE WHEN n % 2 = 0 THEN 'COMMITTED' END)::"CommitmentStrength", now()
    FROM generate_series(1, 30) n`;
  const sources = await db.$queryRaw<{ id: number }[]>`
    INSERT INTO "Source" ("title", "publisher", "kind", "reliability", "body", "updatedAt")
    SELECT 'Readout ' || n || ' of the benchmark round', 'Ministry', 'OFFICIAL_READOUT', 'B',
           repeat('The two sides reviewed their cooperation and agreed on next steps. ', 40), now()
    FROM generate_series(1, 4) n RETURNING id`;
  const ids = sources.map((s) => s.id);
  await db.$executeRaw`
    INSERT INTO "Citation" ("sourceId", "recordType", "recordId", "quote", "credibility", "updatedAt")
    SELECT (${ids}::int[])[1 + n % 4], 'DIALOGUE', ${id}, 'The two sides reviewed their cooperation.', 2, now()
    FROM generate_series(1, 10) n`;
  await db.$executeRaw`
    INSERT INTO "Citation" ("sourceId", "recordType", "recordId", "quote", "credibility", "updatedAt")
    SELECT (${ids}::int[])[1 + o.n % 4], 'OUTCOME', o.id, 'agreed on next steps', 2, now()
    FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Outcome" WHERE "dialogueId" = ${id}) o`;
  return id;
}

async function main() {
  const [busiest] = await db.$queryRaw<{ seriesId: number }[]>`
    SELECT "seriesId" FROM "Dialogue" WHERE "deletedAt" IS NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`;
  // The seed runs before the synthetic generator: its founding meeting has the lowest id.
  const seeded = await db.dialogue.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true } });
  const ids: BenchIds = { series: busiest!.seriesId, meeting: seeded.id, fullMeeting: await fullMeeting() };
  const owner = await db.user.findUniqueOrThrow({ where: { email: process.env.PARLEY_ADMIN_EMAIL! } });
  await db.accessToken.create({
    data: {
      userId: owner.id,
      kind: "API",
      name: "benchmark",
      tokenHash: hashToken(BENCH_API_TOKEN),
      prefix: BENCH_API_TOKEN.slice(0, 15),
    },
  });
  // The inbox (issue 15): the busiest series, the India-US pair and a theme, last read 30 days ago,
  // so every synthetic record in their scope is news.
  const [india, us] = await Promise.all(
    ["IN", "US"].map((code) => db.country.findUniqueOrThrow({ where: { code }, select: { id: true } })),
  );
  const theme = await db.topic.findFirstOrThrow({ where: { slug: "narcotics-trafficking" }, select: { id: true } });
  const seenAt = new Date(Date.now() - 30 * 86_400_000);
  await db.watch.createMany({
    data: [
      { userId: owner.id, kind: "SERIES", targetId: ids.series, seenAt },
      {
        userId: owner.id,
        kind: "COUNTRY_PAIR",
        targetId: Math.min(india!.id, us!.id),
        otherId: Math.max(india!.id, us!.id),
        seenAt,
      },
      { userId: owner.id, kind: "TOPIC", targetId: theme.id, seenAt },
    ],
  });
  console.log(JSON.stringify(ids));
}

main().finally(closeDb);
