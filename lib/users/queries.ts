import "server-only";
import { db } from "@/lib/db";

export async function listUsers() {
  return db.user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, email: true, name: true, role: true, active: true, version: true, lastSignInAt: true },
  });
}

export async function userOptions() {
  const users = await db.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
  return users.map((u) => ({ value: String(u.id), label: u.name }));
}
