"use client";
import { useForm } from "@/components/ui/use-form";
import { Form } from "@/components/ui/form";
import { SelectField, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/form-status";
import { Badge } from "@/components/ui/badge";
import { createTokenSchema, TOKEN_LIFETIMES } from "@/lib/tokens/schema";
import type { FormAction } from "@/lib/forms/form-state";

const LIFETIMES = Object.entries(TOKEN_LIFETIMES).map(([value, label]) => ({ value, label }));

/** Makes a personal token (an API token, a feed); the answer shows it, once. */
export function NewTokenForm({
  action,
  heading,
  submit,
  hidden,
  id,
}: {
  action: FormAction;
  heading: string;
  submit: string;
  /** what the token is made for (a feed's timeline) */
  hidden?: Record<string, string>;
  id: string;
}) {
  const form = useForm(action, { schema: createTokenSchema, initial: { expiresIn: "90" } });
  return (
    <Form form={form} heading={<h3 id={id}>{heading}</h3>} aria-labelledby={id} hidden={hidden}>
      <TextField {...form.field("name")} hint="What it is for, to tell them apart." required />
      <SelectField {...form.field("expiresIn")} options={LIFETIMES} />
      <SubmitButton>{submit}</SubmitButton>
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
