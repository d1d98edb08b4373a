import { serveList } from "@/lib/api/handler";

export const dynamic = "force-dynamic";

/** GET /api/v1/dialogues?series=1&status=HELD&limit=50&cursor=…: one page of a list (lib/api/resources). */
export async function GET(request: Request, { params }: { params: Promise<{ resource: string }> }) {
  return serveList(request, (await params).resource);
}
