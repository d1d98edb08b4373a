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
