import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { env, servedOverHttps } from "@/lib/env";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/security/headers";
import { BODY_LIMIT_BYTES, TOO_LARGE_PARAM } from "@/lib/security/limits";
import { PROBLEM_TYPE } from "@/lib/api/problem";

// Runs before every request: sets the security headers (a fresh CSP nonce each time) on every
// page, route handler and download, and sends visitors without a session cookie to the sign-in
// page. That redirect is only optimistic: the real checks are on the server, in every page
// (requireUser) and every action (defineAction), against the database session.

// The read API (/api/v1) and the feeds (/feeds) authenticate each request by a personal token, not by a session.
const PUBLIC = /^\/(sign-in|api\/auth|api\/health|api\/v1|feeds)(\/|$)/;
const API = /^\/api\/v1(\/|$)/;

// The read API's clients are told in its own way, as problem details.
const badRequest = (request: NextRequest, message: string) =>
  API.test(request.nextUrl.pathname)
    ? new NextResponse(JSON.stringify({ type: PROBLEM_TYPE, title: "Bad Request", status: 400, detail: message }), {
        status: 400,
        headers: { "Content-Type": "application/problem+json" },
      })
    : new NextResponse(`${message}\n`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** A request Parley answers itself rather than let Next.js fail on it with a 500. */
function refusal(request: NextRequest): NextResponse | null {
  // PostgreSQL cannot store or compare text holding NUL: no address needs one.
  if (/%00|\u0000/.test(request.nextUrl.pathname + request.nextUrl.search)) {
    return badRequest(
      request,
      "This address contains a NUL character (%00), which Parley cannot use. Remove it and try again.",
    );
  }
  // A broken %-escape in the path ("/dialogues/%E0%A4%A") would make Next.js fail decoding it.
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return badRequest(request, "This address has a broken %-escape in it. Check the link and try again.");
  }
  const length = Number(request.headers.get("content-length") ?? 0);
  if (request.method === "POST" && length > BODY_LIMIT_BYTES) {
    // A form posted without JavaScript goes back to its page, which says why; anything else is told plainly.
    if (!request.headers.has("next-action")) {
      const back = request.nextUrl.clone();
      back.searchParams.set(TOO_LARGE_PARAM, "1");
      return NextResponse.redirect(back, 303);
    }
    return new NextResponse(`The upload is larger than ${BODY_LIMIT_BYTES / 1024 / 1024} MB.\n`, {
      status: 413,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return null;
}

export default async function proxy(request: NextRequest) {
  const https = servedOverHttps();
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: env().NODE_ENV === "development", https });

  let response: NextResponse;
  const { pathname, search } = request.nextUrl;
  const refused = refusal(request);
  if (refused) {
    response = refused;
  } else if (
    !PUBLIC.test(pathname) &&
    !(await getToken({ req: request, secret: env().AUTH_SECRET, secureCookie: https }))
  ) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    response = NextResponse.redirect(signIn);
  } else {
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("Content-Security-Policy", csp);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(securityHeaders({ https }))) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but Next's static files (content-hashed, immutable, no HTML).
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
