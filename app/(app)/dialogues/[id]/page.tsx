import Link from "next/link";
import { getDialogue } from "@/lib/dialogues/queries";
import { citationKey } from "@/lib/sources/queries";
import { dialogueStatusLabel } from "@/lib/labels";
import { hasRole } from "@/lib/auth/roles";
import { recordPage, type RecordPageProps } from "@/lib/records/record-page";
import { CitationList } from "@/components/sources/citation-list";
import { RecordLinks } from "@/components/links/record-links";
import { DialogueHeader } from "@/components/dialogues/sections/dialogue-header";
import { DelegationsSection } from "@/components/dialogues/sections/delegations-section";
import { TopicsSection } from "@/components/dialogues/sections/topics-section";
import { AgreementsSection } from "@/components/dialogues/sections/agreements-section";
import { OutcomesSection } from "@/components/dialogues/sections/outcomes-section";
import { SourcesSection } from "@/components/dialogues/sections/sources-section";
import { RoundsNav } from "@/components/dialogues/sections/rounds-nav";
import { Disagreements } from "@/components/dialogues/sections/disagreements";
import { CarryOverSection } from "@/components/rounds/carry-over";
import { carryOver } from "@/lib/rounds/carry-over";
import { complianceByParty } from "@/lib/compliance/queries";
import { ComplianceTable } from "@/components/compliance/compliance-table";
import { Section } from "@/components/ui/section";
import { agendaOf } from "@/lib/agenda/queries";
import { agendaChoices, onAgenda } from "@/lib/agenda/origins";
import { AgendaSection } from "@/components/agenda/agenda-section";

const page = recordPage(getDialogue, (record) => record.title);
export const generateMetadata = page.generateMetadata;

/** A meeting's page: who met, what was discussed, signed and decided, with the sources for each. */
export default async function DialoguePage({ params }: RecordPageProps) {
  const [user, d] = await page.load(params);
  const canEdit = hasRole(user.role, "ANALYST");
  // A round still to come shows what it inherits from the earlier ones.
  const upcoming = d.status === "PLANNED" || d.status === "POSTPONED";
  const [carried, compliance, agenda] = await Promise.all([
    upcoming ? carryOver(d) : null,
    complianceByParty({ dialogueId: d.id }),
    d.status === "CANCELLED" ? null : agendaOf(d),
  ]);
  const taken = onAgenda(agenda?.items ?? []);
  const showAgenda = agenda && (upcoming || agenda.items.length > 0 || agenda.carried.length > 0);
  return (
    <article className="record">
      <DialogueHeader d={d} role={user.role} />
      <Disagreements d={d} />
      {d.summary ? <p className="summary">{d.summary}</p> : null}
      {upcoming ? (
        <p className="no-print">
          <Link href={`/dialogues/${d.id}/briefing`}>Briefing for the next round</Link> (to print or download)
        </p>
      ) : null}
      {showAgenda ? (
        <AgendaSection
          dialogue={d}
          agenda={agenda}
          canEdit={canEdit}
          choices={carried ? agendaChoices(carried, taken) : []}
          outcomes={d.outcomes.map((o) => ({ value: String(o.id), label: o.text.slice(0, 90) }))}
        />
      ) : null}
      {carried ? (
        <CarryOverSection carried={carried} agenda={canEdit ? { dialogueId: d.id, taken } : undefined} />
      ) : null}
      <CitationList canEdit={canEdit} citations={d.citations.get(citationKey("DIALOGUE", d.id))} />
      <DelegationsSection d={d} canEdit={canEdit} />
      <TopicsSection d={d} />
      <AgreementsSection d={d} canEdit={canEdit} />
      <OutcomesSection d={d} canEdit={canEdit} />
      {compliance.length ? (
        <Section id="compliance" title="Compliance with this round's commitments">
          <ComplianceTable parties={compliance} caption="Each party's current scores on this round's commitments" />
        </Section>
      ) : null}
      <SourcesSection d={d} canEdit={canEdit} />
      <RecordLinks recordType="DIALOGUE" id={d.id} links={d.links} canEdit={canEdit}>
        {d.announced.length > 0 ? (
          <p>
            Announced here:{" "}
            {d.announced.map((a, i) => (
              <span key={a.id}>
                {i ? ", " : null}
                <Link href={`/dialogues/${a.id}`}>{a.title}</Link> ({dialogueStatusLabel[a.status].toLowerCase()})
              </span>
            ))}
          </p>
        ) : null}
      </RecordLinks>
      <RoundsNav d={d} />
    </article>
  );
}
