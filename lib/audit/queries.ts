import "server-only";
import { db } from "@/lib/db";
import type { AuditAction, RecordType } from "@/generated/prisma/enums";
import { paged, type Page } from "@/lib/pagination";

const eventSelect = {
  id: true,
  at: true,
  action: true,
  recordType: true,
  recordId: true,
  before: true,
  after: true,
  clientIp: true,
  user: { select: { id: true, name: true, email: true } },
} as const;

/** Who changed one record, when and how, newest first. */
export async function recordHistory(recordType: RecordType, recordId: number, page: Page) {
  const where = { recordType, recordId };
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

export type AuditFilters = { userId?: number; recordType?: RecordType; action?: AuditAction; from?: Date; to?: Date };

export async function auditLog(filters: AuditFilters, page: Page) {
  const where = {
    userId: filters.userId,
    recordType: filters.recordType,
    action: filters.action,
    at: filters.from || filters.to ? { gte: filters.from, lt: filters.to } : undefined,
  };
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

export type AuditEventView = Awaited<ReturnType<typeof auditLog>>["items"][number];
