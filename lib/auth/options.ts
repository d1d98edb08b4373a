import "server-only";
import type { NextAuthOptions } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { authenticate } from "./sign-in";
import { clientIpFrom } from "./client-ip";

/** Sessions last a working day; signing in again is cheap, a stolen cookie is not. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const authOptions: NextAuthOptions = {
  secret: env().AUTH_SECRET,
  // httpOnly and SameSite=Lax always; Secure (and the __Secure- prefix) when served over HTTPS.
  useSecureCookies: env().NEXTAUTH_URL?.startsWith("https://") ?? false,
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
        return user ? { id: String(user.id), email: user.email, name: user.name, role: user.role } : null;
      },
    }),
  ],
  events: {
    async signOut({ token }) {
      if (token?.uid) await recordAudit(db, { userId: token.uid, action: "SIGN_OUT", recordType: "USER", recordId: token.uid });
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.uid!;
        session.user.role = token.role!;
      }
      return session;
    },
  },
};
