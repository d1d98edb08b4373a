import type { TimelineEvent } from "./event";

/** Events shown per page; the exports have them all. */
const PER_PAGE = 200;

/** One page of events, read from the start of the stream (the stream is closed once the page is full). */
export async function pageOf(events: AsyncGenerator<TimelineEvent>, page: number) {
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
