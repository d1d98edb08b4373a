import type { SearchParamsProps } from "@/lib/params";
import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { ImportForm } from "@/components/import/import-form";
import { importFileAction } from "./actions";
import { TOO_LARGE_PARAM } from "@/lib/security/limits";
import { AddDetails } from "@/components/ui/add-details";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage({ searchParams }: SearchParamsProps) {
  await requireRole("ANALYST");
  const tooLarge = TOO_LARGE_PARAM in (await searchParams);
  return (
    <>
      <PageHeader title="Import dialogues, agreements, outcomes and sources" />
      <AddDetails summary="What a file can hold">
        <p>
          A CSV file with a header row, or Parley&rsquo;s JSON timeline format. The easiest start is a download from any
          timeline: edit it in a spreadsheet and import it back. Each row has a <code>type</code>:
        </p>
        <ul>
          <li>
            <strong>dialogue</strong>: <code>series</code> (an existing series), <code>title</code>, <code>kind</code>{" "}
            (the level, e.g. SENIOR_OFFICIALS), <code>status</code>, <code>date</code>, <code>location</code>,{" "}
            <code>topics</code>. With a <code>uid</code> (dialogue-12) the meeting is updated.
          </li>
          <li>
            <strong>agreement</strong>: <code>title</code>, <code>kind</code> (e.g. MOU), <code>status</code> and its{" "}
            <code>date</code>, <code>parties</code>, <code>topics</code>. A row for an agreement already recorded adds
            its next status.
          </li>
          <li>
            <strong>commitment</strong> or <strong>outcome</strong>: <code>title</code> (the text),{" "}
            <code>dialogue</code> (the meeting&rsquo;s title or uid), <code>status</code> (follow-up), <code>date</code>{" "}
            (due).
          </li>
          <li>
            <strong>source</strong>: <code>title</code>, <code>url</code>, <code>publisher</code>, <code>kind</code>,{" "}
            <code>date</code>.
          </li>
        </ul>
        <p>
          Dates may be a year, a month or a day (2024, 2024-02, 2024-02-28); several parties or topics are separated by
          semicolons. A row exported before someone edited that record in Parley is refused rather than overwriting
          their work.
        </p>
      </AddDetails>
      <ImportForm action={importFileAction} tooLarge={tooLarge} />
    </>
  );
}
