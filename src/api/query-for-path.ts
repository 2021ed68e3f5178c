import type { QueryClient, QueryKey } from '@tanstack/react-query';
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
function queryFor(path: string) {
  const part = (i: number) => decodeURIComponent(path.split('/')[i] ?? '').replace(/\.json$/, '');
  switch (resourceKind(path)) {
    case 'index':
      return { kind: 'index' as const, query: apiIndexQuery() };
    case 'plans':
      return { kind: 'plans' as const, query: plansQuery() };
    case 'plan':
      return { kind: 'plan' as const, query: planQuery(part(1)) };
    case 'areas':
      return { kind: 'areas' as const, query: areasQuery() };
    case 'targetGroups':
      return { kind: 'targetGroups' as const, query: targetGroupsQuery() };
    case 'indicators':
      return { kind: 'indicators' as const, query: indicatorsQuery() };
    case 'crossSections':
      return { kind: 'crossSections' as const, query: crossSectionsQuery() };
    case 'crossSection':
      return { kind: 'crossSection' as const, query: crossSectionQuery(part(1)) };
    case 'series':
      return { kind: 'series' as const, query: seriesQuery(part(1), part(2)) };
    case undefined:
      return undefined;
  }
}

/** The query key of the resource at `path`, or undefined outside the contract. */
export function queryKeyForPath(path: string): QueryKey | undefined {
  const q = queryFor(path);
  return q?.query.queryKey;
}

/** Fetches the resource at `path` into `client` through its page's query; whether it is there now. */
export async function prefetchPath(client: QueryClient, path: string): Promise<boolean> {
  const q = queryFor(path);
  if (!q) return false;
  // One branch per kind, so each query keeps its own types.
  switch (q.kind) {
    case 'index':
      await client.prefetchQuery(q.query);
      break;
    case 'plans':
      await client.prefetchQuery(q.query);
      break;
    case 'plan':
      await client.prefetchQuery(q.query);
      break;
    case 'areas':
      await client.prefetchQuery(q.query);
      break;
    case 'targetGroups':
      await client.prefetchQuery(q.query);
      break;
    case 'indicators':
      await client.prefetchQuery(q.query);
      break;
    case 'crossSections':
      await client.prefetchQuery(q.query);
      break;
    case 'crossSection':
      await client.prefetchQuery(q.query);
      break;
    case 'series':
      await client.prefetchQuery(q.query);
      break;
  }
  const key = queryKeyForPath(path);
  return key !== undefined && client.getQueryState(key)?.status === 'success';
}
