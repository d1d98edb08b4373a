"use client";
import { useEffect, useRef, useState } from "react";
import { useForm } from "@/components/ui/use-form";
import { Form } from "@/components/ui/form";
import { SelectField, TextField, optionsOf } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/form-status";
import { citationSchema } from "@/lib/sources/schema";
import { credibilityLabel } from "@/lib/labels";
import type { FormAction } from "@/lib/forms/form-state";

type Option = { value: string; label: string };
type Selected = { start: number; end: number; quote: string };

/** Each line of the text with where it starts in the source's text, so a selection maps to offsets. */
function linesOf(body: string) {
  let offset = 0;
  return body.split("\n").map((line) => {
    const start = offset;
    offset += line.length + 1;
    return { start, line };
  });
}

/** Where a selection point falls in the source's text: its line's offset plus the offset in the line. */
function offsetOf(node: Node | null, within: number): number | null {
  const line = (
    node?.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element | null)
  )?.closest<HTMLElement>("[data-start]");
  return line ? Number(line.dataset.start) + within : null;
}

/**
 * The source's text, from which an analyst cites a passage by selecting it: no retyping, and the
 * citation keeps where the passage is. Without JavaScript the text is shown and citing is done with
 * the form on a meeting's page.
 */
export function CiteSelection({
  body,
  sourceId,
  records,
  action,
}: {
  body: string;
  sourceId: number;
  records: Option[];
  action: FormAction;
}) {
  const text = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<Selected | null>(null);
  const form = useForm(action, { schema: citationSchema, initial: { credibility: "2" } });

  useEffect(() => {
    const read = () => {
      const selection = document.getSelection();
      if (!selection || selection.isCollapsed || !selection.rangeCount || !text.current) return;
      const range = selection.getRangeAt(0);
      if (!text.current.contains(range.startContainer) || !text.current.contains(range.endContainer)) return;
      let start = offsetOf(range.startContainer, range.startOffset);
      let end = offsetOf(range.endContainer, range.endOffset);
      if (start === null || end === null || end <= start) return;
      while (start < end && /\s/.test(body[start] ?? "")) start++;
      while (end > start && /\s/.test(body[end - 1] ?? "")) end--;
      if (end > start) setSelected({ start, end, quote: body.slice(start, end) });
    };
    document.addEventListener("selectionchange", read);
    return () => document.removeEventListener("selectionchange", read);
  }, [body]);

  return (
    <div className="cite-selection">
      <div ref={text} className="source-text" aria-label="The source's text: select a passage to cite it">
        {linesOf(body).map(({ start, line }) =>
          line ? (
            <p key={start} data-start={start}>
              {line}
            </p>
          ) : null,
        )}
      </div>
      {records.length ? (
        <Form
          form={form}
          aria-label="Cite the selected passage"
          hidden={{ sourceId, quote: selected?.quote, start: selected?.start, end: selected?.end }}
        >
          <p className="muted" aria-live="polite">
            {selected ? (
              <>
                Selected: <q>{selected.quote.length > 200 ? `${selected.quote.slice(0, 200)}…` : selected.quote}</q>
              </>
            ) : (
              "Select a passage of the text above to cite it."
            )}
          </p>
          {form.state.fieldErrors?.quote ? <p className="field-error">Select the passage to cite first.</p> : null}
          <SelectField
            {...form.field("record")}
            required
            options={records}
            placeholder="Choose what the passage backs"
          />
          <div className="field-row">
            <SelectField {...form.field("credibility")} required options={optionsOf(credibilityLabel)} />
            <TextField {...form.field("note")} />
          </div>
          <SubmitButton>Cite the selected passage</SubmitButton>
        </Form>
      ) : (
        <p className="muted">
          Cite this source from a meeting&rsquo;s page first; its passages can then be cited here by selecting them.
        </p>
      )}
    </div>
  );
}
