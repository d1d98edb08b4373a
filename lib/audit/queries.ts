import "server-only";
import { db } from "@/lib/db";
import { columns } from "@/lib/forms/form-values";
import type { AuditAction, RecordType } from "@/generated/prisma/enums";
import { paged, type Page } from "@/lib/pagination";
import type { Prisma } from "@/generated/prisma/client";

const eventSelect = {
  ...columns("id", "at", "action", "recordType", "recordId", "before", "after", "clientIp"),
  user: { select: { id: true, name: true, email: true } },
} as const;

/** One page of the events matching `where`, newest first. */
async function pagedEvents(where: Prisma.AuditEventWhereInput, page: Page) {
  const [items, total] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: page.skip,
      take: page.take,
      select: eventSelect,
    }),
    db.auditEvent.count({ where }),
  ]);
  return paged(items, total, page);
}

/** Who changed one record, when and how, newest first. */
export async function recordHistory(recordType: RecordType, recordId: number, page: Page) {
  const where = { recordType, recordId };
  return pagedEvents(where, page);
}

export type AuditFilters = { userId?: number; recordType?: RecordType; action?: AuditAction; from?: Date; to?: Date };

export async function auditLog(filters: AuditFilters, page: Page) {
  const where = {
    userId: filters.userId,
    recordType: filters.recordType,
    action: filters.action,
    at: filters.from || filters.to ? { gte: filters.from, lt: filters.to } : undefined,
  };
  return pagedEvents(where, page);
}

export type AuditEventView = Awaited<ReturnType<typeof auditLog>>["items"][number];
