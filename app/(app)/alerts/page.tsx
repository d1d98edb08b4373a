import Link from "next/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { firstParam, parseId, type SearchParamsProps } from "@/lib/params";
import { alertRegister, PER_KIND, type AlertFilters } from "@/lib/alerts/queries";
import { partyOptions } from "@/lib/series/queries";
import { seriesOptions } from "@/lib/series/queries";
import { topicAndSubthemeIds, topicOptions, topicTree } from "@/lib/topics/queries";
import { isCountryCode } from "@/lib/reference/countries";
import { plural } from "@/lib/labels";
import { PageHeader } from "@/components/ui/page-header";
import { FilterForm } from "@/components/ui/filter-form";
import { SelectField } from "@/components/ui/fields";
import { AlertList } from "@/components/alerts/alert-list";

export const metadata: Metadata = { title: "Alerts" };

/** What needs attention soon: terms ending, commitments due or overdue, rounds coming without an agenda. */
export default async function AlertsPage({ searchParams }: SearchParamsProps) {
  await requireUser();
  const params = await searchParams;
  const raw = {
    series: firstParam(params.series),
    country: firstParam(params.country).toUpperCase(),
    topic: firstParam(params.topic),
  };
  const filters: AlertFilters = {
    seriesId: parseId(raw.series) ?? undefined,
    countryCode: isCountryCode(raw.country) ? raw.country : undefined,
    topicIds: raw.topic ? await topicAndSubthemeIds(raw.topic) : undefined,
  };
  const [{ alerts, totals }, series, parties, tree] = await Promise.all([
    alertRegister(filters),
    seriesOptions(),
    partyOptions(),
    topicTree(),
  ]);
  const filtered = Boolean(filters.seriesId || filters.countryCode || raw.topic);
  return (
    <>
      <PageHeader title="Alerts">
        <p>
          Agreements whose term ends in the next 90 days (or lapsed in the last year), commitments overdue or due in the
          next 30 days, and planned rounds in the next 60 days with no agenda yet. Newest concern first.
        </p>
      </PageHeader>
      <FilterForm label="Filter alerts">
        <SelectField name="series" label="Series" options={series} placeholder="All series" defaultValue={raw.series} />
        <SelectField
          name="country"
          label="Country"
          options={parties}
          placeholder="All countries"
          defaultValue={filters.countryCode ?? ""}
        />
        <SelectField
          name="topic"
          label="Theme"
          options={topicOptions(tree)}
          placeholder="All themes"
          defaultValue={raw.topic}
        />
      </FilterForm>
      <p className="muted">
        {plural(totals.agreement, "agreement")}, {plural(totals.commitment, "commitment")} and{" "}
        {plural(totals.round, "round")}
        {filtered ? " for these filters" : ""}.
        {totals.commitment > PER_KIND || totals.agreement > PER_KIND ? (
          <>
            {" "}
            The {PER_KIND} newest of each kind are listed; every open commitment is in the{" "}
            <Link href="/commitments">commitments register</Link>, every agreement in the{" "}
            <Link href="/agreements">agreements list</Link>.
          </>
        ) : null}
      </p>
      {alerts.length ? (
        <AlertList alerts={alerts} />
      ) : (
        <p className="muted">Nothing needs attention{filtered ? " for these filters" : ""}.</p>
      )}
    </>
  );
}
