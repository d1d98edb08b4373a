"use client";
import { useRef, useState } from "react";
import { signIn } from "next-auth/react";
import { TextField } from "@/components/ui/fields";

const WRONG = "Wrong email or password.";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const alert = useRef<HTMLDivElement>(null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: data.get("email"),
      password: data.get("password"),
      redirect: false,
    });
    setPending(false);
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    // A throttled sign-in comes back with its own message (the wait); anything else is one answer.
    setError(result?.error && result.error !== "CredentialsSignin" ? result.error : WRONG);
    alert.current?.focus();
  }

  return (
    <form onSubmit={submit} noValidate aria-describedby={error ? "sign-in-error" : undefined}>
      <div ref={alert} tabIndex={-1} role="alert" id="sign-in-error" className={error ? "form-error" : undefined}>
        {error}
      </div>
      <TextField name="email" label="Email" type="email" autoComplete="username" required />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required />
      <button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
