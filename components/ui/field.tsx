import type { FieldErrors, FormValues } from "@/lib/forms/form-state";

type Common = { name: string; label: string; hint?: string; errors?: FieldErrors; required?: boolean };

/** The id of a field's error text, for aria-describedby. */
const errorId = (name: string) => `${name}-error`;
const hintId = (name: string) => `${name}-hint`;

function describedBy(name: string, hint?: string, error?: string[]) {
  return [hint ? hintId(name) : null, error?.length ? errorId(name) : null].filter(Boolean).join(" ") || undefined;
}

function Messages({ name, hint, error }: { name: string; hint?: string; error?: string[] }) {
  return (
    <>
      {hint ? <p className="hint" id={hintId(name)}>{hint}</p> : null}
      {error?.length ? <p className="field-error" id={errorId(name)}>{error.join(" ")}</p> : null}
    </>
  );
}

export function TextField({ name, label, hint, errors, required, defaultValue, type = "text", multiline, ...rest }: Common & {
  defaultValue?: string; type?: string; multiline?: boolean; autoComplete?: string; maxLength?: number;
}) {
  const error = errors?.[name];
  const props = {
    id: name, name, defaultValue, required, "aria-invalid": error?.length ? true : undefined,
    "aria-describedby": describedBy(name, hint, error), ...rest,
  };
  return (
    <div className="field">
      <label htmlFor={name}>{label}{required ? <span aria-hidden="true"> *</span> : null}</label>
      {multiline ? <textarea rows={5} {...props} /> : <input type={type} {...props} />}
      <Messages name={name} hint={hint} error={error} />
    </div>
  );
}

export function SelectField({ name, label, hint, errors, required, defaultValue, options, placeholder }: Common & {
  defaultValue?: string; options: { value: string; label: string }[]; placeholder?: string;
}) {
  const error = errors?.[name];
  return (
    <div className="field">
      <label htmlFor={name}>{label}{required ? <span aria-hidden="true"> *</span> : null}</label>
      <select id={name} name={name} defaultValue={defaultValue ?? ""} required={required} aria-invalid={error?.length ? true : undefined} aria-describedby={describedBy(name, hint, error)}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      <Messages name={name} hint={hint} error={error} />
    </div>
  );
}

/** The value to show: what the analyst submitted last, else the stored one. */
export function valueOf(values: FormValues | undefined, initial: FormValues, name: string): string {
  const value = values?.[name] ?? initial[name];
  return Array.isArray(value) ? value.join(", ") : (value ?? "");
}
