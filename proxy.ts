import { withAuth } from "next-auth/middleware";
import { env } from "@/lib/env";

// An optimistic redirect to the sign-in page for visitors without a session cookie. The real
// checks are on the server, in every page (requireUser) and every action (defineAction).
export default withAuth({ pages: { signIn: "/sign-in" }, secret: env().AUTH_SECRET });

export const config = {
  matcher: ["/((?!sign-in|api/auth|api/health|_next/static|_next/image|favicon.ico).*)"],
};
