import Link from "next/link";
import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Backup" };

export default async function BackupPage() {
  await requireRole("ADMIN");
  return (
    <>
      <PageHeader title="Backup">
        <p>
          <Link href="/admin/users">Users</Link> · <Link href="/admin/audit">Audit log</Link>
        </p>
      </PageHeader>
      <p>
        A backup holds every record, link, citation, source, user and audit event as one JSON file. Restore it into an
        empty database with <code>npm run db:restore -- FILE</code>.
      </p>
      <ul>
        <li>
          <a href="/admin/backup/download" download>
            Download a backup
          </a>{" "}
          (users without their password hashes: after a restore, give them new passwords)
        </li>
        <li>
          <a href="/admin/backup/download?passwords=1" download>
            Download a backup with password hashes
          </a>{" "}
          (keep this file as safe as the database itself)
        </li>
      </ul>
    </>
  );
}
