import { serveOne } from "@/lib/api/handler";

export const dynamic = "force-dynamic";

/** GET /api/v1/dialogues/1: one record. */
export async function GET(request: Request, { params }: { params: Promise<{ resource: string; id: string }> }) {
  const { resource, id } = await params;
  return serveOne(request, resource, id);
}
