// Times the queries behind the benchmarked pages, in-process, against DATABASE_URL. Prints JSON.
// Run by scripts/bench.ts; not meant to be run by hand.
import { browseAgreements } from "../lib/agreements/browse";
import { agreementBrowse } from "../lib/agreements/browse-spec";
import { parseState } from "../lib/browse/state";
import { searchRecords } from "../lib/search/queries";
import { getTopic, topicAndSubthemeIds } from "../lib/topics/queries";
import { relatedThemes, topicFeed, topicTotals } from "../lib/topics/feed";
import { closeDb } from "../lib/db";
import { BENCH_CASES, caseParams, measure } from "./bench-cases";
import { browseDialogues } from "../lib/dialogues/browse";
import { dialogueBrowse } from "../lib/dialogues/browse-spec";
import { countryOverview, findCountries } from "../lib/countries/overview";
import { alertRegister } from "../lib/alerts/queries";
import { listOpenCommitments } from "../lib/outcomes/queries";
import { parsePage } from "../lib/pagination";
import { db } from "../lib/db";
import { parseTimelineQuery } from "../lib/timeline/query";
import { timelineSource } from "../lib/timeline/source";
import { pageOf } from "../lib/timeline/page-of";
import { layoutTimeline } from "../lib/charts/timeline-layout";
import { heatmapOf } from "../lib/charts/heatmap-query";

async function main() {
  const [busiest] = await db.$queryRaw<{ seriesId: number }[]>`
    SELECT "seriesId" FROM "Dialogue" WHERE "deletedAt" IS NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`;
  const series = busiest!.seriesId;
  const runs: Record<string, () => Promise<unknown>> = {
    agreements: () => browseAgreements(parseState(agreementBrowse, caseParams(BENCH_CASES.agreements))),
    search: () => searchRecords("fentanyl"),
    topic: async () => {
      const topic = (await getTopic("narcotics-trafficking"))!;
      const ids = await topicAndSubthemeIds(topic.slug);
      return Promise.all([topicFeed(ids, 1), topicTotals(ids), relatedThemes(topic.id, ids, topic.parentId)]);
    },
    dialogues: () => browseDialogues(parseState(dialogueBrowse, caseParams(BENCH_CASES.dialogues))),
    pair: async () => {
      await findCountries(["IN", "US"]);
      return countryOverview(["IN", "US"]);
    },
    alerts: () => alertRegister({}),
    commitments: () => listOpenCommitments({ compliance: "unassessed" }, parsePage(undefined)),
    seriesTimeline: async () => {
      const source = await timelineSource(parseTimelineQuery({ series: String(series) }));
      return layoutTimeline((await pageOf(source.branches, 1)).shown, "series");
    },
    heatmap: () => heatmapOf({ seriesId: series }, new Set()),
  };
  const result: Record<string, number[]> = {};
  for (const [name, run] of Object.entries(runs)) result[name] = await measure(run);
  console.log(JSON.stringify({ series, times: result }));
}

main().finally(closeDb);
