import { FilterForm } from "@/components/ui/filter-form";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { COMMITMENT_ORDERS, listOpenCommitments } from "@/lib/outcomes/queries";
import { seriesOptions } from "@/lib/series/queries";
import { topicAndSubthemeIds, topicOptions, topicTree } from "@/lib/topics/queries";
import { parsePage } from "@/lib/pagination";
import { parseId, type SearchParamsProps, firstParam, oneOf } from "@/lib/params";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { OutcomeList } from "@/components/outcomes/outcome-list";
import { optionsOf, SelectField } from "@/components/ui/fields";
import { COMPLIANCE_FILTERS } from "@/lib/compliance/queries";

export const metadata: Metadata = { title: "Open commitments" };

const first = firstParam;

export default async function CommitmentsPage({ searchParams }: SearchParamsProps) {
  await requireUser();
  const params = await searchParams;
  const raw = {
    series: first(params.series),
    topic: first(params.topic),
    compliance: first(params.compliance),
    order: first(params.order),
  };
  const compliance = oneOf(COMPLIANCE_FILTERS, raw.compliance);
  const order = oneOf(COMMITMENT_ORDERS, raw.order);
  const topicIds = raw.topic ? await topicAndSubthemeIds(raw.topic) : undefined;
  const [result, series, tree] = await Promise.all([
    listOpenCommitments(
      { seriesId: parseId(raw.series) ?? undefined, topicIds, compliance },
      parsePage(params.page),
      order,
    ),
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
        <SelectField
          name="compliance"
          label="Compliance"
          options={optionsOf(COMPLIANCE_FILTERS)}
          placeholder="Any"
          defaultValue={compliance}
        />
        <SelectField name="order" label="Order" options={optionsOf(COMMITMENT_ORDERS)} defaultValue={order} />
      </FilterForm>
      {result.items.length === 0 ? (
        <p className="muted">
          No open commitments{raw.series || raw.topic || compliance ? " match these filters" : ""}.
        </p>
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
