import Link from "next/link";
import { stateQuery, toggleValue, type BrowseSpec, type BrowseState } from "@/lib/browse/state";
import type { FacetValue } from "@/lib/browse/facets";
import type { TopicNode } from "@/lib/topics/queries";

type Props<K extends string, S extends string> = { basePath: string; spec: BrowseSpec<K, S>; state: BrowseState<K, S> };

function FacetLink<K extends string, S extends string>({
  basePath,
  spec,
  state,
  facet,
  value,
  children,
}: Props<K, S> & { facet: K; value: string; children: React.ReactNode }) {
  const on = state.filters[facet].includes(value);
  return (
    <Link
      href={`${basePath}${stateQuery(spec, toggleValue(spec, state, facet, value))}`}
      aria-current={on ? "true" : undefined}
      className={on ? "on" : undefined}
    >
      {on ? <span aria-hidden="true">✓ </span> : null}
      {children}
    </Link>
  );
}

/** One facet: its values with counts, each a link that turns that value on or off. */
export function FacetList<K extends string, S extends string>(
  props: Props<K, S> & { title: string; facet: K; values: FacetValue[] },
) {
  const { title, facet, values, spec } = props;
  if (values.length === 0) return null;
  const labels = spec.filters[facet].labels;
  return (
    <section className="facet" aria-label={title}>
      <h3>{title}</h3>
      <ul>
        {values.map((v) => (
          <li key={v.value}>
            <FacetLink {...props} facet={facet} value={v.value}>
              {labels?.[v.value] ?? v.label}
            </FacetLink>{" "}
            <span className="count">{v.count}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The theme tree with how many records each theme covers, sub-themes included. */
export function TopicFacet<K extends string, S extends string>(
  props: Props<K, S> & { facet: K; nodes: TopicNode[]; counts: FacetValue[] },
) {
  const counts = new Map(props.counts.map((c) => [c.value, c.count]));
  const chosen = props.state.filters[props.facet];
  const Tree = ({ nodes }: { nodes: TopicNode[] }) => {
    const shown = nodes.filter((n) => (counts.get(String(n.id)) ?? 0) > 0 || chosen.includes(n.slug));
    if (shown.length === 0) return null;
    return (
      <ul className="tree">
        {shown.map((n) => (
          <li key={n.id}>
            <FacetLink {...props} value={n.slug}>
              {n.name}
            </FacetLink>{" "}
            <span className="count">{counts.get(String(n.id)) ?? 0}</span>
            <Tree nodes={n.children} />
          </li>
        ))}
      </ul>
    );
  };
  return (
    <section className="facet" aria-label="Themes">
      <h3>Themes</h3>
      <Tree nodes={props.nodes} />
    </section>
  );
}

/** A browse page's facets: the theme tree first, then each named facet with its counts. */
export function Facets<K extends string, S extends string>({
  nav,
  tree,
  counts,
  lists,
  countedBefore,
}: {
  nav: Props<K, S>;
  tree: TopicNode[];
  counts: Record<K, FacetValue[]>;
  lists: readonly (readonly [title: string, facet: K])[];
  countedBefore: Date | null;
}) {
  return (
    <>
      {countedBefore ? (
        <p className="hint" role="note">
          These counts are from just before the latest change and are being made again; the results are current.
        </p>
      ) : null}
      <TopicFacet {...nav} facet={"topic" as K} nodes={tree} counts={counts["topic" as K]} />
      {lists.map(([title, facet]) => (
        <FacetList key={facet} {...nav} title={title} facet={facet} values={counts[facet]} />
      ))}
    </>
  );
}
