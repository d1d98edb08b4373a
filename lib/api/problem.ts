// Errors of the read API as RFC 9457 problem details (application/problem+json): a status, a
// title that is the same for every problem of its kind, a detail for this one, and for a refused
// query the message of each parameter.

export type FieldErrors = Record<string, string[]>;

export const PROBLEM_TYPE = "about:blank";

export function problem(
  status: number,
  title: string,
  detail: string,
  extra: { errors?: FieldErrors; headers?: Record<string, string> } = {},
): Response {
  const body = { type: PROBLEM_TYPE, title, status, detail, ...(extra.errors ? { errors: extra.errors } : {}) };
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      "Content-Type": "application/problem+json",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      ...extra.headers,
    },
  });
}
