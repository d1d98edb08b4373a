import { useId } from "react";
import type { FieldErrors, FormValues } from "@/lib/forms/form-state";

type Common = { name: string; label: string; hint?: string; errors?: FieldErrors; required?: boolean };

// Ids are unique per field instance (a page may hold several forms with a "note" field).
const errorId = (id: string) => `${id}-error`;
const hintId = (id: string) => `${id}-hint`;

function describedBy(id: string, hint?: string, error?: string[]) {
  return [hint ? hintId(id) : null, error?.length ? errorId(id) : null].filter(Boolean).join(" ") || undefined;
}

function Messages({ id, hint, error }: { id: string; hint?: string; error?: string[] }) {
  return (
    <>
      {hint ? <p className="hint" id={hintId(id)}>{hint}</p> : null}
      {error?.length ? <p className="field-error" id={errorId(id)}>{error.join(" ")}</p> : null}
    </>
  );
}

export function TextField({ name, label, hint, errors, required, defaultValue, type = "text", multiline, ...rest }: Common & {
  defaultValue?: string; type?: string; multiline?: boolean; autoComplete?: string; maxLength?: number;
}) {
  const error = errors?.[name];
  const id = `${useId()}${name}`;
  const props = {
    id, name, defaultValue, required, "aria-invalid": error?.length ? true : undefined,
    "aria-describedby": describedBy(id, hint, error), ...rest,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>{required ? <span className="required" aria-hidden="true">*</span> : null}
      {multiline ? <textarea rows={5} {...props} /> : <input type={type} {...props} />}
      <Messages id={id} hint={hint} error={error} />
    </div>
  );
}

export function SelectField({ name, label, hint, errors, required, defaultValue, options, placeholder }: Common & {
  defaultValue?: string; options: { value: string; label: string }[]; placeholder?: string;
}) {
  const error = errors?.[name];
  const id = `${useId()}${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>{required ? <span className="required" aria-hidden="true">*</span> : null}
      <select id={id} name={name} defaultValue={defaultValue ?? ""} required={required} aria-invalid={error?.length ? true : undefined} aria-describedby={describedBy(id, hint, error)}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      <Messages id={id} hint={hint} error={error} />
    </div>
  );
}

/** The value to show: what the analyst submitted last, else the stored one. */
export function valueOf(values: FormValues | undefined, initial: FormValues, name: string): string {
  const value = values?.[name] ?? initial[name];
  return Array.isArray(value) ? value.join(", ") : (value ?? "");
}
