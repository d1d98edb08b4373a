import { currentUser } from "@/lib/auth/session";
import { parseId } from "@/lib/params";
import { openView } from "@/lib/watches/queries";
import { viewHref } from "@/lib/watches/views";

export const dynamic = "force-dynamic";

const text = (body: string, status: number) =>
  new Response(`${body}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** GET /views/3: opens one of the user's saved views, noting the look ("new since you last looked" counts from it). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return text("Sign in first.", 401);
  const id = parseId((await params).id);
  const view = id ? await openView(user.id, id) : null;
  if (!view) return text("You have no saved view with this number.", 404);
  // A relative address: the browser stays on the host it asked (the request's own may be the server's inner one).
  return new Response(null, { status: 303, headers: { Location: viewHref(view.page, view.query) } });
}
