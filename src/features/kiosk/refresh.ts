import { useQuery, useQueryClient, type Query } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { apiIndexQuery } from '@/api/reference';
import { ApiError } from '@/lib/api-client';

/**
 * Keeps the wall screen current: the dataset's index is polled on an
 * interval; each successful poll refreshes the data the slides show.
 * Failures keep the last good data (react-query does not drop it).
 */
export function useRefreshLoop(refreshMs: number) {
  const queryClient = useQueryClient();
  const index = useQuery({
    ...apiIndexQuery(),
    refetchInterval: refreshMs,
    refetchIntervalInBackground: true,
    staleTime: 0,
    // The next poll is the retry.
    retry: false,
  });
  const seen = useRef(index.dataUpdatedAt);
  useEffect(() => {
    const previous = seen.current;
    seen.current = index.dataUpdatedAt;
    if (previous === 0 || previous === index.dataUpdatedAt) return;
    const indexKey = apiIndexQuery().queryKey;
    void queryClient.invalidateQueries({ predicate: (q) => q.queryKey.join('/') !== indexKey.join('/') });
  }, [index.dataUpdatedAt, queryClient]);
  return index;
}

type QueryHealth = {
  active: boolean;
  dataUpdatedAt: number;
  errorUpdatedAt: number;
  error: unknown;
};

/**
 * Since when the screen's data has not been updated: null while every query
 * on screen answered last time; else the fetch time of the oldest data still
 * shown (0 when a query never had data). Errors that retrying cannot fix
 * (a misconfigured id: 404) are the slide's business, not a staleness banner.
 */
export function failingSince(queries: readonly QueryHealth[]): number | null {
  const failing = queries.filter(
    (q) => q.active && q.errorUpdatedAt > q.dataUpdatedAt && (!(q.error instanceof ApiError) || q.error.transient),
  );
  if (failing.length === 0) return null;
  return Math.min(...failing.map((q) => q.dataUpdatedAt));
}

const health = (q: Query): QueryHealth => ({
  active: q.getObserversCount() > 0,
  dataUpdatedAt: q.state.dataUpdatedAt,
  errorUpdatedAt: q.state.errorUpdatedAt,
  error: q.state.error,
});

export function useFailingSince(): number | null {
  const cache = useQueryClient().getQueryCache();
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(onChange), [cache]);
  const snapshot = useCallback(() => failingSince(cache.getAll().map(health)), [cache]);
  return useSyncExternalStore(subscribe, snapshot);
}

/** The current time, ticking every `everyMs`, for ages that grow while nothing else changes. */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}
