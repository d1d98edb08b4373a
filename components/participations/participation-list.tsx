import Link from "next/link";
import { DateText } from "@/components/ui/date-text";
import { participationRoleLabel } from "@/lib/labels";
import type { DatePrecision, ParticipationRole } from "@/lib/domain";

type Participation = {
  id: number;
  role: ParticipationRole;
  statedTitle: string | null;
  isActing: boolean;
  person?: { id: number; name: string } | null;
  dialogue: { id: number; title: string; startDate: Date | null; startPrecision: DatePrecision };
};

export function ParticipationList({ participations }: { participations: Participation[] }) {
  if (participations.length === 0) return <p className="muted">No meetings recorded.</p>;
  return (
    <ul className="record-list">
      {participations.map((p) => (
        <li key={p.id}>
          <Link href={`/dialogues/${p.dialogue.id}`}>{p.dialogue.title}</Link>
          <p className="meta">
            <DateText date={p.dialogue.startDate} precision={p.dialogue.startPrecision} /> ·{" "}
            {participationRoleLabel[p.role]}
            {p.person ? (
              <>
                {" "}
                · <Link href={`/people/${p.person.id}`}>{p.person.name}</Link>
              </>
            ) : null}
            {p.statedTitle ? ` · ${p.isActing ? "(acting) " : ""}${p.statedTitle}` : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
