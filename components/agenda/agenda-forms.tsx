"use client";
import { useForm } from "@/components/ui/use-form";
import { Form } from "@/components/ui/form";
import { SelectField, TextField, optionsOf } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/form-status";
import {
  agendaItemSchema,
  markAgendaItemSchema,
  takeUpAgendaItemSchema,
  updateAgendaItemSchema,
} from "@/lib/agenda/schema";
import { agendaItemStatusLabel } from "@/lib/labels";
import type { FormAction } from "@/lib/forms/form-state";

// The agenda's forms: small, one per thing an analyst does to an item.

type Option = { value: string; label: string };
const statuses = optionsOf(agendaItemStatusLabel);

/** One click puts a carried-over record (a commitment, an agreement, a theme) on the agenda. */
export function AddToAgendaButton({
  action,
  dialogueId,
  origin,
  name,
}: {
  action: FormAction;
  dialogueId: number;
  origin: string;
  name: string;
}) {
  const form = useForm(action);
  return (
    <Form form={form} layout="inline" aria-label={`Add to the agenda: ${name}`} hidden={{ dialogueId, origin }}>
      <SubmitButton className="secondary compact" ariaLabel={`Add to the agenda: ${name}`}>
        Add to the agenda
      </SubmitButton>
    </Form>
  );
}

/** A new item: carried over from one of `choices`, or typed in. */
export function AddAgendaItemForm({
  action,
  dialogueId,
  choices,
}: {
  action: FormAction;
  dialogueId: number;
  choices: Option[];
}) {
  const form = useForm(action, { schema: agendaItemSchema });
  const { field } = form;
  return (
    <Form form={form} aria-label="Add an agenda item" hidden={{ dialogueId }}>
      {choices.length ? (
        <SelectField
          {...field("origin")}
          options={choices}
          placeholder="Nothing: a new item"
          hint="An open commitment, an agreement still to conclude or a theme of earlier rounds"
        />
      ) : null}
      <TextField {...field("title")} hint={choices.length ? "Leave empty to use the record's own words" : undefined} />
      <TextField {...field("note")} />
      <SubmitButton>Add the item</SubmitButton>
    </Form>
  );
}

type Item = { id: number; version: number; title: string; note: string | null };

export function EditAgendaItemForm({ action, item }: { action: FormAction; item: Item }) {
  const form = useForm(action, {
    schema: updateAgendaItemSchema,
    initial: { title: item.title, note: item.note ?? "" },
  });
  const { field } = form;
  return (
    <Form form={form} aria-label={`Edit agenda item: ${item.title}`} over={item}>
      <TextField {...field("title")} required />
      <TextField {...field("note")} />
      <SubmitButton>Save the item</SubmitButton>
    </Form>
  );
}

/** Up or down one place. */
export function MoveAgendaItem({
  action,
  item,
  direction,
}: {
  action: FormAction;
  item: Item;
  direction: "up" | "down";
}) {
  const form = useForm(action);
  const label = `Move ${direction}: ${item.title}`;
  return (
    <Form form={form} layout="inline" aria-label={label} over={item} hidden={{ direction }}>
      <SubmitButton className="secondary compact" ariaLabel={label} pendingText="Moving…">
        {direction === "up" ? "↑ Up" : "↓ Down"}
      </SubmitButton>
    </Form>
  );
}

/** What became of an item at the meeting, and the outcome that settled it. */
export function MarkAgendaItemForm({
  action,
  item,
  outcomes,
}: {
  action: FormAction;
  item: Item & { status: string | null; settledById: number | null };
  outcomes: Option[];
}) {
  const form = useForm(action, {
    schema: markAgendaItemSchema,
    initial: { status: item.status ?? "", settledById: item.settledById ? String(item.settledById) : "" },
  });
  const { field } = form;
  return (
    <Form form={form} layout="inline" aria-label={`Mark agenda item: ${item.title}`} over={item}>
      <MarkFields field={field} outcomes={outcomes} />
      <SubmitButton className="secondary">Mark</SubmitButton>
    </Form>
  );
}

function MarkFields({
  field,
  outcomes,
  optional,
}: {
  field: ReturnType<typeof useForm>["field"];
  outcomes: Option[];
  optional?: boolean;
}) {
  return (
    <>
      <SelectField
        {...field("status")}
        required={!optional}
        options={statuses}
        placeholder={optional ? "Keep, not marked yet" : "Choose"}
      />
      {outcomes.length ? <SelectField {...field("settledById")} options={outcomes} placeholder="No outcome" /> : null}
    </>
  );
}

/** Takes an item an earlier round left unfinished onto this agenda; once the meeting is held, marked at once. */
export function TakeUpForm({
  action,
  dialogueId,
  item,
  held,
  outcomes,
}: {
  action: FormAction;
  dialogueId: number;
  item: { id: number; title: string };
  held: boolean;
  outcomes: Option[];
}) {
  const form = useForm(action, { schema: takeUpAgendaItemSchema });
  const { field } = form;
  return (
    <Form
      form={form}
      layout="inline"
      aria-label={`Take up: ${item.title}`}
      hidden={{ dialogueId, carriedFromId: item.id }}
    >
      {held ? <MarkFields field={field} outcomes={outcomes} optional /> : null}
      <SubmitButton className="secondary">{held ? "Take up" : "Keep on this agenda"}</SubmitButton>
    </Form>
  );
}
