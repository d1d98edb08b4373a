import "server-only";
import type { Metadata } from "next";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { loadPageRecord } from "./load-page-record";

export type RecordPageProps = { params: Promise<{ id: string }> };

/**
 * What every record page does first: its <title> from the record, and the signed-in user with the
 * record (404 for a bad id or a missing or deleted record). The loader is cached per request, so
 * the metadata and the page read the record once.
 */
export function recordPage<T>(load: (id: number) => Promise<T | null>, title: (record: T) => string) {
  const read = (params: RecordPageProps["params"]) => loadPageRecord(params, load);
  return {
    generateMetadata: async ({ params }: RecordPageProps): Promise<Metadata> => ({ title: title(await read(params)) }),
    load: async (params: RecordPageProps["params"]): Promise<[CurrentUser, T]> => [
      await requireUser(),
      await read(params),
    ],
  };
}
