"use client";
import Link from "next/link";
import { useFormAction } from "@/components/ui/use-form-action";
import { TextField, valueOf } from "@/components/ui/field";
import { SuggestInput } from "@/components/ui/suggest-input";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { seriesSchema } from "@/lib/series/schema";
import type { FormState } from "@/lib/forms/form-state";

export function SeriesForm({ action }: { action: (state: FormState, data: FormData) => Promise<FormState> }) {
  const { state, formAction, onSubmit } = useFormAction(action, seriesSchema);
  const v = (name: string) => valueOf(state.values, {}, name);
  const errors = state.fieldErrors;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="record-form">
      <FormMessage state={state} />
      <TextField name="name" label="Name" required defaultValue={v("name")} errors={errors} hint="For example: India-US Homeland Security Dialogue" />
      <TextField name="shortName" label="Short name" defaultValue={v("shortName")} errors={errors} />
      <SuggestInput name="parties" label="Parties" kind="country" multiple required defaultValue={v("parties")} error={errors?.parties} hint="Countries, separated by commas." />
      <TextField name="establishedDate" label="Established" defaultValue={v("establishedDate")} errors={errors} hint="2011, 2011-05 or 2011-05-27" />
      <TextField name="description" label="Description" multiline defaultValue={v("description")} errors={errors} />
      <div className="actions"><SubmitButton>Create series</SubmitButton><Link href="/dialogues">Cancel</Link></div>
    </form>
  );
}
