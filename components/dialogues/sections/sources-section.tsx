import Link from "next/link";
import { sourceOptions } from "@/lib/sources/queries";
import { createCitationAction } from "@/app/(app)/sources/actions";
import type { SectionProps } from "./section-props";
import { citableOptions } from "@/lib/sources/citable-options";
import { OnDemand } from "@/components/ui/on-demand";
import { LazyCitationForm } from "@/components/forms/on-demand-forms";
import { Section } from "@/components/ui/section";
import { plural } from "@/lib/labels";

/** The sources cited on this page; for analysts, adding a source and citing its passages here. */
export async function SourcesSection({ d, canEdit }: SectionProps) {
  const cited = new Map<number, { title: string; count: number }>();
  for (const c of [...d.citations.values()].flat())
    cited.set(c.source.id, { title: c.source.title, count: (cited.get(c.source.id)?.count ?? 0) + 1 });
  const list = cited.size ? (
    <ul className="record-list">
      {[...cited].map(([id, s]) => (
        <li key={id}>
          <Link href={`/sources/${id}`}>{s.title}</Link>{" "}
          <span className="muted">({plural(s.count, "passage")} cited here)</span>
        </li>
      ))}
    </ul>
  ) : (
    <p className="muted">No source is cited for this meeting yet.</p>
  );
  if (!canEdit)
    return (
      <Section id="cite" title="Sources">
        {list}
      </Section>
    );
  const sources = await sourceOptions();
  return (
    <Section id="cite" title="Sources">
      {list}
      <p>
        <Link href={`/sources/new?returnTo=/dialogues/${d.id}%23cite`}>Add a source</Link> (a readout, statement or
        report), then cite its passages here.
      </p>
      {sources.length ? (
        <OnDemand name="citation" summary="Cite a source">
          <LazyCitationForm action={createCitationAction} sources={sources} records={citableOptions(d)} />
        </OnDemand>
      ) : null}
    </Section>
  );
}
