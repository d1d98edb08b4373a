import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";

// The benchmark's floor (issue 16): a page with nothing of its own, under the same layout and
// session as every other, so `npm run bench` can tell the framework's share of a page's time from
// Parley's. It exists only when the benchmark serves the app (PARLEY_BENCH=1).
export default async function BenchFloorPage() {
  await requireUser();
  if (process.env.PARLEY_BENCH !== "1") notFound();
  return <h1>Floor</h1>;
}
