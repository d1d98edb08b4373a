import "server-only";
import type { NextAuthOptions } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env, servedOverHttps } from "@/lib/env";
import { db } from "@/lib/db";
import { auditRecord } from "@/lib/audit/record";
import { authenticate } from "./sign-in";
import { clientIpFrom } from "./client-ip";
import { endSession, liveSession, SESSION_MAX_AGE_SECONDS } from "./sessions";

/** Thrown when a cookie names a session that has ended: next-auth then clears the cookie. */
class SessionEndedError extends Error {}

export const authOptions: NextAuthOptions = {
  secret: env().AUTH_SECRET,
  // httpOnly and SameSite=Lax always; Secure (and the __Secure- prefix) when served over HTTPS.
  useSecureCookies: servedOverHttps(),
  // The cookie is a signed token naming a database session (lib/auth/sessions.ts): its own expiry
  // is refreshed by next-auth, the session's is not.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    Credentials({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        if (!credentials?.email || !credentials.password) return null;
        const user = await authenticate(credentials.email, credentials.password, clientIpFrom(request?.headers ?? {}));
        // A thrown SignInThrottledError reaches the form as its message (the wait time).
        return user
          ? { id: String(user.id), email: user.email, name: user.name, role: user.role, sessionId: user.sessionId }
          : null;
      },
    }),
  ],
  events: {
    async signOut({ token }) {
      await endSession(token?.sid);
      if (token?.uid) await auditRecord(db, token.uid, "SIGN_OUT", ["USER", token.uid]);
    },
  },
  logger: {
    error(code, metadata) {
      if (metadata instanceof SessionEndedError) return; // an ended session is not a fault
      console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user)
        return {
          sub: token.sub,
          uid: Number(user.id),
          sid: user.sessionId,
          role: user.role,
          name: user.name,
          email: user.email,
        };
      // Every read of the session (including /api/auth/session) checks it is still live and takes
      // the user's current role and name.
      const session = await liveSession(token.sid, token.uid ?? -1);
      if (!session) throw new SessionEndedError();
      return { ...token, role: session.user.role, name: session.user.name, email: session.user.email };
    },
    session({ session, token }) {
      session.user = { id: token.uid!, role: token.role!, name: token.name ?? "", email: token.email ?? "" };
      return session;
    },
  },
};
