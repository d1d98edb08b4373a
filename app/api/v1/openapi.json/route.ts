import { openApiDocument } from "@/lib/api/openapi";
import { publicOrigin } from "@/lib/timeline/export";

export const dynamic = "force-dynamic";

/** GET /api/v1/openapi.json: what the read API serves, as OpenAPI 3.1 (public: it holds no data). */
export function GET(request: Request) {
  return Response.json(openApiDocument(publicOrigin(request)), {
    headers: { "Cache-Control": "public, max-age=300", "X-Content-Type-Options": "nosniff" },
  });
}
