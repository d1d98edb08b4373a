import { FilterForm } from "@/components/ui/filter-form";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listOpenCommitments } from "@/lib/outcomes/queries";
import { seriesOptions } from "@/lib/series/queries";
import { topicAndSubthemeIds, topicOptions, topicTree } from "@/lib/topics/queries";
import { parsePage } from "@/lib/pagination";
import { parseId, type SearchParamsProps } from "@/lib/params";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { OutcomeList } from "@/components/outcomes/outcome-list";
import { SelectField } from "@/components/ui/fields";

export const metadata: Metadata = { title: "Open commitments" };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function CommitmentsPage({ searchParams }: SearchParamsProps) {
  await requireUser();
  const params = await searchParams;
  const raw = { series: first(params.series), topic: first(params.topic) };
  const topicIds = raw.topic ? await topicAndSubthemeIds(raw.topic) : undefined;
  const [result, series, tree] = await Promise.all([
    listOpenCommitments({ seriesId: parseId(raw.series) ?? undefined, topicIds }, parsePage(params.page)),
    seriesOptions(),
    topicTree(),
  ]);
  return (
    <>
      <PageHeader title="Open commitments" />
      <FilterForm label="Filter commitments">
        <SelectField name="series" label="Series" options={series} placeholder="All series" defaultValue={raw.series} />
        <SelectField
          name="topic"
          label="Topic"
          options={topicOptions(tree)}
          placeholder="All topics"
          defaultValue={raw.topic}
        />
      </FilterForm>
      {result.items.length === 0 ? (
        <p className="muted">No open commitments{raw.series || raw.topic ? " match these filters" : ""}.</p>
      ) : (
        <OutcomeList outcomes={result.items} />
      )}
      <Pagination
        basePath="/commitments"
        params={Object.fromEntries(Object.entries(raw).filter(([, v]) => v))}
        {...result}
      />
    </>
  );
}
