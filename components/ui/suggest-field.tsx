"use client";
import { useEffect, useRef, useState } from "react";
import { FieldMessages, Label, useFieldIds, type FieldProps } from "./fields";

type Suggestion = { id: number; label: string; detail?: string; via?: string };

/**
 * A text field that suggests existing records as the analyst types (ARIA combobox). What is
 * submitted is the text: the server matches it to an existing record by name, acronym, alias or
 * synonym, or creates a new one — so the field also works without JavaScript. With `multiple`,
 * the text is a comma-separated list and suggestions follow the last entry.
 */
export function SuggestField({
  name,
  label,
  kind,
  defaultValue = "",
  multiple = false,
  hint,
  errors,
  required,
  createNoun,
}: FieldProps & {
  /** what /api/suggest looks up: country, organisation, person, topic, dialogue, agreement, source */
  kind: string;
  defaultValue?: string;
  multiple?: boolean;
  /** names the record a new name will create ("a new topic will be created") */
  createNoun?: string;
}) {
  const [text, setText] = useState(defaultValue);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [items, setItems] = useState<Suggestion[]>([]);
  const { id, control } = useFieldIds(name, hint, errors);
  const statusId = `${id}-status`;
  const listId = `${id}-list`;
  const ref = useRef<HTMLInputElement>(null);

  // A new default (the form refilled after a save) replaces the text; adjusting during render
  // avoids an effect's extra pass.
  const [shownDefault, setShownDefault] = useState(defaultValue);
  if (defaultValue !== shownDefault) {
    setShownDefault(defaultValue);
    setText(defaultValue);
  }

  const current = multiple ? (text.split(",").at(-1) ?? "").trim() : text.trim();

  useEffect(() => {
    if (!current) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/suggest?kind=${kind}&q=${encodeURIComponent(current)}`, {
          signal: controller.signal,
        });
        if (response.ok) setItems((await response.json()).suggestions);
      } catch {
        /* typing on: an aborted or failed lookup just shows no suggestions */
      }
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [current, kind]);

  function choose(item: Suggestion) {
    const parts = multiple
      ? text
          .split(",")
          .slice(0, -1)
          .map((p) => p.trim())
          .filter(Boolean)
      : [];
    setText(multiple ? [...parts, item.label].join(", ") + ", " : item.label);
    setOpen(false);
    setActive(-1);
    ref.current?.focus();
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    const options = current ? items : [];
    if (!open || options.length === 0) return;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setActive((i) => (i + 1) % options.length);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => (i <= 0 ? options.length - 1 : i - 1));
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      choose(options[active]!);
    } else if (event.key === "Escape") setOpen(false);
  }

  const shown = current ? items : [];
  const same = (text?: string) => text?.toLowerCase() === current.toLowerCase();
  const exact = shown.some((i) => same(i.label) || same(i.detail?.split(" · ")[0]));
  // "Capacity building" typed is a synonym of "Law enforcement cooperation": saving files it there.
  const otherName = exact ? undefined : shown.find((i) => same(i.via));

  return (
    <div className="field suggest">
      <Label htmlFor={id} label={label} required={required} />
      <input
        ref={ref}
        {...control}
        aria-describedby={[control["aria-describedby"], statusId].filter(Boolean).join(" ")}
        name={name}
        value={text}
        autoComplete="off"
        required={required}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open && shown.length > 0}
        aria-controls={listId}
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={`Existing ${label.toLowerCase()}`}
        className="suggestions"
        hidden={!open || shown.length === 0}
      >
        {shown.map((item, i) => (
          <li
            key={item.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(item);
            }}
          >
            {item.label}
            {item.via ? <span className="muted"> (as “{item.via}”)</span> : null}
            {item.detail ? <span className="muted"> · {item.detail}</span> : null}
          </li>
        ))}
      </ul>
      <p id={statusId} className="hint" aria-live="polite">
        {otherName
          ? `“${current}” is another name for ${otherName.label}: saving records it as ${otherName.label}.`
          : current && !exact && createNoun
            ? `No exact match for “${current}”: a new ${createNoun} will be created when you save.`
            : ""}
      </p>
      <FieldMessages id={id} hint={hint} errors={errors} />
    </div>
  );
}
