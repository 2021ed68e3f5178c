import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';
import { resourceKind } from '@/contract/resource-kind';
import { crossSectionQuery, crossSectionsQuery } from './cross-section';
import { planQuery, plansQuery } from './plans';
import { apiIndexQuery, areasQuery, indicatorsQuery, targetGroupsQuery } from './reference';
import { seriesQuery } from './series';

/**
 * The query that asks for the resource at an API path (docs/api.md): the
 * same key and options the pages use. A page bundle names its resources by
 * path; this puts each one where the page will look for it.
 */
type Entry = { readonly queryKey: QueryKey; readonly prefetch: (client: QueryClient) => Promise<void> };

// Generic per call, so each query keeps its own types (a union of them does not type-check).
function entry<T, K extends QueryKey>(options: FetchQueryOptions<T, Error, T, K>): Entry {
  return { queryKey: options.queryKey, prefetch: (client) => client.prefetchQuery(options) };
}

function queryFor(path: string): Entry | undefined {
  const part = (i: number) => decodeURIComponent(path.split('/')[i] ?? '').replace(/\.json$/, '');
  switch (resourceKind(path)) {
    case 'index':
      return entry(apiIndexQuery());
    case 'plans':
      return entry(plansQuery());
    case 'plan':
      return entry(planQuery(part(1)));
    case 'areas':
      return entry(areasQuery());
    case 'targetGroups':
      return entry(targetGroupsQuery());
    case 'indicators':
      return entry(indicatorsQuery());
    case 'crossSections':
      return entry(crossSectionsQuery());
    case 'crossSection':
      return entry(crossSectionQuery(part(1)));
    case 'series':
      return entry(seriesQuery(part(1), part(2)));
    case undefined:
      return undefined;
  }
}

/** The query key of the resource at `path`, or undefined outside the contract. */
export function queryKeyForPath(path: string): QueryKey | undefined {
  const q = queryFor(path);
  return q?.queryKey;
}

/** Fetches the resource at `path` into `client` through its page's query; whether it is there now. */
export async function prefetchPath(client: QueryClient, path: string): Promise<boolean> {
  const q = queryFor(path);
  if (!q) return false;
  await q.prefetch(client);
  return client.getQueryState(q.queryKey)?.status === 'success';
}
