"use client";
import Link from "next/link";
import { VersionFields } from "@/components/records/version-fields";
import { FormMessage, SubmitButton } from "./form-status";
import type { FormKit } from "./use-form";
import type { FormAction, FormValues } from "@/lib/forms/form-state";

/** What an edit form of a record with a country (a person, an organisation) is given. */
export type EditWithCountries = {
  action: FormAction;
  initial: FormValues;
  record: { id: number; version: number };
  countries: { value: string; label: string }[];
};

type FormProps = {
  form: Pick<FormKit, "state" | "formAction" | "onSubmit" | "formKey" | "formId" | "labels">;
  children: React.ReactNode;
  /** a heading above the form's message (name it in aria-labelledby) */
  heading?: React.ReactNode;
  /** an edit form's record: its id and the version it was loaded at, and the conflict screen */
  record?: { id: number; version: number };
  /** a one-line form over a record's version: its id and version as hidden fields, and no conflict screen */
  over?: { id: number; version: number };
  /** hidden fields: what the form is about (the meeting an outcome is added to) */
  hidden?: Record<string, string | number | undefined>;
  /** "inline" for a one-line form in a list, with its message after the button */
  layout?: "record" | "inline";
  /** instead of the layout's own class */
  className?: string;
  "aria-label"?: string;
  "aria-labelledby"?: string;
};

/** The one form shell: posts to the action (with or without JavaScript), shows its message, and carries its hidden fields. */
export function Form({
  form,
  children,
  heading,
  record,
  over,
  hidden = {},
  layout = "record",
  className,
  ...aria
}: FormProps) {
  const message = <FormMessage state={form.state} />;
  // After a conflict, the version now saved: saving again applies this analyst's choice on top.
  const fields = over
    ? { id: over.id, version: form.state.conflict?.currentVersion ?? over.version, ...hidden }
    : hidden;
  return (
    <form
      key={form.formKey}
      id={form.formId}
      action={form.formAction}
      onSubmit={form.onSubmit}
      noValidate
      className={className ?? (layout === "inline" ? "inline-form" : "record-form")}
      {...aria}
    >
      {heading}
      {layout === "record" ? message : null}
      {record ? <VersionFields state={form.state} record={record} labels={form.labels} /> : null}
      {Object.entries(fields).map(([name, value]) =>
        value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />,
      )}
      {children}
      {layout === "inline" ? message : null}
    </form>
  );
}

/** The submit button, and a way back without saving. */
export function FormActions({
  submit,
  pendingText,
  cancelHref,
}: {
  submit: string;
  pendingText?: string;
  cancelHref?: string;
}) {
  return (
    <div className="actions">
      <SubmitButton pendingText={pendingText}>{submit}</SubmitButton>
      {cancelHref ? <Link href={cancelHref}>Cancel</Link> : null}
    </div>
  );
}
