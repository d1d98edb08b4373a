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

async function main() {
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
  };
  const result: Record<string, number[]> = {};
  for (const [name, run] of Object.entries(runs)) result[name] = await measure(run);
  console.log(JSON.stringify(result));
}

main().finally(closeDb);
