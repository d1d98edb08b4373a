import "server-only";

// A record's lists of other records (a dialogue's topics, an agreement's parties) live in join
// tables. Every edit form rewrites them the same way, and audits them the same way.

/** The ids once each, in order: how lists are compared and audited. */
export const sortedIds = (ids: Iterable<number>): number[] => [...new Set(ids)].sort((a, b) => a - b);

const sameIds = (a: number[], b: number[]) => JSON.stringify(sortedIds(a)) === JSON.stringify(sortedIds(b));

type JoinTable<Row> = {
  deleteMany(args: { where: object }): Promise<unknown>;
  createMany(args: { data: Row[] }): Promise<unknown>;
};

/**
 * Makes the owner's rows in a join table exactly one per id (nothing is written when the list has
 * not changed). `owner` is the owner's column ({ dialogueId: 3 }); `row` the rest of a row.
 */
export async function rewriteJoinRows<Row extends object>(
  table: JoinTable<Row>,
  owner: Record<string, number>,
  lists: { before: number[]; after: number[] },
  row: (id: number) => Omit<Row, keyof typeof owner>,
) {
  if (sameIds(lists.before, lists.after)) return;
  await table.deleteMany({ where: owner });
  await table.createMany({ data: sortedIds(lists.after).map((id) => ({ ...owner, ...row(id) }) as Row) });
}

/** Lists changed by an edit, as the audit records them: { before: { topicIds: [...] }, after: { ... } }. */
export function listAudit(lists: Record<string, { before: number[]; after: number[] }>) {
  const side = (which: "before" | "after") =>
    Object.fromEntries(Object.entries(lists).map(([name, l]) => [name, sortedIds(l[which])]));
  return { before: side("before"), after: side("after") };
}
