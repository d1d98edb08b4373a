import type { Role } from "@/lib/domain";

declare module "next-auth" {
  interface Session {
    user: { id: number; role: Role; name?: string | null; email?: string | null };
  }
  interface User {
    role: Role;
    sessionId: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    /** the database session (lib/auth/sessions.ts) */
    sid?: string;
    role?: Role;
  }
}
