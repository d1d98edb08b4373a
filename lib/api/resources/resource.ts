import type { z } from "zod";

// One kind of record the read API serves: its representation, the filters of its list, and how
// both are read. `list` reads after the cursor, in id order, one more than asked (to know whether
// a next page exists).

export type ListArgs<Q> = { filters: Q; after: number; take: number; origin: string };

export type Resource<Item extends z.ZodType = z.ZodType, Query extends z.ZodObject = z.ZodObject> = {
  /** the path segment: /api/v1/<name> */
  name: string;
  /** its representation's name in the OpenAPI document */
  schemaName: string;
  /** one of them, in prose, for the OpenAPI document */
  noun: string;
  item: Item;
  filters: Query;
  list: (args: ListArgs<z.output<Query>>) => Promise<z.output<Item>[]>;
  one: (id: number, origin: string) => Promise<z.output<Item> | null>;
};

export const defineResource = <Item extends z.ZodType, Query extends z.ZodObject>(r: Resource<Item, Query>) => r;

export const live = { deletedAt: null };

/** Records dated in these years (`from` and `to` included), on `column`. */
export const inYears = (column: string, from?: number, to?: number) =>
  from || to
    ? {
        [column]: {
          ...(from ? { gte: new Date(Date.UTC(from, 0, 1)) } : {}),
          ...(to ? { lt: new Date(Date.UTC(to + 1, 0, 1)) } : {}),
        },
      }
    : {};

/** A Prisma model as the API reads it (its own types are generic over each query's shape). */
export type Model<Row> = {
  findMany(args: { where: object; orderBy: { id: "asc" }; take: number; select: object }): Promise<Row[]>;
  findFirst(args: { where: object; select: object }): Promise<Row | null>;
};

/**
 * A resource's two reads: a page of the records its filters match, after the cursor in id order,
 * and one record; both leave out what is deleted (`alive`).
 */
export function readsOf<Row, Item, Query>(
  model: Model<Row>,
  spec: {
    select: object;
    present: (row: Row, origin: string) => Item;
    where: (filters: Query) => object | Promise<object>;
    alive?: object;
  },
) {
  const alive = spec.alive ?? live;
  return {
    async list({ filters, after, take, origin }: ListArgs<Query>): Promise<Item[]> {
      const where = { ...alive, ...(await spec.where(filters)), id: { gt: after } };
      const rows = await model.findMany({ where, orderBy: { id: "asc" }, take, select: spec.select });
      return rows.map((row) => spec.present(row, origin));
    },
    async one(id: number, origin: string): Promise<Item | null> {
      const row = await model.findFirst({ where: { ...alive, id }, select: spec.select });
      return row ? spec.present(row, origin) : null;
    },
  };
}
