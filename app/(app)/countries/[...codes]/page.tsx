import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { countryOverview, findCountries } from "@/lib/countries/overview";
import { agreementStatusLabel, plural } from "@/lib/labels";
import { PageHeader } from "@/components/ui/page-header";
import { DialogueList } from "@/components/dialogues/dialogue-list";
import { OutcomeList } from "@/components/outcomes/outcome-list";
import { Section } from "@/components/ui/section";
import { complianceByParty } from "@/lib/compliance/queries";
import { ComplianceTable } from "@/components/compliance/compliance-table";
import { heatmapOf } from "@/lib/charts/heatmap-query";
import { expandedFrom, expandHref } from "@/lib/charts/heatmap";
import { ThemeHeatmap } from "@/components/charts/theme-heatmap";
import type { SearchParamsProps } from "@/lib/params";
import { YearByYear } from "@/components/charts/small-multiples";
import { WatchButton } from "@/components/watches/watch-button";

// /countries/IN is India's page; /countries/IN/US the India-United States pair's.

type Props = { params: Promise<{ codes: string[] }> };

async function load(params: Props["params"]) {
  await requireUser();
  const codes = (await params).codes.map((c) => c.toUpperCase()); // a code is two letters: anything encoded is not one
  if (codes.length > 2 || codes.some((c) => !/^[A-Z]{2}$/.test(c)) || new Set(codes).size !== codes.length) notFound();
  const countries = await findCountries(codes);
  if (!countries) notFound();
  return { codes, countries, name: countries.map((c) => c.name).join("–") };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params)).name };
}

export default async function CountryPage({ params, searchParams }: Props & SearchParamsProps) {
  const user = await requireUser();
  const { codes, countries, name } = await load(params);
  const o = await countryOverview(codes);
  const facetQuery = codes.map((c) => `party=${c}`).join("&");
  const pair = codes.length === 2;
  const expanded = expandedFrom((await searchParams).expand);
  return (
    <article className="record">
      <PageHeader
        title={name}
        eyebrow={
          pair ? (
            <>
              Country pair ·{" "}
              {countries.map((c, i) => (
                <span key={c.code}>
                  {i ? " and " : null}
                  <Link href={`/countries/${c.code}`}>{c.name}</Link>
                </span>
              ))}
            </>
          ) : (
            "Country"
          )
        }
      >
        <div className="toolbar" role="group" aria-label="Country actions">
          <Link href={`/timeline?${codes.map((c) => `country=${c}`).join("&")}`}>Timeline</Link>
          <WatchButton
            userId={user.id}
            target={
              pair
                ? { kind: "COUNTRY_PAIR", targetId: countries[0]!.id, otherId: countries[1]!.id }
                : { kind: "COUNTRY", targetId: countries[0]!.id }
            }
            name={name}
          />
        </div>
      </PageHeader>
      <Section id="series" title="Dialogue series">
        {o.series.length === 0 ? (
          <p className="muted">No dialogue series recorded.</p>
        ) : (
          <ul className="record-list">
            {o.series.map((s) => (
              <li key={s.id}>
                <Link href={`/series/${s.id}`}>{s.name}</Link>
                <p className="meta">
                  {s.parties.map((p) => p.country.name).join(", ")} · {plural(s._count.dialogues, "meeting")}
                </p>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link href={`/dialogues?${codes.map((c) => `country=${c}`).join("&")}`}>All their dialogues, by facet</Link>
        </p>
      </Section>
      <Section id="upcoming" title="Upcoming rounds">
        <DialogueList dialogues={o.upcoming} empty="None announced." />
      </Section>
      <Section id="recent" title="Recent rounds">
        <DialogueList dialogues={o.recent} empty="None recorded." />
      </Section>
      <Section id="year-by-year" title="Year by year">
        <YearByYear scope={{ countryCodes: codes }} />
      </Section>
      {pair ? (
        <Section id="heatmap" title="Themes by round">
          <ThemeHeatmap
            data={await heatmapOf({ countryCodes: codes }, expanded)}
            title={`${name}: the themes of each round of their series, shaded by the strongest language of its outcomes`}
            expandHref={(slug, open) => expandHref(`/countries/${codes.join("/")}`, expanded, slug, open)}
          />
        </Section>
      ) : null}
      <Section id="agreements" title="Agreements by status">
        {o.agreementsByStatus.length === 0 ? (
          <p className="muted">No agreements recorded.</p>
        ) : (
          <>
            <ul className="inline-list">
              {o.agreementsByStatus.map((s) => (
                <li key={s.status}>
                  <Link href={`/agreements?${facetQuery}&status=${s.status}`}>{agreementStatusLabel[s.status]}</Link>{" "}
                  <span className="count">{s.count}</span>
                </li>
              ))}
            </ul>
            <h3>Latest</h3>
            <ul className="record-list">
              {o.latestAgreements.map((a) => (
                <li key={a.id}>
                  <Link href={`/agreements/${a.id}`}>{a.title}</Link>{" "}
                  <span className="meta">{agreementStatusLabel[a.status]}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>
      <Section id="commitments" title="Open commitments">
        {o.commitments.items.length === 0 ? (
          <p className="muted">None open.</p>
        ) : (
          <OutcomeList outcomes={o.commitments.items} />
        )}
        {o.commitments.total > o.commitments.items.length ? (
          <p className="muted">
            {o.commitments.items.length} of {o.commitments.total}, overdue first.
          </p>
        ) : null}
      </Section>
      <Section id="compliance" title="Compliance with commitments">
        <ComplianceTable
          parties={await complianceByParty({ countryCodes: codes })}
          caption={`Current scores on the commitments of the series ${pair ? "both are" : "it is"} a party of`}
        />
      </Section>
      {o.partners.length ? (
        <Section id="partners" title="Partners">
          <ul className="record-list">
            {o.partners.map((p) => (
              <li key={p.code}>
                <Link href={`/countries/${codes[0]}/${p.code}`}>
                  {name}–{p.name}
                </Link>
                <span className="meta">
                  {" "}
                  {plural(p.series, "series", "series")} · {plural(p.agreements, "agreement")}
                </span>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </article>
  );
}
