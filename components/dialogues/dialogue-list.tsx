import Link from "next/link";
import { DateText } from "@/components/ui/date-text";
import { Badge } from "@/components/ui/badge";
import { dialogueLevelLabel, dialogueStatusLabel } from "@/lib/labels";
import type { DialogueSummary } from "@/lib/dialogues/queries";

export function DialogueList({ dialogues, empty }: { dialogues: DialogueSummary[]; empty: string }) {
  if (dialogues.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="record-list">
      {dialogues.map((d) => (
        <li key={d.id}>
          <Link href={`/dialogues/${d.id}`}>{d.title}</Link>
          <p className="meta">
            <DateText date={d.startDate} precision={d.startPrecision} />
            {d.venueCity || d.venueCountry ? (
              <> · {[d.venueCity, d.venueCountry?.name].filter(Boolean).join(", ")}</>
            ) : null}
            {" · "}
            {dialogueLevelLabel[d.level]}
            {" · "}
            <Badge tone={d.status === "HELD" ? "good" : d.status === "PLANNED" ? "info" : "warn"}>
              {dialogueStatusLabel[d.status]}
            </Badge>
          </p>
        </li>
      ))}
    </ul>
  );
}
