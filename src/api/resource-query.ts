import { queryOptions, type QueryKey } from '@tanstack/react-query';
import type { z } from 'zod';
import { getResource } from '@/lib/api-client';

/**
 * The query for one API resource: its key, its path and its contract schema.
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
export function resourceQuery<S extends z.ZodType, K extends QueryKey>(
  queryKey: K,
  path: string,
  schema: S,
  options: { staleTime?: number; networkMode?: 'always'; retry?: false; refetchOnMount?: false } = {},
) {
  return queryOptions({
    queryKey,
    queryFn: () => getResource(path, schema),
    meta: { resource: path },
    ...options,
  });
}
