import "server-only";
import type { Tx } from "@/lib/prisma-client";
import { sourceSchema } from "@/lib/sources/schema";
import { createSource } from "@/lib/sources/mutations";
import { dateText, fieldErrors, refuse, type Context, type Outcome } from "../row";

/** A source row: a new source, unless one with the same address (or title) is recorded. */
export async function importSource(tx: Tx, f: Record<string, string>, ctx: Context): Promise<Outcome> {
  const parsed = sourceSchema.safeParse({
    title: f.title ?? "",
    publisher: f.publisher ?? "",
    url: f.url ?? "",
    publishedDate: dateText(f),
    kind: (f.kind || "OTHER").toUpperCase(),
    reliability: (f.reliability || "F").toUpperCase(),
    body: "",
  });
  if (!parsed.success) return refuse(fieldErrors(parsed.error));
  const same = await tx.source.findFirst({
    where: { deletedAt: null, ...(parsed.data.url ? { url: parsed.data.url } : { title: parsed.data.title }) },
    select: { id: true },
  });
  if (same) return { action: "unchanged", reason: `already recorded as source ${same.id}` };
  const created = await createSource(parsed.data, ctx.user, tx);
  return { action: "create", reason: `source ${created}` };
}
