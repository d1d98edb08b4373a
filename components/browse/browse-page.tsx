import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";
import { stateQuery, type BrowseSpec, type BrowseState } from "@/lib/browse/state";
import { SaveView } from "@/components/watches/save-view";
import type { FacetValue } from "@/lib/browse/facets";
import type { TopicNode } from "@/lib/topics/queries";
import { PageHeader } from "@/components/ui/page-header";
import { BrowseFrame } from "./browse-frame";
import { Facets } from "./facets";

type Loaded<K extends string, S extends string> = {
  user: CurrentUser;
  tree: TopicNode[];
  nav: { basePath: string; spec: BrowseSpec<K, S>; state: BrowseState<K, S> };
  result: { total: number; pageCount: number; facets: Record<K, FacetValue[]>; countedBefore: Date | null };
};

/**
 * A browse page as loadBrowsePage() read it: its header (with the links that make new records, for
 * analysts), the theme tree and the named facets beside the results, and the results themselves.
 */
export function BrowsePage<K extends string, S extends string>({
  title,
  page: { user, tree, nav, result },
  facets,
  noun,
  create = [],
  intro,
  timelineHref,
  children,
}: {
  title: string;
  page: Loaded<K, S>;
  /** the facets after the theme tree: title and filter */
  facets: readonly (readonly [title: string, facet: K])[];
  noun: [singular: string, plural: string];
  /** links to new records: label and address, the first the main one */
  create?: [label: string, href: string][];
  intro?: React.ReactNode;
  /** a timeline (and downloads) of exactly the records shown */
  timelineHref?: string;
  children: React.ReactNode;
}) {
  const creates = hasRole(user.role, "ANALYST") && create.length > 0;
  return (
    <>
      <PageHeader title={title}>
        {intro}
        {creates ? (
          <p className="toolbar">
            {create.map(([label, href], i) => (
              <Link key={href} className={i === 0 ? "button" : "button secondary"} href={href}>
                {label}
              </Link>
            ))}
          </p>
        ) : null}
        <SaveView page={nav.basePath.slice(1)} query={stateQuery(nav.spec, { ...nav.state, page: 1 }).slice(1)} />
      </PageHeader>
      <BrowseFrame
        {...nav}
        result={result}
        timelineHref={timelineHref}
        noun={noun}
        facets={
          <Facets nav={nav} tree={tree} counts={result.facets} lists={facets} countedBefore={result.countedBefore} />
        }
      >
        {children}
      </BrowseFrame>
    </>
  );
}
