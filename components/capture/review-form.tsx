"use client";
import { useActionState, useState } from "react";
import { useForm } from "@/components/ui/use-form";
import { Form } from "@/components/ui/form";
import { CheckboxField, SelectField, TextareaField, TextField, optionsOf } from "@/components/ui/fields";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { labelsOf } from "@/lib/forms/labels";
import { idle, type FormAction, type FormValues } from "@/lib/forms/form-state";
import { ACCEPT_FROM, reviewSchema } from "@/lib/capture/review";
import {
  agreementKindLabel,
  agreementStatusLabel,
  dialogueLevelLabel,
  dialogueStatusLabel,
  outcomeKindLabel,
  participationRoleLabel,
  reliabilityLabel,
  sourceKindLabel,
} from "@/lib/labels";

/** How sure the draft is of a fact, which rule found it, and a link to its passage. */
export type FactNote = { key: string; confidence: number; rule: string; credibility: number } | null;

export type ReviewFacts = {
  series: FactNote;
  meeting: Record<"date" | "venue" | "level" | "status", FactNote>;
  participants: FactNote[];
  agreements: FactNote[];
  outcomes: FactNote[];
  themes: { label: string; isNew: boolean; note: FactNote }[];
  nextRound: FactNote;
};

const labels = labelsOf(reviewSchema);

function Note({ note }: { note: FactNote }) {
  if (!note)
    return (
      <p className="fact-note needs">
        <strong>Check this:</strong> not found in the text
      </p>
    );
  const unsure = note.confidence < ACCEPT_FROM;
  return (
    <p className={unsure ? "fact-note needs" : "fact-note"}>
      {unsure ? <strong>Check this: </strong> : null}
      {Math.round(note.confidence * 100)}% sure ({note.rule}) · credibility {note.credibility} ·{" "}
      <a href={`#ev-${note.key}`}>show the passage</a>
    </p>
  );
}

export function ReviewForm({
  confirmAction,
  saveAction,
  ignoreAction,
  initial,
  facts,
  countries,
  series,
  meetings = [],
  topics = [],
  people = [],
}: {
  confirmAction: FormAction;
  saveAction: FormAction;
  /** "never suggest this": the term is the pressed button's value */
  ignoreAction: FormAction;
  initial: FormValues;
  facts: ReviewFacts;
  countries: { value: string; label: string }[];
  /** the recorded series to choose from */
  series: { value: string; label: string }[];
  /** recorded meetings this source may be about (same series, dates close by) */
  meetings?: { value: string; label: string }[];
  /** the topic tree, to file a suggested theme under */
  topics?: { value: string; label: string }[];
  /** per participant, the recorded people the name may be */
  people?: { value: string; label: string }[][];
}) {
  const form = useForm(confirmAction, { initial, labels });
  const [saved, saveFormAction] = useActionState(saveAction, idle);
  const [ignored, ignoreFormAction] = useActionState(ignoreAction, idle);
  const [threshold, setThreshold] = useState("0.8");
  const { field } = form;
  const version = String(saved.values?.version ?? form.value("version"));
  const groups = (prefix: string, notes: FactNote[]) =>
    notes.map((note, i) => ({ i, note, name: (f: string) => `${prefix}${i}${f}` }));

  function tickAbove() {
    const form = document.getElementById(formId);
    for (const box of form?.querySelectorAll<HTMLInputElement>("input[data-confidence]") ?? [])
      box.checked = Number(box.dataset.confidence) >= Number(threshold);
  }
  const formId = form.formId;

  return (
    <Form
      form={form}
      hidden={{ draftId: form.value("draftId"), version }}
      aria-label="Review the draft"
      className="record-form review-form"
    >
      <FormMessage state={saved} />
      <FormMessage state={ignored} />
      <div className="toolbar" role="group" aria-label="Accept facts by how sure the draft is">
        <label htmlFor="accept-threshold">Include every fact at least</label>
        <select id="accept-threshold" value={threshold} onChange={(e) => setThreshold(e.target.value)}>
          <option value="0.9">90% sure</option>
          <option value="0.8">80% sure</option>
          <option value="0.6">60% sure</option>
          <option value="0">sure at all</option>
        </select>
        <button type="button" className="secondary" onClick={tickAbove}>
          Apply
        </button>
      </div>

      <fieldset>
        <legend>Source</legend>
        <TextField {...field("sourceTitle")} required />
        <div className="field-row">
          <TextField {...field("sourcePublisher")} />
          <TextField {...field("sourcePublished")} hint="It anchors relative dates" />
        </div>
        <TextField {...field("sourceUrl")} type="url" />
        <div className="field-row">
          <SelectField {...field("sourceKind")} required options={optionsOf(sourceKindLabel)} />
          <SelectField {...field("sourceReliability")} required options={optionsOf(reliabilityLabel)} />
        </div>
      </fieldset>

      <fieldset>
        <legend>Series</legend>
        <Note note={facts.series} />
        <SelectField {...field("seriesId")} options={series} placeholder="A new series, named below" />
        <div className="field-row">
          <TextField {...field("seriesName")} required />
          <TextField {...field("seriesParties")} required hint="Countries, comma-separated" />
        </div>
      </fieldset>

      <fieldset>
        <legend>Meeting</legend>
        {meetings.length ? (
          <SelectField {...field("meetingTarget")} options={[...meetings, { value: "new", label: "A new meeting" }]} />
        ) : (
          <input type="hidden" name="meetingTarget" value="new" />
        )}
        <TextField {...field("meetingTitle")} required />
        <Note note={facts.meeting.date} />
        <div className="field-row">
          <TextField {...field("meetingStart")} hint="2024, 2024-02 or 28 February 2024" />
          <TextField {...field("meetingEnd")} />
        </div>
        <Note note={facts.meeting.venue} />
        <div className="field-row">
          <TextField {...field("meetingCity")} />
          <SelectField {...field("meetingCountry")} options={countries} placeholder="Choose" />
        </div>
        <Note note={facts.meeting.level} />
        <div className="field-row">
          <SelectField
            {...field("meetingLevel")}
            required
            options={optionsOf(dialogueLevelLabel)}
            placeholder="Choose"
          />
          <SelectField {...field("meetingStatus")} required options={optionsOf(dialogueStatusLabel)} />
        </div>
      </fieldset>

      <fieldset>
        <legend>Delegations</legend>
        {facts.participants.length === 0 ? (
          <p className="fact-note needs">
            No participant found: add them on the meeting&rsquo;s page after confirming.
          </p>
        ) : null}
        {groups("p", facts.participants).map(({ i, note, name }) => (
          <fieldset key={i} className="fact">
            <legend>{form.value(name("Name")) || `Participant ${i + 1}`}</legend>
            <Note note={note} />
            <IncludeBox {...field(name("Include"))} note={note} />
            <div className="field-row">
              <TextField {...field(name("Honorific"))} />
              <TextField {...field(name("Name"))} />
              <TextField {...field(name("Title"))} />
            </div>
            <div className="field-row">
              <TextField {...field(name("Organisation"))} />
              <SelectField {...field(name("Side"))} options={countries} placeholder="Choose" />
              <SelectField {...field(name("Role"))} options={optionsOf(participationRoleLabel)} />
            </div>
            <CheckboxField {...field(name("Acting"))} />
            <PersonLink
              written={form.value(name("Written")) || form.value(name("Name"))}
              choices={people[i] ?? []}
              person={field(name("Person"))}
              remember={field(name("Remember"))}
              ignore={ignoreFormAction}
            />
          </fieldset>
        ))}
      </fieldset>

      <fieldset>
        <legend>Themes</legend>
        <ThemeChoices
          facts={facts.themes}
          checked={form.list("themes")}
          isNew={false}
          legend="Themes from the topic tree"
        />
        <ThemeChoices
          facts={facts.themes}
          checked={form.list("themes")}
          isNew
          legend="New themes the text suggests (created if ticked)"
          ignore={ignoreFormAction}
          filing={topics.length ? { topics, field } : undefined}
        />
        <TextField
          {...field("newThemes")}
          hint="More themes, comma-separated: existing topics are matched, new ones created"
        />
      </fieldset>

      <fieldset>
        <legend>Agreements</legend>
        {facts.agreements.length === 0 ? <p className="muted">No agreement found in the text.</p> : null}
        {groups("a", facts.agreements).map(({ i, note, name }) => (
          <fieldset key={i} className="fact">
            <legend>{form.value(name("Title")) || `Agreement ${i + 1}`}</legend>
            <Note note={note} />
            <IncludeBox {...field(name("Include"))} note={note} />
            <TextField {...field(name("Title"))} />
            <div className="field-row">
              <SelectField {...field(name("Kind"))} options={optionsOf(agreementKindLabel)} />
              <SelectField {...field(name("Status"))} options={optionsOf(agreementStatusLabel)} />
            </div>
            <TextField {...field(name("Signatories"))} hint="Organisations, comma-separated" />
          </fieldset>
        ))}
      </fieldset>

      <fieldset>
        <legend>Outcomes</legend>
        {facts.outcomes.length === 0 ? <p className="muted">No outcome found in the text.</p> : null}
        {groups("o", facts.outcomes).map(({ i, note, name }) => (
          <fieldset key={i} className="fact">
            <legend>Outcome {i + 1}</legend>
            <Note note={note} />
            <IncludeBox {...field(name("Include"))} note={note} />
            <SelectField {...field(name("Kind"))} options={optionsOf(outcomeKindLabel)} />
            <TextareaField {...field(name("Text"))} rows={3} />
          </fieldset>
        ))}
      </fieldset>

      <fieldset>
        <legend>Next round</legend>
        {facts.nextRound ? <Note note={facts.nextRound} /> : <p className="muted">The text announces no next round.</p>}
        <IncludeBox {...field("nextInclude")} note={facts.nextRound} />
        <div className="field-row">
          <TextField {...field("nextCity")} />
          <SelectField {...field("nextCountry")} options={countries} placeholder="Choose" />
          <TextField {...field("nextDate")} />
        </div>
      </fieldset>

      <div className="form-actions">
        <SubmitButton pendingText="Recording…">Confirm and record</SubmitButton>
        <button type="submit" className="secondary" formAction={saveFormAction} formNoValidate>
          Save draft
        </button>
      </div>
    </Form>
  );
}

/**
 * Which recorded person a name is ("matches the recorded person Ajay Bhalla, Home Secretary"), with
 * the choice of a new one; linking can teach capture the name as the text writes it, and a name that
 * is no person at all can be turned down for good.
 */
function PersonLink({
  written,
  choices,
  person,
  remember,
  ignore,
}: {
  written: string;
  choices: { value: string; label: string }[];
  person: ReturnType<ReturnType<typeof useForm>["field"]>;
  remember: ReturnType<ReturnType<typeof useForm>["field"]>;
  ignore: (data: FormData) => void;
}) {
  const matched = choices.find((c) => c.value === person.defaultValue);
  return (
    <>
      {choices.length ? (
        <>
          <SelectField
            {...person}
            options={choices}
            placeholder="A new person (or the one of this name)"
            hint={matched ? `Matches the recorded person ${matched.label}` : undefined}
          />
          <CheckboxField {...remember} label={`Remember “${written}” as another name for the person chosen`} />
        </>
      ) : null}
      <input type="hidden" name={remember.name.replace("Remember", "Written")} value={written} />
      <button
        type="submit"
        name="ignore"
        value={written}
        formAction={ignore}
        formNoValidate
        className="link-button"
        aria-label={`Never suggest “${written}” as a name again`}
      >
        not a person: never suggest
      </button>
    </>
  );
}

/** The box that keeps a fact in the record, carrying the fact's confidence for "Include every fact at least…". */
function IncludeBox({
  note,
  ...field
}: {
  name: string;
  label: string;
  defaultValue: string;
  errors?: string[];
  note: FactNote;
}) {
  return (
    <div className="field checkbox">
      <input
        id={`include-${field.name}`}
        type="checkbox"
        name={field.name}
        defaultChecked={field.defaultValue === "on"}
        data-confidence={note?.confidence ?? 0}
      />
      <label htmlFor={`include-${field.name}`}>{field.label}</label>
    </div>
  );
}

function ThemeChoices({
  facts,
  checked,
  isNew,
  legend,
  ignore,
  filing,
}: {
  facts: ReviewFacts["themes"];
  checked: string[];
  isNew: boolean;
  legend: string;
  /** for suggestions: the action that turns one down for good */
  ignore?: (data: FormData) => void;
  /** for suggestions: filing one under an existing topic instead (and teaching capture the phrase) */
  filing?: { topics: { value: string; label: string }[]; field: ReturnType<typeof useForm>["field"] };
}) {
  const shown = facts.filter((t) => t.isNew === isNew);
  if (!shown.length) return null;
  return (
    <fieldset className="checkboxes">
      <legend>{legend}</legend>
      {shown.map((t, i) => (
        <div key={t.label} className="field checkbox">
          <input
            id={`theme-${isNew ? "new" : "tree"}-${i}`}
            type="checkbox"
            name="themes[]"
            value={t.label}
            defaultChecked={checked.includes(t.label)}
            data-confidence={isNew ? undefined : (t.note?.confidence ?? 0)}
          />
          <label htmlFor={`theme-${isNew ? "new" : "tree"}-${i}`}>
            {t.label}{" "}
            {t.note ? (
              <span className="muted">
                ({Math.round(t.note.confidence * 100)}% · <a href={`#ev-${t.note.key}`}>passage</a>)
              </span>
            ) : null}
          </label>
          {filing ? (
            <div className="field-row">
              <input type="hidden" name={`s${i}Label`} value={t.label} />
              <SelectField {...filing.field(`s${i}Topic`)} options={filing.topics} placeholder="A new topic" />
              <CheckboxField {...filing.field(`s${i}Remember`)} />
            </div>
          ) : null}
          {ignore ? (
            <button
              type="submit"
              name="ignore"
              value={t.label}
              formAction={ignore}
              formNoValidate
              className="link-button"
              aria-label={`Never suggest “${t.label}” again`}
            >
              never suggest
            </button>
          ) : null}
        </div>
      ))}
    </fieldset>
  );
}
