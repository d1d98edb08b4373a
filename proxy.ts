import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { env } from "@/lib/env";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/security/headers";

// Runs before every request: sets the security headers (a fresh CSP nonce each time) on every
// page, route handler and download, and sends visitors without a session cookie to the sign-in
// page. That redirect is only optimistic: the real checks are on the server, in every page
// (requireUser) and every action (defineAction), against the database session.

const PUBLIC = /^\/(sign-in|api\/auth|api\/health)(\/|$)/;

export default async function proxy(request: NextRequest) {
  const https = env().NEXTAUTH_URL?.startsWith("https://") ?? false;
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: env().NODE_ENV === "development", https });

  let response: NextResponse;
  const { pathname, search } = request.nextUrl;
  if (!PUBLIC.test(pathname) && !(await getToken({ req: request, secret: env().AUTH_SECRET, secureCookie: https }))) {
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
