import Link from "next/link";
import { browseQuery, toggle, type BrowseParams } from "@/lib/agreements/browse-params";
import type { FacetValue } from "@/lib/agreements/browse";
import type { TopicNode } from "@/lib/topics/queries";

type ListKey = "status" | "kind" | "party";
type OneKey = "signatory" | "series" | "year";

/** One facet: its values with counts, each a link that turns that value on or off. */
export function FacetList({ title, values, params, paramKey, isOn }: {
  title: string; values: FacetValue[]; params: BrowseParams; paramKey: ListKey | OneKey; isOn: (value: string) => boolean;
}) {
  if (values.length === 0) return null;
  return (
    <section className="facet" aria-label={title}>
      <h3>{title}</h3>
      <ul>
        {values.map((v) => {
          const on = isOn(v.value);
          const next = paramKey === "status" || paramKey === "kind" || paramKey === "party" ? toggle(params, paramKey, v.value) : toggle(params, paramKey, Number(v.value));
          return (
            <li key={v.value}>
              <Link href={`/agreements${browseQuery(next)}`} aria-current={on ? "true" : undefined} className={on ? "on" : undefined}>
                {on ? <span aria-hidden="true">✓ </span> : null}{v.label}
              </Link>{" "}
              <span className="count">{v.count}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The theme tree with how many agreements each theme covers, sub-themes included. */
export function TopicFacet({ nodes, counts, params }: { nodes: TopicNode[]; counts: Map<number, number>; params: BrowseParams }) {
  const shown = nodes.filter((n) => (counts.get(n.id) ?? 0) > 0 || params.topic === n.slug);
  if (shown.length === 0) return null;
  return (
    <ul className="tree">
      {shown.map((n) => {
        const on = params.topic === n.slug;
        return (
          <li key={n.id}>
            <Link href={`/agreements${browseQuery(toggle(params, "topic", n.slug))}`} aria-current={on ? "true" : undefined} className={on ? "on" : undefined}>
              {on ? <span aria-hidden="true">✓ </span> : null}{n.name}
            </Link>{" "}
            <span className="count">{counts.get(n.id) ?? 0}</span>
            <TopicFacet nodes={n.children} counts={counts} params={params} />
          </li>
        );
      })}
    </ul>
  );
}
