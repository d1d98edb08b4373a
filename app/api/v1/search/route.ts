import { serveSearch } from "@/lib/api/handler";

export const dynamic = "force-dynamic";

/** GET /api/v1/search?q=fentanyl: full-text search for programs (lib/api/search.ts). */
export function GET(request: Request) {
  return serveSearch(request);
}
