import "server-only";
import { requireUser } from "@/lib/auth/session";
import type { SearchParams } from "@/lib/params";
import { topicTree } from "@/lib/topics/queries";
import { parseState, type BrowseSpec, type BrowseState } from "./state";

/**
 * What a browse page reads first: the signed-in user, the filters from the address, the results
 * with their facet counts, the theme tree, and what the facet links need (`nav`).
 */
export async function loadBrowsePage<K extends string, S extends string, R>(
  basePath: string,
  spec: BrowseSpec<K, S>,
  browse: (state: BrowseState<K, S>) => Promise<R>,
  searchParams: Promise<SearchParams>,
) {
  const user = await requireUser();
  const state = parseState(spec, await searchParams);
  const [result, tree] = await Promise.all([browse(state), topicTree()]);
  return { user, state, result, tree, nav: { basePath, spec, state } };
}
