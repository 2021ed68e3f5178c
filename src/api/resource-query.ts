import { queryOptions, type QueryKey } from '@tanstack/react-query';
import type { ResourceKind } from '@/contract';
import { getResource } from '@/lib/api-client';

/**
 * The query for one API resource: its key, its path and what kind of resource it is
 * (which contract schema validates it).
 * The path travels in the query's meta, so the wall screen can save the
 * answer as sent and validate it again when it restores it.
 *
 * The query's AbortSignal is deliberately not used: react-query cancels a
 * fetch whose signal was read as soon as its last observer unmounts. The wall
 * screen unmounts each slide when the next comes round, so a request that
 * hangs would be cancelled and asked again at every rotation and never reach
 * its own 15-second deadline; the screen would wait in silence. A finished
 * answer that nobody is looking at still fills the cache for the next visit.
 */
export function resourceQuery<R extends ResourceKind, K extends QueryKey>(
  queryKey: K,
  path: string,
  kind: R,
  options: { staleTime?: number; networkMode?: 'always'; retry?: false; refetchOnMount?: false } = {},
) {
  return queryOptions({
    queryKey,
    queryFn: () => getResource(path, kind),
    meta: { resource: path },
    ...options,
  });
}
