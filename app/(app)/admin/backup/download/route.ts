import { currentUser } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";
import { backupDownload } from "@/lib/backup/download";
import { today } from "@/lib/dates";

export const dynamic = "force-dynamic";

/** GET /admin/backup/download[?passwords=1]: the whole database as one JSON file (admins only). */
export async function GET(request: Request) {
  const user = await currentUser();
  if (!user) return new Response("Sign in first.\n", { status: 401 });
  if (!hasRole(user.role, "ADMIN")) return new Response("Only administrators can download backups.\n", { status: 403 });
  const passwordHashes = new URL(request.url).searchParams.get("passwords") === "1";
  const name = `parley-backup-${today().toISOString().slice(0, 10)}${passwordHashes ? "-with-passwords" : ""}.json`;
  return new Response(await backupDownload({ passwordHashes }), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
