import { FilterForm } from "@/components/ui/filter-form";
import Link from "next/link";
import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { auditLog } from "@/lib/audit/queries";
import { userOptions } from "@/lib/users/queries";
import { parseRecordType, recordTypeLabel } from "@/lib/records/registry";
import { parsePage } from "@/lib/pagination";
import { parseId, type SearchParamsProps, firstParam } from "@/lib/params";
import { parseVagueDate } from "@/lib/forms/vague-date";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { AuditTable } from "@/components/audit/audit-table";
import { SelectField, optionsOf } from "@/components/ui/fields";

export const metadata: Metadata = { title: "Audit log" };

const first = firstParam;
const DAY = 86_400_000;

export default async function AuditLogPage({ searchParams }: SearchParamsProps) {
  await requireRole("ADMIN");
  const params = await searchParams;
  const raw = { user: first(params.user), type: first(params.type), from: first(params.from), to: first(params.to) };
  const from = parseVagueDate(raw.from)?.date;
  const toDay = parseVagueDate(raw.to)?.date;
  const filters = {
    userId: parseId(raw.user) ?? undefined,
    recordType: parseRecordType(raw.type) ?? undefined,
    from,
    to: toDay ? new Date(toDay.getTime() + DAY) : undefined, // the "to" day is included
  };
  const [log, users] = await Promise.all([auditLog(filters, parsePage(params.page, 50)), userOptions()]);
  const kept = Object.fromEntries(Object.entries(raw).filter(([, v]) => v));
  return (
    <>
      <PageHeader title="Audit log">
        <p>
          <Link href="/admin/users">Users</Link>
        </p>
      </PageHeader>
      <FilterForm label="Filter the audit log">
        <SelectField name="user" label="User" options={users} placeholder="Anyone" defaultValue={raw.user} />
        <SelectField
          name="type"
          label="Record type"
          options={optionsOf(recordTypeLabel)}
          placeholder="Any"
          defaultValue={raw.type}
        />
        <div className="field">
          <label htmlFor="from">From</label>
          <input id="from" name="from" type="date" defaultValue={raw.from} />
        </div>
        <div className="field">
          <label htmlFor="to">To</label>
          <input id="to" name="to" type="date" defaultValue={raw.to} />
        </div>
      </FilterForm>
      <AuditTable events={log.items} showRecord />
      <Pagination basePath="/admin/audit" params={kept} {...log} />
    </>
  );
}
