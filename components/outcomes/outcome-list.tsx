import Link from "next/link";
import { followUpStatusLabel, outcomeKindLabel } from "@/lib/labels";
import { today } from "@/lib/dates";
import type { OutcomeSummary } from "@/lib/outcomes/queries";
import { DateText } from "@/components/ui/date-text";
import { Badge } from "@/components/ui/badge";
import { Meta } from "@/components/ui/meta";
import { isAssessable } from "@/lib/compliance/assessable";
import { CurrentScores } from "@/components/compliance/current-scores";

/** Outcomes with their kind, follow-up, due date (overdue marked) and the meeting they came from. */
export function OutcomeList({ outcomes, showMeeting = false }: { outcomes: OutcomeSummary[]; showMeeting?: boolean }) {
  const now = today();
  return (
    <ul className="record-list">
      {outcomes.map((o) => (
        <li key={o.id}>
          <Link href={`/outcomes/${o.id}`}>{o.text}</Link>
          <Meta>
            {outcomeKindLabel[o.kind]}
            {o.followUpStatus ? followUpStatusLabel[o.followUpStatus] : null}
            {o.dueDate ? (
              <>
                due <DateText date={o.dueDate} precision={o.duePrecision} />
                {o.dueDate < now && (o.followUpStatus === "OPEN" || o.followUpStatus === "IN_PROGRESS") ? (
                  <>
                    {" "}
                    <Badge tone="warn">overdue</Badge>
                  </>
                ) : null}
              </>
            ) : o.followUpStatus ? (
              "no due date"
            ) : null}
            {showMeeting ? (
              <>
                {o.dialogue.title}
                {o.dialogue.startDate ? (
                  <>
                    , <DateText date={o.dialogue.startDate} precision={o.dialogue.startPrecision} />
                  </>
                ) : null}
              </>
            ) : (
              o.dialogue.series.name
            )}
            {isAssessable(o.kind) ? <CurrentScores assessments={o.assessments} /> : null}
          </Meta>
        </li>
      ))}
    </ul>
  );
}
