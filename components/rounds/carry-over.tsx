import Link from "next/link";
import type { CarryOver } from "@/lib/rounds/carry-over";
import { agreementStatusLabel, followUpStatusLabel, outcomeKindLabel, plural } from "@/lib/labels";
import { today } from "@/lib/dates";
import { ageOf } from "@/lib/rounds/age";
import { TREND_LABEL } from "@/lib/rounds/theme-trends";
import { Section } from "@/components/ui/section";
import { DateText } from "@/components/ui/date-text";
import { Badge } from "@/components/ui/badge";
import { LazyAddToAgendaButton as AddToAgendaButton } from "@/components/forms/on-demand-forms";
import { addAgendaItemAction } from "@/app/(app)/agenda/actions";
import { originKey } from "@/lib/agenda/origins";
import type { AgendaOrigin } from "@/lib/agenda/schema";

/** The agenda the inherited records can be put on: the planned meeting and the records already there. */
type AgendaTarget = { dialogueId: number; taken: Set<string> };

/** "On the agenda", or a button that puts the record there (for analysts preparing the round). */
function ToAgenda({
  agenda,
  type,
  id,
  name,
}: {
  agenda?: AgendaTarget;
  type: AgendaOrigin["type"];
  id: number;
  name: string;
}) {
  if (!agenda) return null;
  const key = originKey(type, id);
  return agenda.taken.has(key) ? (
    <Badge tone="good">On the agenda</Badge>
  ) : (
    <AddToAgendaButton action={addAgendaItemAction} dialogueId={agenda.dialogueId} origin={key} name={name} />
  );
}

/** What a round inherits from the earlier rounds of its series (lib/rounds/carry-over.ts). */
export function CarryOverSection({ carried, agenda }: { carried: CarryOver; agenda?: AgendaTarget }) {
  const { last, open, pending, themes, sources, rounds } = carried;
  if (!last)
    return (
      <Section id="carried-over" title="Carried over from earlier rounds">
        <p className="muted">No earlier round of this series is recorded.</p>
      </Section>
    );
  return (
    <Section id="carried-over" title="Carried over from earlier rounds">
      <p>
        From {plural(rounds.length, "earlier round")}, the last <Link href={`/dialogues/${last.id}`}>{last.title}</Link>{" "}
        (<DateText date={last.startDate} precision={last.startPrecision} />
        ).
      </p>

      <h3 id="carried-open">Open commitments and next steps</h3>
      {open.length === 0 ? (
        <p className="muted">None open.</p>
      ) : (
        <ul className="record-list" aria-labelledby="carried-open">
          {open.map((o) => {
            const overdue = o.dueDate && o.dueDate < today();
            const by = o.participants.map((p) => p.participation.person?.name).filter(Boolean);
            return (
              <li key={o.id}>
                <Link href={`/dialogues/${o.dialogue.id}#outcome-${o.id}`}>{o.text}</Link>{" "}
                <ToAgenda agenda={agenda} type="OUTCOME" id={o.id} name={o.text} />
                <p className="meta">
                  {outcomeKindLabel[o.kind]} · {o.followUpStatus ? followUpStatusLabel[o.followUpStatus] : null}
                  {" · "}made at {o.dialogue.title}
                  {ageOf(o.dialogue.startDate) ? `, ${ageOf(o.dialogue.startDate)} ago` : ""}
                  {by.length ? ` · by ${by.join(" and ")}` : ""}
                  {o.dueDate ? (
                    <>
                      {" · due "}
                      <DateText date={o.dueDate} precision={o.duePrecision} />{" "}
                      {overdue ? <Badge tone="warn">overdue</Badge> : null}
                    </>
                  ) : null}
                </p>
              </li>
            );
          })}
        </ul>
      )}

      <h3 id="carried-agreements">Agreements still to conclude</h3>
      {pending.length === 0 ? (
        <p className="muted">None proposed or under negotiation.</p>
      ) : (
        <ul className="record-list" aria-labelledby="carried-agreements">
          {pending.map((a) => (
            <li key={a.id}>
              <Link href={`/agreements/${a.id}`}>{a.title}</Link>{" "}
              <Badge tone="info">{agreementStatusLabel[a.status]}</Badge>{" "}
              <ToAgenda agenda={agenda} type="AGREEMENT" id={a.id} name={a.title} />
              {a.dialogue ? <p className="meta">from {a.dialogue.title}</p> : null}
            </li>
          ))}
        </ul>
      )}

      <h3 id="carried-themes">Themes</h3>
      {themes.length === 0 ? (
        <p className="muted">No themes recorded for earlier rounds.</p>
      ) : (
        <ul className="tags" aria-labelledby="carried-themes">
          {themes.map((t) => (
            <li key={t.id}>
              <Link href={`/topics/${t.slug}`}>{t.name}</Link>{" "}
              <span className="muted">
                ({TREND_LABEL[t.trend]}
                {t.rounds > 1 ? `, ${plural(t.rounds, "round")}` : ""})
              </span>
            </li>
          ))}
        </ul>
      )}

      <h3 id="carried-sources">The last round&rsquo;s sources</h3>
      {sources.length === 0 ? (
        <p className="muted">No source cited for the last round.</p>
      ) : (
        <ul className="record-list" aria-labelledby="carried-sources">
          {sources.map((s) => (
            <li key={s.id}>
              <Link href={`/sources/${s.id}`}>{s.title}</Link>
              {s.publisher || s.publishedDate ? (
                <p className="meta">
                  {s.publisher}
                  {s.publisher && s.publishedDate ? ", " : null}
                  {s.publishedDate ? <DateText date={s.publishedDate} precision={s.publishedPrecision} /> : null}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
