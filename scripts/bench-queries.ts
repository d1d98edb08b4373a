// Times the queries behind the benchmarked pages, in-process, against DATABASE_URL: what each page
// reads, without the layout and session (the floor page has no queries of its own). Prints JSON.
// Run by scripts/bench.ts with BENCH_IDS (bench-fixtures.ts's output); not meant to be run by hand.
import { browseAgreements } from "../lib/agreements/browse";
import { agreementBrowse } from "../lib/agreements/browse-spec";
import { parseState } from "../lib/browse/state";
import { searchRecords } from "../lib/search/queries";
import { getTopic, topicAndSubthemeIds } from "../lib/topics/queries";
import { relatedThemes, topicFeed, topicTotals } from "../lib/topics/feed";
import { closeDb } from "../lib/db";
import { AFTER_WRITE_CASES, BENCH_CASES, caseParams, measure, type BenchIds } from "./bench-cases";
import { getDialogue, recentDialogues, upcomingDialogues } from "../lib/dialogues/queries";
import { openCommitments } from "../lib/outcomes/queries";
import { complianceByParty } from "../lib/compliance/queries";
import { agendaOf } from "../lib/agenda/queries";
import { carryOver } from "../lib/rounds/carry-over";
import { getSeries } from "../lib/series/queries";
import { seriesStrengthByTheme } from "../lib/outcomes/strength-query";
import { browseOutcomes } from "../lib/outcomes/browse";
import { outcomeBrowse } from "../lib/outcomes/browse-spec";

/** What a meeting's page reads (app/(app)/dialogues/[id]/page.tsx). */
async function meetingPage(id: number) {
  const d = (await getDialogue(id))!;
  const upcoming = d.status === "PLANNED" || d.status === "POSTPONED";
  return Promise.all([
    upcoming ? carryOver(d) : null,
    complianceByParty({ dialogueId: d.id }),
    d.status === "CANCELLED" ? null : agendaOf(d),
  ]);
}
import { browseDialogues } from "../lib/dialogues/browse";
import { dialogueBrowse } from "../lib/dialogues/browse-spec";
import { countryOverview, findCountries } from "../lib/countries/overview";
import { alertRegister } from "../lib/alerts/queries";
import { listOpenCommitments } from "../lib/outcomes/queries";
import { parsePage } from "../lib/pagination";
import { parseTimelineQuery } from "../lib/timeline/query";
import { timelineSource } from "../lib/timeline/source";
import { pageOf } from "../lib/timeline/page-of";
import { layoutTimeline } from "../lib/charts/timeline-layout";
import { heatmapOf } from "../lib/charts/heatmap-query";
import { RESOURCES } from "../lib/api/resources";
import { inboxOf } from "../lib/watches/queries";
import { db } from "../lib/db";

async function main() {
  const { series, meeting, fullMeeting } = JSON.parse(process.env.BENCH_IDS!) as BenchIds;
  const runs: Record<keyof typeof BENCH_CASES | keyof typeof AFTER_WRITE_CASES, () => Promise<unknown>> = {
    floor: async () => undefined,
    agreements: () => browseAgreements(parseState(agreementBrowse, caseParams(BENCH_CASES.agreements))),
    search: () => searchRecords("fentanyl"),
    searchTwoWords: () => searchRecords("fentanyl extradition"),
    searchPhrase: () => searchRecords('"joint working group"'),
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
    series: async () => {
      await getSeries(series);
      return Promise.all([
        heatmapOf({ seriesId: series }, new Set()),
        seriesStrengthByTheme(series),
        complianceByParty({ seriesId: series }),
      ]);
    },
    meeting: () => meetingPage(meeting),
    fullMeeting: () => meetingPage(fullMeeting),
    home: () => Promise.all([recentDialogues(), upcomingDialogues(), openCommitments()]),
    api: () =>
      RESOURCES.agreements!.list({
        filters: RESOURCES.agreements!.filters.parse({ status: "SIGNED", party: "IN" }),
        after: 0,
        take: 51,
        origin: "http://127.0.0.1",
      }),
    inbox: async () => {
      const owner = await db.user.findUniqueOrThrow({ where: { email: process.env.PARLEY_ADMIN_EMAIL! } });
      return inboxOf(owner.id);
    },
    // With the counts kept: what the page reads when no write has come between.
    agreementsAfterWrite: () => browseAgreements(parseState(agreementBrowse, {})),
    outcomesAfterWrite: () => browseOutcomes(parseState(outcomeBrowse, {})),
  };
  const result: Record<string, number[]> = {};
  for (const [name, run] of Object.entries(runs)) result[name] = await measure(run);
  console.log(JSON.stringify(result));
}

main().finally(closeDb);
