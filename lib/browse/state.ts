// A browse page (agreements, dialogues, outcomes) keeps its whole state in the URL, so a filtered
// view can be bookmarked and sent to a colleague and the back button works. Pure: parsing those
// URLs, building them, and switching one facet value on or off.

export type FilterRule = {
  /** Several values at once (checkbox-like) or one (radio-like; choosing another replaces it). */
  many: boolean;
  /** The value in its canonical form, or undefined when it is not valid (ignored, never an error). */
  accept: (value: string) => string | undefined;
  /** At most this many values are kept. */
  limit?: number;
  /** Human wording of each value, for a fixed set of values. */
  labels?: Record<string, string>;
};

export type BrowseSpec<K extends string, S extends string> = {
  filters: Record<K, FilterRule>;
  sorts: Record<S, string>;
  defaultSort: S;
};

export type BrowseState<K extends string, S extends string> = { filters: Record<K, string[]>; sort: S; page: number };

export type RawParams = Record<string, string | string[] | undefined>;

const MAX_INT = 2_147_483_647;

export const rules = {
  /** One of a fixed set of values (an enum), given with their wording. */
  oneOf: (labels: Record<string, string>): FilterRule => ({
    many: true,
    labels,
    accept: (v) => (Object.hasOwn(labels, v) ? v : undefined),
  }),
  /** A record id. */
  id: (): FilterRule => ({
    many: false,
    accept: (v) => (/^\d{1,10}$/.test(v) && +v > 0 && +v <= MAX_INT ? String(+v) : undefined),
  }),
  /** A calendar year. */
  year: (): FilterRule => ({ many: false, accept: (v) => (/^\d{4}$/.test(v) && +v >= 1000 ? v : undefined) }),
  /** A topic slug (the theme and its sub-themes). */
  slug: (): FilterRule => ({ many: false, accept: (v) => (/^[a-z0-9-]{1,100}$/.test(v) ? v : undefined) }),
  /** Country codes; choosing two means "both", i.e. a country pair. */
  countries: (): FilterRule => ({
    many: true,
    limit: 5,
    accept: (v) => (/^[A-Za-z]{2}$/.test(v) ? v.toUpperCase() : undefined),
  }),
};

const all = (value: string | string[] | undefined) =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

export function parseState<K extends string, S extends string>(
  spec: BrowseSpec<K, S>,
  raw: RawParams,
): BrowseState<K, S> {
  const filters = {} as Record<K, string[]>;
  for (const key of Object.keys(spec.filters) as K[]) {
    const rule = spec.filters[key];
    const values = [
      ...new Set(
        all(raw[key])
          .map(rule.accept)
          .filter((v): v is string => v !== undefined),
      ),
    ];
    filters[key] = values.slice(0, rule.many ? (rule.limit ?? 20) : 1);
  }
  const sort = all(raw.sort)[0];
  const page = all(raw.page)[0];
  return {
    filters,
    sort: sort !== undefined && Object.hasOwn(spec.sorts, sort) ? (sort as S) : spec.defaultSort,
    page: page && /^\d{1,6}$/.test(page) && +page > 0 ? +page : 1,
  };
}

/** The query string for a state (defaults left out, so URLs stay short), "" when there is nothing to say. */
export function stateQuery<K extends string, S extends string>(
  spec: BrowseSpec<K, S>,
  state: BrowseState<K, S>,
): string {
  const q = new URLSearchParams();
  for (const key of Object.keys(spec.filters) as K[]) for (const value of state.filters[key]) q.append(key, value);
  if (state.sort !== spec.defaultSort) q.set("sort", state.sort);
  if (state.page > 1) q.set("page", String(state.page));
  const text = q.toString();
  return text ? `?${text}` : "";
}

/** The state with one facet value switched on or off, back on the first page. */
export function toggleValue<K extends string, S extends string>(
  spec: BrowseSpec<K, S>,
  state: BrowseState<K, S>,
  key: K,
  value: string,
): BrowseState<K, S> {
  const current = state.filters[key];
  const on = current.includes(value);
  const next = on ? current.filter((v) => v !== value) : spec.filters[key].many ? [...current, value] : [value];
  return { ...state, filters: { ...state.filters, [key]: next }, page: 1 };
}

export function isFiltered<K extends string, S extends string>(state: BrowseState<K, S>): boolean {
  return Object.values<string[]>(state.filters).some((values) => values.length > 0);
}

/** The single value of a one-value filter, if chosen. */
export const only = (values: string[]): string | undefined => values[0];
