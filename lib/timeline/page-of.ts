import type { TimelineEvent } from "./event";
import { BATCH, timelineEvents } from "./events";
import type { Branches } from "./source";

/** Events shown per page; the exports have them all. */
export const PER_PAGE = 100;

/**
 * One page of a timeline's events, read from the start of the stream (closed once the page is
 * full). No kind of event needs more rows than the page's end and one more (to know there are
 * more), so each is read in batches of that size at most.
 */
export async function pageOf(branches: Branches, page: number) {
  const events = timelineEvents(branches, "", Math.min(BATCH, page * PER_PAGE + 1));
  const skip = (page - 1) * PER_PAGE;
  const shown: TimelineEvent[] = [];
  let index = 0;
  let more = false;
  for await (const e of events) {
    if (index++ < skip) continue;
    if (shown.length === PER_PAGE) {
      more = true;
      break;
    }
    shown.push(e);
  }
  await events.return(undefined);
  return { shown, more };
}
