import Link from "next/link";
import type { Role } from "@/lib/domain";
import type { DialoguePageRecord } from "@/lib/dialogues/queries";
import { formatDateRange } from "@/lib/dates";
import { dialogueLevelLabel, dialogueStatusLabel } from "@/lib/labels";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { RecordToolbar } from "@/components/records/record-toolbar";

/** The meeting's title, series, facts and toolbar. */
export function DialogueHeader({ d, role }: { d: DialoguePageRecord; role: Role }) {
  const venue = [d.venueCity, d.venueCountry?.name].filter(Boolean).join(", ");
  return (
    <PageHeader title={d.title} eyebrow={<Link href={`/series/${d.series.id}`}>{d.series.name}</Link>}>
      <dl className="facts">
        <div>
          <dt>Dates</dt>
          <dd>{formatDateRange(d.startDate, d.startPrecision, d.endDate, d.endPrecision)}</dd>
        </div>
        <div>
          <dt>Venue</dt>
          <dd>{venue || "not known"}</dd>
        </div>
        <div>
          <dt>Level</dt>
          <dd>{dialogueLevelLabel[d.level]}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            <Badge tone={d.status === "HELD" ? "good" : "info"}>{dialogueStatusLabel[d.status]}</Badge>
          </dd>
        </div>
        {d.roundNumber ? (
          <div>
            <dt>Round</dt>
            <dd>{d.roundNumber}</dd>
          </div>
        ) : null}
        <div>
          <dt>Parties</dt>
          <dd>{d.series.parties.map((p) => p.country.name).join(", ")}</dd>
        </div>
      </dl>
      <RecordToolbar role={role} recordType="DIALOGUE" id={d.id} editHref={`/dialogues/${d.id}/edit`}>
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
