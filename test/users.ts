import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { CurrentUser } from "@/lib/auth/session";
import type { Role } from "@/lib/domain";

let counter = 0;

/** A user of the given role, with a known password, for tests. */
export async function makeUser(
  role: Role,
  password = "correct horse battery staple",
): Promise<CurrentUser & { password: string }> {
  counter += 1;
  const email = `${role.toLowerCase()}-${counter}-${Date.now()}@parley.test`;
  const user = await db.user.create({
    data: {
      email,
      name: `${role[0]}${role.slice(1).toLowerCase()} ${counter}`,
      role,
      passwordHash: await hashPassword(password),
    },
    select: { id: true, email: true, name: true, role: true },
  });
  return { ...user, password };
}
