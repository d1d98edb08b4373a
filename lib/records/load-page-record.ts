import "server-only";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import type { Role } from "@/lib/domain";
import { parseId } from "@/lib/params";

/**
 * For record pages: checks the signed-in user's role (viewer by default), reads the id from the
 * route, loads the record, and answers 404 for a bad id or a missing or deleted record.
 */
export async function loadPageRecord<T>(
  params: Promise<{ id: string }>,
  load: (id: number) => Promise<T | null>,
  role: Role = "VIEWER",
): Promise<T> {
  await requireRole(role);
  const id = parseId((await params).id);
  const record = id ? await load(id) : null;
  if (!record) notFound();
  return record;
}
