import { checkDatabase } from "@/lib/health";

export const dynamic = "force-dynamic";

/** For load balancers and the test runner: 200 once the database answers, 503 otherwise. */
export async function GET() {
  const ok = await checkDatabase();
  return Response.json(
    { status: ok ? "ok" : "unavailable" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
