import { currentUser } from "@/lib/auth/session";
import { exportTimeline, publicOrigin } from "@/lib/timeline/export";
import { FORMATS, isFormatName } from "@/lib/timeline/formats";
import { parseTimelineQuery } from "@/lib/timeline/query";

export const dynamic = "force-dynamic";

/** GET /timeline/export?format=ics&series=1&topic=narcotics-trafficking: a timeline as a streamed download. */
export async function GET(request: Request) {
  if (!(await currentUser()))
    return new Response("Sign in first.\n", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const url = new URL(request.url);
  const name = url.searchParams.get("format") ?? "";
  if (!isFormatName(name)) {
    return new Response(`Unknown format. Use one of: ${Object.keys(FORMATS).join(", ")}.\n`, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const raw: Record<string, string[]> = {};
  for (const key of new Set(url.searchParams.keys())) raw[key] = url.searchParams.getAll(key);
  const format = FORMATS[name];
  const { filename, body } = await exportTimeline(parseTimelineQuery(raw), format, publicOrigin(request));
  return new Response(body, {
    headers: {
      "Content-Type": format.contentType,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
