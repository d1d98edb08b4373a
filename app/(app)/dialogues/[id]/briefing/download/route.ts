import { currentUser } from "@/lib/auth/session";
import { parseId } from "@/lib/params";
import { loadBriefing } from "@/lib/agenda/briefing-data";
import { briefingMarkdown } from "@/lib/agenda/briefing";
import { publicOrigin } from "@/lib/timeline/export";

export const dynamic = "force-dynamic";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** GET /dialogues/12/briefing/download?theme=fentanyl: the briefing for a round as Markdown. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!(await currentUser())) return text("Sign in first.\n", 401);
  const id = parseId((await params).id);
  const theme = new URL(request.url).searchParams.get("theme");
  const briefing = id ? await loadBriefing(id, theme || null) : null;
  if (!briefing) return text("No such meeting.\n", 404);
  return new Response(briefingMarkdown(briefing, publicOrigin(request)), {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": `attachment; filename="briefing-${briefing.meeting.id}.md"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
