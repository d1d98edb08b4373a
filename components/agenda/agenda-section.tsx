import Link from "next/link";
import type { Agenda, AgendaItemRow } from "@/lib/agenda/queries";
import { agendaItemStatusLabel, agreementStatusLabel, followUpStatusLabel } from "@/lib/labels";
import { Badge } from "@/components/ui/badge";
import { Meta } from "@/components/ui/meta";
import { Section } from "@/components/ui/section";
import { OnDemand } from "@/components/ui/on-demand";
import {
  LazyAddAgendaItemForm,
  LazyEditAgendaItemForm as EditAgendaItemForm,
  LazyMarkAgendaItemForm as MarkAgendaItemForm,
  LazyMoveAgendaItem as MoveAgendaItem,
  LazyTakeUpForm as TakeUpForm,
} from "@/components/forms/on-demand-forms";
import { DeleteButton } from "@/components/records/delete-button";
import {
  addAgendaItemAction,
  markAgendaItemAction,
  moveAgendaItemAction,
  takeUpAgendaItemAction,
  updateAgendaItemAction,
} from "@/app/(app)/agenda/actions";

type Option = { value: string; label: string };

const STATUS_TONE = { AGREED: "good", DISCUSSED: "info", DEFERRED: "warn", DROPPED: "neutral" } as const;

/** The record's own words when the item was renamed, else only what it is ("the commitment"). */
const named = (item: AgendaItemRow, what: string, name: string) => (item.title === name ? what : `${what} “${name}”`);

/** Where an item came from, in one line: the commitment, agreement or theme it carries over, and the round before. */
export function AgendaItemOrigin({ item }: { item: AgendaItemRow }) {
  return (
    <Meta>
      {item.outcome ? (
        <span>
          from <Link href={`/outcomes/${item.outcome.id}`}>{named(item, "the commitment", item.outcome.text)}</Link>
          {item.outcome.followUpStatus ? ` (${followUpStatusLabel[item.outcome.followUpStatus].toLowerCase()})` : ""}
        </span>
      ) : null}
      {item.agreement ? (
        <span>
          from{" "}
          <Link href={`/agreements/${item.agreement.id}`}>{named(item, "the agreement", item.agreement.title)}</Link> (
          {agreementStatusLabel[item.agreement.status].toLowerCase()})
        </span>
      ) : null}
      {item.topic ? (
        <span>
          from <Link href={`/topics/${item.topic.slug}`}>{named(item, "the theme", item.topic.name)}</Link>
        </span>
      ) : null}
      {item.carriedFrom ? (
        <span>
          carried from{" "}
          <Link href={`/dialogues/${item.carriedFrom.dialogue.id}#agenda`}>{item.carriedFrom.dialogue.title}</Link>
        </span>
      ) : null}
      {item.settledBy ? (
        <span>
          settled by <Link href={`/outcomes/${item.settledBy.id}`}>{item.settledBy.text}</Link>
        </span>
      ) : null}
    </Meta>
  );
}

export function AgendaStatus({ status }: { status: AgendaItemRow["status"] }) {
  return status ? <Badge tone={STATUS_TONE[status]}>{agendaItemStatusLabel[status]}</Badge> : null;
}

/**
 * A meeting's agenda: its items in order (carried over or typed in), marked once it is held, and
 * the unfinished items of earlier rounds that carry into it until they are taken up.
 */
export function AgendaSection({
  dialogue,
  agenda,
  canEdit,
  choices,
  outcomes,
}: {
  dialogue: { id: number; status: string };
  agenda: Agenda;
  canEdit: boolean;
  /** what the add form offers to carry over */
  choices: Option[];
  /** this meeting's outcomes, which can settle an item */
  outcomes: Option[];
}) {
  const held = dialogue.status === "HELD";
  const { items, carried } = agenda;
  return (
    <Section id="agenda" title="Agenda">
      {items.length === 0 ? <p className="muted">No agenda items yet.</p> : null}
      {items.length ? (
        <ol className="agenda">
          {items.map((item, i) => {
            const own = { id: item.id, version: item.version, title: item.title, note: item.note };
            return (
              <li key={item.id} id={`agenda-item-${item.id}`}>
                <span className="agenda-title">{item.title}</span> <AgendaStatus status={item.status} />
                <AgendaItemOrigin item={item} />
                {item.note ? <p className="agenda-note">{item.note}</p> : null}
                {canEdit ? (
                  <div className="row-actions">
                    {i > 0 ? <MoveAgendaItem action={moveAgendaItemAction} item={own} direction="up" /> : null}
                    {i < items.length - 1 ? (
                      <MoveAgendaItem action={moveAgendaItemAction} item={own} direction="down" />
                    ) : null}
                    {held ? (
                      <MarkAgendaItemForm
                        action={markAgendaItemAction}
                        item={{ ...own, status: item.status, settledById: item.settledBy?.id ?? null }}
                        outcomes={outcomes}
                      />
                    ) : null}
                    <details className="edit-inline">
                      <summary aria-label={`Edit agenda item: ${item.title}`}>Edit</summary>
                      <EditAgendaItemForm action={updateAgendaItemAction} item={own} />
                    </details>
                    <DeleteButton recordType="AGENDA_ITEM" id={item.id} name={`agenda item: ${item.title}`} compact />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}

      {carried.length ? (
        <>
          <h3 id="agenda-carried">Carried forward, unfinished</h3>
          <p className="muted">
            Left open at an earlier round and not yet taken up here{held ? ": take one up to mark it" : ""}.
          </p>
          <ul className="record-list" aria-labelledby="agenda-carried">
            {carried.map((item) => (
              <li key={item.id} id={`carried-item-${item.id}`}>
                <span className="agenda-title">{item.title}</span> <Badge tone="info">Carried</Badge>{" "}
                <AgendaStatus status={item.status} />
                <Meta>
                  <span>
                    from <Link href={`/dialogues/${item.dialogue.id}#agenda`}>{item.dialogue.title}</Link>
                    {item.status ? "" : ", not marked there"}
                  </span>
                </Meta>
                <AgendaItemOrigin item={{ ...item, carriedFrom: null, settledBy: null }} />
                {canEdit ? (
                  <TakeUpForm
                    action={takeUpAgendaItemAction}
                    dialogueId={dialogue.id}
                    item={{ id: item.id, title: item.title }}
                    held={held}
                    outcomes={outcomes}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {canEdit ? (
        <OnDemand name="agenda-item" summary="Add an agenda item">
          <LazyAddAgendaItemForm action={addAgendaItemAction} dialogueId={dialogue.id} choices={choices} />
        </OnDemand>
      ) : null}
    </Section>
  );
}
