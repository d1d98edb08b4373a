import Link from "next/link";
import type { CarryOver } from "@/lib/rounds/carry-over";
import { agreementStatusLabel, followUpStatusLabel, outcomeKindLabel, plural } from "@/lib/labels";
import { today } from "@/lib/dates";
import { Section } from "@/components/ui/section";
import { DateText } from "@/components/ui/date-text";
import { Badge } from "@/components/ui/badge";

const TREND = { new: "New at the last round", recurring: "Recurring", dropped: "Dropped" } as const;
const DAY = 86_400_000;

/** How long ago a round met, in words an analyst reads at a glance. */
function age(date: Date | null): string | null {
  if (!date) return null;
  const days = Math.floor((today().getTime() - date.getTime()) / DAY);
  if (days < 0) return null;
  if (days < 60) return plural(days, "day");
  const months = Math.floor(days / 30.44);
  return months < 24 ? plural(months, "month") : plural(Math.floor(months / 12), "year");
}

/** What a round inherits from the earlier rounds of its series (lib/rounds/carry-over.ts). */
export function CarryOverSection({ carried }: { carried: CarryOver }) {
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
                <Link href={`/dialogues/${o.dialogue.id}#outcome-${o.id}`}>{o.text}</Link>
                <p className="meta">
                  {outcomeKindLabel[o.kind]} · {o.followUpStatus ? followUpStatusLabel[o.followUpStatus] : null}
                  {" · "}made at {o.dialogue.title}
                  {age(o.dialogue.startDate) ? `, ${age(o.dialogue.startDate)} ago` : ""}
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
              <Badge tone="info">{agreementStatusLabel[a.status]}</Badge>
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
                ({TREND[t.trend]}
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
