import "server-only";
import { env } from "@/lib/env";
import { today } from "@/lib/dates";
import { slugify } from "@/lib/records/resolve";
import { timelineEvents } from "./events";
import { timelineSource } from "./source";
import { timelineQueryString, type TimelineQuery } from "./query";
import { formatText, type ExportMeta, type Format } from "./formats/format";
import type { TimelineEvent } from "./event";

// Streams a timeline in one format: the body is produced as the client reads it (backpressure:
// the next batch of events is read from the database only when the last has been sent), in
// chunks of about 64 kB, so the first bytes go out at once and memory stays flat.

const CHUNK = 64 * 1024;

/** The origin links point at: the configured public URL, else the request's (in an action, its Host's). */
export function publicOrigin(request: Request | Headers): string {
  if (env().NEXTAUTH_URL) return new URL(env().NEXTAUTH_URL!).origin;
  return request instanceof Headers ? `http://${request.get("host") ?? "localhost"}` : new URL(request.url).origin;
}

/** "parley-india-us-homeland-security-dialogue-narcotics-trafficking-2026-11-25.ics" */
export function exportFilename(title: string, extension: string, date: Date = today()): string {
  return `parley-${slugify(title, "timeline")}-${date.toISOString().slice(0, 10)}.${extension}`;
}

/** Any sequence of events written in a format, as a byte stream. */
export function formatStream(
  format: Format,
  meta: ExportMeta,
  events: AsyncGenerator<TimelineEvent>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const pieces = formatText(format, meta, events);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let text = "";
      while (text.length < CHUNK) {
        const next = await pieces.next();
        if (next.done) {
          controller.enqueue(encoder.encode(text));
          controller.close();
          return;
        }
        text += next.value;
      }
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await pieces.return(undefined);
      await events.return(undefined);
    },
  });
}

/** The whole export of a timeline query: its filename and its streamed body. */
export async function exportTimeline(query: TimelineQuery, format: Format, origin: string) {
  const source = await timelineSource(query);
  const meta: ExportMeta = {
    title: source.title,
    url: `${origin}/timeline${timelineQueryString(query)}`,
    generatedAt: new Date(),
  };
  return {
    filename: exportFilename(source.title, format.extension),
    body: formatStream(format, meta, timelineEvents(source.branches, origin)),
  };
}
