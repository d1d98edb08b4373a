import { serveAtomFeed } from "@/lib/feeds/atom";

export const dynamic = "force-dynamic";

/** GET /feeds/inbox?token=…[&watch=5|&view=3]: what the owner watches, as an Atom feed (lib/feeds/atom.ts). */
export function GET(request: Request) {
  return serveAtomFeed(request);
}
