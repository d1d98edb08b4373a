import Link from "next/link";
import type { Role } from "@/lib/domain";
import type { DialoguePageRecord } from "@/lib/dialogues/queries";
import { formatDateRange } from "@/lib/dates";
import { dialogueLevelLabel, dialogueStatusLabel } from "@/lib/labels";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { RecordToolbar } from "@/components/records/record-toolbar";
import { Fact, Facts } from "@/components/ui/facts";

/** The meeting's title, series, facts and toolbar. */
export function DialogueHeader({ d, role }: { d: DialoguePageRecord; role: Role }) {
  const venue = [d.venueCity, d.venueCountry?.name].filter(Boolean).join(", ");
  return (
    <PageHeader title={d.title} eyebrow={<Link href={`/series/${d.series.id}`}>{d.series.name}</Link>}>
      <Facts>
        <Fact label="Dates">{formatDateRange(d.startDate, d.startPrecision, d.endDate, d.endPrecision)}</Fact>
        <Fact label="Venue">{venue || "not known"}</Fact>
        <Fact label="Level">{dialogueLevelLabel[d.level]}</Fact>
        <Fact label="Status">
          <Badge tone={d.status === "HELD" ? "good" : "info"}>{dialogueStatusLabel[d.status]}</Badge>
        </Fact>
        {d.roundNumber ? <Fact label="Round">{d.roundNumber}</Fact> : null}
        <Fact label="Parties">{d.series.parties.map((p) => p.country.name).join(", ")}</Fact>
      </Facts>
      <RecordToolbar
        role={role}
        recordType="DIALOGUE"
        id={d.id}
        editHref={`/dialogues/${d.id}/edit`}
        timelineHref={`/timeline?dialogue=${d.id}`}
      >
        <Link className="button secondary" href={`/dialogues/new?series=${d.series.id}&announcedBy=${d.id}`}>
          Add a later round
        </Link>
      </RecordToolbar>
      {d.announcedBy ? (
        <p>
          Announced at <Link href={`/dialogues/${d.announcedBy.id}`}>{d.announcedBy.title}</Link>.
        </p>
      ) : null}
    </PageHeader>
  );
}
