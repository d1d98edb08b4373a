import Link from "next/link";
import { getSeries } from "@/lib/series/queries";
import { PageHeader } from "@/components/ui/page-header";
import { DateText } from "@/components/ui/date-text";
import { DialogueList } from "@/components/dialogues/dialogue-list";
import { RecordToolbar } from "@/components/records/record-toolbar";
import { recordPage, type RecordPageProps } from "@/lib/records/record-page";
import { RecordLinks } from "@/components/links/record-links";
import { hasRole } from "@/lib/auth/roles";
import { Fact, Facts } from "@/components/ui/facts";
import { Section } from "@/components/ui/section";
import { complianceByParty } from "@/lib/compliance/queries";
import { ComplianceTable } from "@/components/compliance/compliance-table";
import { seriesStrengthByTheme } from "@/lib/outcomes/strength-query";
import { StrengthTable } from "@/components/outcomes/strength-table";
import { heatmapOf } from "@/lib/charts/heatmap-query";
import { expandedFrom, expandHref } from "@/lib/charts/heatmap";
import { ThemeHeatmap } from "@/components/charts/theme-heatmap";
import type { SearchParamsProps } from "@/lib/params";
import { YearByYear } from "@/components/charts/small-multiples";

const page = recordPage(getSeries, (record) => record.name);
export const generateMetadata = page.generateMetadata;

export default async function SeriesPage({ params, searchParams }: RecordPageProps & SearchParamsProps) {
  const [user, s] = await page.load(params);
  const expanded = expandedFrom((await searchParams).expand);
  const [heatmap, strength, compliance] = await Promise.all([
    heatmapOf({ seriesId: s.id }, expanded),
    seriesStrengthByTheme(s.id),
    complianceByParty({ seriesId: s.id }),
  ]);
  return (
    <article className="record">
      <PageHeader
        title={s.name}
        eyebrow={s.parent ? <Link href={`/series/${s.parent.id}`}>{s.parent.name}</Link> : "Dialogue series"}
      >
        <Facts>
          <Fact label="Parties">
            {s.parties.map((p, i) => (
              <span key={p.country.code}>
                {i ? ", " : null}
                <Link href={`/countries/${p.country.code}`}>{p.country.name}</Link>
              </span>
            ))}
            {s.parties.length === 2 ? (
              <>
                {" "}
                · <Link href={`/countries/${s.parties.map((p) => p.country.code).join("/")}`}>the pair</Link>
              </>
            ) : null}
          </Fact>
          <Fact label="Established">
            <DateText date={s.establishedDate} precision={s.establishedPrecision} />
          </Fact>
        </Facts>
        <p>
          <Link href={`/series/${s.id}/prepare`}>Prepare the next round</Link>: what it inherits from the rounds before.
        </p>
        <RecordToolbar
          role={user.role}
          recordType="DIALOGUE_SERIES"
          id={s.id}
          editHref={`/series/${s.id}/edit`}
          timelineHref={`/timeline?series=${s.id}`}
          watch={{ userId: user.id, target: { kind: "SERIES", targetId: s.id }, name: s.name }}
        >
          <Link className="button secondary" href={`/dialogues/new?series=${s.id}`}>
            Add a meeting
          </Link>
        </RecordToolbar>
      </PageHeader>
      {s.description ? <p className="summary">{s.description}</p> : null}
      {s.children.length ? (
        <Section id="subgroups" title="Sub-groups">
          <ul className="record-list">
            {s.children.map((c) => (
              <li key={c.id}>
                <Link href={`/series/${c.id}`}>{c.name}</Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <Section id="rounds" title="Meetings">
        <DialogueList dialogues={s.dialogues} empty="No meetings recorded." />
      </Section>
      <Section id="year-by-year" title="Year by year">
        <YearByYear scope={{ seriesId: s.id }} />
      </Section>
      <Section id="heatmap" title="Themes by round">
        <ThemeHeatmap
          data={heatmap}
          title={`${s.name}: the themes of each round, shaded by the strongest language of its outcomes`}
          expandHref={(slug, open) => expandHref(`/series/${s.id}`, expanded, slug, open)}
        />
      </Section>
      <Section id="strength" title="Language by theme across rounds">
        <StrengthTable data={strength} />
      </Section>
      <Section id="compliance" title="Compliance with commitments">
        <ComplianceTable
          parties={compliance}
          caption="Each party's current scores on the commitments and next steps of every round"
        />
      </Section>
      <RecordLinks recordType="DIALOGUE_SERIES" id={s.id} canEdit={hasRole(user.role, "ANALYST")} />
    </article>
  );
}
