export const PAGE_SIZE = 25;

export type Page = { page: number; take: number; skip: number };

/** Reads ?page=N leniently: anything that is not a positive integer is page 1. */
export function parsePage(value: string | string[] | undefined, take = PAGE_SIZE): Page {
  const raw = Array.isArray(value) ? value[0] : value;
  const parsed = raw && /^\d{1,6}$/.test(raw) ? Number(raw) : 1;
  const page = Math.max(1, parsed);
  return { page, take, skip: (page - 1) * take };
}

export type Paged<T> = { items: T[]; total: number; page: number; pageCount: number };

export function paged<T>(items: T[], total: number, { page, take }: Page): Paged<T> {
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / take)) };
}
