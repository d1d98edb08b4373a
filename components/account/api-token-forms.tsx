"use client";
import { useForm } from "@/components/ui/use-form";
import { Form } from "@/components/ui/form";
import { SelectField, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/form-status";
import { Badge } from "@/components/ui/badge";
import { createTokenSchema, TOKEN_LIFETIMES } from "@/lib/tokens/schema";
import type { FormAction } from "@/lib/forms/form-state";

const LIFETIMES = Object.entries(TOKEN_LIFETIMES).map(([value, label]) => ({ value, label }));

/** Makes a personal API token; the answer shows it, once. */
export function NewApiTokenForm({ action }: { action: FormAction }) {
  const form = useForm(action, { schema: createTokenSchema, initial: { expiresIn: "90" } });
  return (
    <Form form={form} heading={<h3 id="new-api-token">Make a token</h3>} aria-labelledby="new-api-token">
      <TextField {...form.field("name")} hint="What it is for, to tell your tokens apart." required />
      <SelectField {...form.field("expiresIn")} options={LIFETIMES} />
      <SubmitButton>Make token</SubmitButton>
    </Form>
  );
}

/**
 * Revokes one token: it stops working at once. Once it no longer works it says why, in the same
 * place, so the message of the revocation stays in view.
 */
export function RevokeTokenForm({
  action,
  id,
  name,
  state,
}: {
  action: FormAction;
  id: number;
  name: string;
  state: "works" | "revoked" | "expired";
}) {
  const form = useForm(action);
  return (
    <Form form={form} hidden={{ id }} layout="inline" aria-label={`Revoke ${name}`}>
      {state === "works" ? <SubmitButton>Revoke</SubmitButton> : <Badge tone="warn">{state}</Badge>}
    </Form>
  );
}
