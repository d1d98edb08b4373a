import Link from "next/link";
import type { Metadata } from "next";
import { getSeries } from "@/lib/series/queries";
import { carryOver, nextPlannedRound } from "@/lib/rounds/carry-over";
import { loadPageRecord } from "@/lib/records/load-page-record";
import { requireUser } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";
import type { RecordPageProps } from "@/lib/records/record-page";
import { agendaOf } from "@/lib/agenda/queries";
import { agendaChoices, onAgenda } from "@/lib/agenda/origins";
import { PageHeader } from "@/components/ui/page-header";
import { DateText } from "@/components/ui/date-text";
import { CarryOverSection } from "@/components/rounds/carry-over";
import { AgendaSection } from "@/components/agenda/agenda-section";

export async function generateMetadata({ params }: RecordPageProps): Promise<Metadata> {
  return { title: `Prepare the next round: ${(await loadPageRecord(params, getSeries)).name}` };
}

/** A series' next round as it stands: what it inherits from the rounds before it, and its agenda. */
export default async function PrepareNextRoundPage({ params }: RecordPageProps) {
  const user = await requireUser();
  const canEdit = hasRole(user.role, "ANALYST");
  const series = await loadPageRecord(params, getSeries);
  const next = await nextPlannedRound(series.id);
  const [carried, agenda] = await Promise.all([
    carryOver(next ?? { id: null, seriesId: series.id, startDate: null }),
    next ? agendaOf(next) : null,
  ]);
  const taken = onAgenda(agenda?.items ?? []);
  return (
    <article className="record">
      <PageHeader title="Prepare the next round" eyebrow={<Link href={`/series/${series.id}`}>{series.name}</Link>}>
        {next ? (
          <p>
            The next round: <Link href={`/dialogues/${next.id}`}>{next.title}</Link> (
            <DateText date={next.startDate} precision={next.startPrecision} />
            ). <Link href={`/dialogues/${next.id}/briefing`}>Briefing for the next round</Link> to print or download,
            with its agenda.
          </p>
        ) : (
          <p className="muted">No round of this series is planned yet; this is what the next one inherits.</p>
        )}
      </PageHeader>
      <CarryOverSection carried={carried} agenda={next && canEdit ? { dialogueId: next.id, taken } : undefined} />
      {next && agenda ? (
        <AgendaSection
          dialogue={next}
          agenda={agenda}
          canEdit={canEdit}
          choices={agendaChoices(carried, taken)}
          outcomes={[]}
        />
      ) : null}
    </article>
  );
}
