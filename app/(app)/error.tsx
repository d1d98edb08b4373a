"use client";
import { ErrorReport } from "@/components/layout/error-report";

// An unexpected error in a page: shown inside the app's layout, so the header and navigation stay.
export default function AppError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorReport error={error} retry={retry} />;
}
