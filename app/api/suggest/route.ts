import { currentUser } from "@/lib/auth/session";
import { suggest, SUGGEST_KINDS, type SuggestKind } from "@/lib/records/suggest";

export const dynamic = "force-dynamic";

/** Suggestions for pick-or-create fields: GET /api/suggest?kind=organisation&q=fle */
export async function GET(request: Request) {
  if (!(await currentUser())) return Response.json({ error: "Sign in first" }, { status: 401 });
  const url = new URL(request.url);
  const kind = url.searchParams.get("kind") as SuggestKind;
  if (!SUGGEST_KINDS.includes(kind)) return Response.json({ error: "Unknown kind" }, { status: 400 });
  const suggestions = await suggest(kind, url.searchParams.get("q") ?? "");
  return Response.json({ suggestions }, { headers: { "Cache-Control": "private, no-store" } });
}
