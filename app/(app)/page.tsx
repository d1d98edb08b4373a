import Link from "next/link";
import { DialogueList } from "@/components/dialogues/dialogue-list";
import { DateText } from "@/components/ui/date-text";
import { Badge } from "@/components/ui/badge";
import { recentDialogues, upcomingDialogues } from "@/lib/dialogues/queries";
import { openCommitments } from "@/lib/outcomes/queries";
import { followUpStatusLabel, outcomeKindLabel } from "@/lib/labels";
import { today } from "@/lib/dates";
import { requireUser } from "@/lib/auth/session";
import { Section } from "@/components/ui/section";

export default async function HomePage() {
  await requireUser();
  const [recent, upcoming, commitments] = await Promise.all([
    recentDialogues(),
    upcomingDialogues(),
    openCommitments(),
  ]);
  const now = today();
  return (
    <div className="home">
      <h1 className="visually-hidden">Parley overview</h1>
      <Section id="recent" title="Recent dialogues">
        <DialogueList dialogues={recent} empty="No meetings recorded yet." />
      </Section>
      <Section id="upcoming" title="Upcoming dialogues">
        <DialogueList dialogues={upcoming} empty="No planned meetings." />
      </Section>
      <Section id="commitments" title="Open commitments" className="wide">
        <p>
          <Link href="/commitments">All open commitments, with filters</Link>
        </p>
        {commitments.length === 0 ? (
          <p className="muted">No open commitments.</p>
        ) : (
          <ul className="record-list">
            {commitments.map((c) => (
              <li key={c.id}>
                <Link href={`/dialogues/${c.dialogue.id}#outcome-${c.id}`}>{c.text}</Link>
                <p className="meta">
                  {outcomeKindLabel[c.kind]} · {c.followUpStatus ? followUpStatusLabel[c.followUpStatus] : null}
                  {c.dueDate ? (
                    <>
                      {" "}
                      · due <DateText date={c.dueDate} precision={c.duePrecision} />
                      {c.dueDate < now ? (
                        <>
                          {" "}
                          <Badge tone="warn">overdue</Badge>
                        </>
                      ) : null}
                    </>
                  ) : null}
                  {" · from "}
                  {c.dialogue.title}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
