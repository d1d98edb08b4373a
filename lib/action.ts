import "server-only";
import { redirect, unstable_rethrow } from "next/navigation";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { ACTION_POLICY, type ActionName } from "@/lib/auth/action-policy";
import { hasRole } from "@/lib/auth/roles";
import { currentUser, type CurrentUser } from "@/lib/auth/session";
import { ActionError, ConflictError } from "@/lib/errors";
import { fieldErrorsOf, fieldsWithNul, formValues, withoutSecrets, type FormState } from "@/lib/forms/form-state";
import { withSaved, type Saved } from "@/lib/forms/saved";

/** A unique key refused a row that a concurrent save had just created (Prisma's P2002). */
const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2002";

type Handler<S extends z.ZodType, R> = (
  input: z.infer<S>,
  context: { user: CurrentUser; formData: FormData },
) => Promise<FormState<R> | void>;

/**
 * The one wrapper every server action goes through: session, role (from ACTION_POLICY), zod
 * validation, then the handler; expected failures come back as form state, never as a 500.
 */
export function defineAction<S extends z.ZodType, R = never>(name: ActionName, schema: S, handler: Handler<S, R>) {
  const action = async (previous: FormState<R>, formData: FormData): Promise<FormState<R>> => {
    // A form posted without JavaScript under a bare $ACTION_ID_ field arrives as the only argument.
    const data =
      formData instanceof FormData
        ? formData
        : (previous as unknown) instanceof FormData
          ? (previous as unknown as FormData)
          : new FormData();
    const submitted = formValues(data);
    const values = withoutSecrets(submitted);
    const user = await currentUser();
    if (!user)
      return {
        status: "error",
        message: "Your session has ended. Sign in again in another tab, then save: what you typed is kept here.",
        values,
      };
    if (!hasRole(user.role, ACTION_POLICY[name]))
      return { status: "error", message: "Your role does not allow this change.", values };

    const withNul = fieldsWithNul(submitted);
    if (withNul.length) {
      const fieldErrors = Object.fromEntries(
        withNul.map((field) => [field, ["Contains an invisible NUL character (often from a copied PDF): remove it"]]),
      );
      return { status: "error", message: "Please correct the fields marked below.", fieldErrors, values };
    }
    const parsed = schema.safeParse(submitted);
    if (!parsed.success) {
      return {
        status: "error",
        message: "Please correct the fields marked below.",
        fieldErrors: fieldErrorsOf(parsed.error.issues),
        values,
      };
    }
    try {
      return (await handler(parsed.data, { user, formData: data })) ?? { status: "success", message: "Saved." };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are not failures
      if (error instanceof ConflictError)
        return { status: "conflict", message: error.message, conflict: error.conflict, values };
      if (error instanceof ActionError)
        return {
          status: "error",
          message: error.message,
          fieldErrors: error.fieldErrors,
          values: { ...values, ...error.offered },
        };
      if (isUniqueViolation(error))
        return {
          status: "error",
          message:
            "Someone saved the same record at the same moment, so nothing was changed. Save again: what you typed is kept.",
          values,
        };
      console.error(`[action ${name}]`, error);
      return {
        status: "error",
        message: "Something went wrong while saving. Nothing was changed; please try again.",
        values,
      };
    }
  };
  return Object.assign(action, { actionName: name, schema }); // the fuzz test reads the schema's fields
}

// How a record action ends. Pages show data of many records at once (lists, counts, timelines), so a
// write refreshes them all.

/** After a save: refresh every page, then go to `href`, which says what was done ("Saved."). */
export function savedTo(href: string, what: Saved = "saved"): never {
  revalidatePath("/", "layout");
  redirect(withSaved(href, what));
}

/** After a save that stays on the page: refresh every page, and say so in the form. */
export function done(message: string): FormState {
  revalidatePath("/", "layout");
  return { status: "success", message };
}
