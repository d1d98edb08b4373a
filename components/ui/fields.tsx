import { useId } from "react";

// The form kit's fields. Each takes its own `errors` (what the hook's field(name) hands it), shows
// them under the control, and ties label, hint and errors to the control for screen readers.

export type FieldProps = {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
};

type Option = { value: string; label: string };
type Control = { id: string; name: string; required?: boolean; "aria-invalid"?: true; "aria-describedby"?: string };

/** A field instance's ids (a page may hold several forms with a "note" field). */
export function useFieldIds(name: string, hint?: string, errors?: string[], extra?: string) {
  const id = `${useId()}${name}`;
  const describedBy =
    [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null, extra ?? null].filter(Boolean).join(" ") ||
    undefined;
  return {
    id,
    control: { id, "aria-invalid": errors?.length ? true : undefined, "aria-describedby": describedBy } as const,
  };
}

export function Label({ htmlFor, label, required }: { htmlFor: string; label: string; required?: boolean }) {
  return (
    <>
      <label htmlFor={htmlFor}>{label}</label>
      {required ? (
        <span className="required" aria-hidden="true">
          *
        </span>
      ) : null}
    </>
  );
}

export function FieldMessages({ id, hint, errors }: { id: string; hint?: string; errors?: string[] }) {
  return (
    <>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p className="field-error" id={`${id}-error`}>
          {errors.join(" ")}
        </p>
      ) : null}
    </>
  );
}

/** What every field shares: its label, then its control (given the ids and name), then its hint and errors. */
function Field({ field, control }: { field: FieldProps; control: (props: Control) => React.ReactNode }) {
  const { id, control: ids } = useFieldIds(field.name, field.hint, field.errors);
  return (
    <div className="field">
      <Label htmlFor={id} label={field.label} required={field.required} />
      {control({ ...ids, name: field.name, required: field.required })}
      <FieldMessages id={id} hint={field.hint} errors={field.errors} />
    </div>
  );
}

type TextProps = FieldProps & { defaultValue?: string; type?: string; autoComplete?: string; maxLength?: number };

export function TextField({ defaultValue, type = "text", autoComplete, maxLength, ...field }: TextProps) {
  const input = { defaultValue, type, autoComplete, maxLength };
  return <Field field={field} control={(props) => <input {...props} {...input} />} />;
}

export function TextareaField({
  defaultValue,
  rows = 5,
  ...field
}: FieldProps & { defaultValue?: string; rows?: number }) {
  return <Field field={field} control={(props) => <textarea {...props} rows={rows} defaultValue={defaultValue} />} />;
}

type SelectProps = FieldProps & { defaultValue?: string; options: Option[]; placeholder?: string };

export function SelectField({ defaultValue, options, placeholder, ...field }: SelectProps) {
  return (
    <Field
      field={field}
      control={(props) => (
        // keyed by its value: a select keeps its first defaultValue, and a refilled form brings a new one
        <select key={defaultValue} {...props} defaultValue={defaultValue ?? ""}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

/** A box to tick; submitted as "on" when ticked, like any HTML checkbox. */
export function CheckboxField({ defaultValue, ...field }: Omit<FieldProps, "required"> & { defaultValue?: string }) {
  const { id, control } = useFieldIds(field.name, field.hint, field.errors);
  return (
    <div className="field checkbox">
      <input type="checkbox" name={field.name} defaultChecked={defaultValue === "on"} {...control} />
      <label htmlFor={id}>{field.label}</label>
      <FieldMessages id={id} hint={field.hint} errors={field.errors} />
    </div>
  );
}

/** Several boxes under one legend, submitted as the list `name[]`; nothing is shown when there is nothing to choose. */
export function CheckboxGroup({
  name,
  legend,
  choices,
  checked,
}: {
  name: string;
  legend: string;
  choices: { id: number; label: string }[];
  checked: string[];
}) {
  const base = useId();
  if (choices.length === 0) return null;
  return (
    <fieldset className="checkboxes">
      <legend>{legend}</legend>
      {choices.map((c) => (
        <div key={c.id} className="field checkbox">
          <input
            id={`${base}${name}-${c.id}`}
            type="checkbox"
            name={`${name}[]`}
            value={c.id}
            defaultChecked={checked.includes(String(c.id))}
          />
          <label htmlFor={`${base}${name}-${c.id}`}>{c.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

export const optionsOf = (labels: Record<string, string>): Option[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));
