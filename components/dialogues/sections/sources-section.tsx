import Link from "next/link";
import { sourceOptions } from "@/lib/sources/queries";
import { CitationForm } from "@/components/sources/citation-form";
import { createCitationAction } from "@/app/(app)/sources/actions";
import { personName, type SectionProps } from "./section-props";
import { AddDetails } from "@/components/ui/add-details";
import { Section } from "@/components/ui/section";

/** For analysts: add a source, and cite its passages for this meeting or any of its parts. */
export async function SourcesSection({ d }: Pick<SectionProps, "d">) {
  const sources = await sourceOptions();
  return (
    <Section id="cite" title="Sources">
      <p>
        <Link href={`/sources/new?returnTo=/dialogues/${d.id}%23cite`}>Add a source</Link> (a readout, statement or
        report), then cite its passages here.
      </p>
      {sources.length ? (
        <AddDetails summary="Cite a source">
          <CitationForm
            action={createCitationAction}
            sources={sources}
            records={[
              { value: `DIALOGUE:${d.id}`, label: `This meeting` },
              ...d.participations.map((p) => ({
                value: `PARTICIPATION:${p.id}`,
                label: `Participant: ${personName(p)}`,
              })),
              ...d.agreements.map((a) => ({ value: `AGREEMENT:${a.id}`, label: `Agreement: ${a.title}` })),
              ...d.outcomes.map((o) => ({ value: `OUTCOME:${o.id}`, label: `Outcome: ${o.text.slice(0, 80)}` })),
            ]}
          />
        </AddDetails>
      ) : null}
    </Section>
  );
}
