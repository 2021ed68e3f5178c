import { QueryCache, QueryClient, timeoutManager, type QueryKey } from '@tanstack/react-query';
import { ApiError } from './api-client';
import { coalescedTimeouts } from './coalesced-timeouts';

const MAX_RETRIES = 2;
/** Tries in all, the first included: what "prøver igen (2/3)" counts to. */
export const MAX_ATTEMPTS = MAX_RETRIES + 1;

/**
 * Retry only what may succeed next time: a 404 or invalid data will not fix
 * itself. `failureCount` is the failures before this one; the error learns how
 * many tries it took, so its message can say so.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  error.attempts = failureCount + 1;
  return error.transient && failureCount < MAX_RETRIES;
}

/*
 * The last error of each query, kept through the next attempt: react-query
 * clears a query's error when it fetches again, and on the wall screen, which
 * refetches on every poll, a request that keeps timing out would otherwise
 * read as "loading" for most of each minute. Keyed by the query object, so it
 * goes when the query is collected.
 */
const lastErrors = new WeakMap<object, unknown>();

/** The error of the query's latest failed fetch, while no fetch has succeeded since. */
export function lastError(client: QueryClient, queryKey: QueryKey): unknown {
  const query = client.getQueryCache().find({ queryKey, exact: true });
  return query ? lastErrors.get(query) : undefined;
}

// One for the app, set before any client exists: react-query cannot clear one provider's timers with another's.
const TIMEOUTS = coalescedTimeouts();

export function createQueryClient(): QueryClient {
  timeoutManager.setTimeoutProvider(TIMEOUTS);
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => void lastErrors.set(query, error),
      onSuccess: (_data, query) => void lastErrors.delete(query),
    }),
    defaultOptions: {
      queries: {
        // Plan documents change a few times a year; refetching on every focus would only add load.
        staleTime: 5 * 60_000,
        gcTime: 30 * 60_000,
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
        refetchOnWindowFocus: false,
      },
    },
  });
}
