import { queryOptions, type QueryKey } from '@tanstack/react-query';
import type { z } from 'zod';
import { getResource } from '@/lib/api-client';

/**
 * The query for one API resource: its key, its path and its contract schema.
 * The path travels in the query's meta, so the wall screen can save the
 * answer as sent and validate it again when it restores it.
 */
export function resourceQuery<S extends z.ZodType, K extends QueryKey>(
  queryKey: K,
  path: string,
  schema: S,
  options: { staleTime?: number; networkMode?: 'always'; retry?: false; refetchOnMount?: false } = {},
) {
  return queryOptions({
    queryKey,
    queryFn: ({ signal }) => getResource(path, schema, { signal }),
    meta: { resource: path },
    ...options,
  });
}
