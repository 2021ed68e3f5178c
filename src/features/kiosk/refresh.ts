import { hashKey, onlineManager, useQuery, useQueryClient, type Query } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { apiIndexQuery } from '@/api/reference';
import { ApiError } from '@/lib/api-client';

// How often to look for the API to come back, when the playlist's own refresh interval is longer.
const DOWN_POLL_MS = 15_000;

/**
 * Keeps the wall screen current: the dataset's index is polled on an
 * interval, and each successful poll refreshes what the slides have loaded
 * (the slide on screen at once, the others when they come round, anything
 * that failed at once). That poll is the screen's only retry: a slide
 * coming round again does not refetch what failed (a misconfigured series
 * that answers 404 would otherwise be asked for on every rotation, all week),
 * and while the poll fails the other queries wait for it instead of failing
 * one by one. Failures keep the last good data (react-query does not drop it).
 */
export function useRefreshLoop(refreshMs: number) {
  const queryClient = useQueryClient();
  const index = useQuery({
    ...apiIndexQuery(),
    // While the API is down everything else waits for this poll, so it comes sooner than usual.
    refetchInterval: (query) => (apiDown(query.state) ? Math.min(refreshMs, DOWN_POLL_MS) : refreshMs),
    refetchIntervalInBackground: true,
    staleTime: 0,
    // The next poll is the retry.
    retry: false,
    // The poll is how the screen finds out that the API is back, so it runs even while the others wait.
    networkMode: 'always',
  });
  // While the poll fails, every other query waits for it, as react-query does while offline.
  const down = apiDown(index);
  useEffect(() => onlineManager.setOnline(!down), [down]);
  useEffect(() => () => onlineManager.setOnline(navigator.onLine), []);
  useEffect(() => {
    const previous = queryClient.getDefaultOptions();
    queryClient.setDefaultOptions({ ...previous, queries: { ...previous.queries, retryOnMount: false } });
    return () => queryClient.setDefaultOptions(previous);
  }, [queryClient]);
  const seen = useRef(index.dataUpdatedAt);
  useEffect(() => {
    const previous = seen.current;
    seen.current = index.dataUpdatedAt;
    if (previous === 0 || previous === index.dataUpdatedAt) return;
    const indexHash = hashKey(apiIndexQuery().queryKey);
    const notIndex = (q: Query) => q.queryHash !== indexHash;
    // What is on screen now is fetched again; the rest is marked stale and fetched when its slide comes round.
    void queryClient.invalidateQueries({ predicate: notIndex });
    // A failed query is not fetched when its slide comes round (retryOnMount is off), so it is retried here.
    void queryClient.refetchQueries({ predicate: (q) => notIndex(q) && q.state.status === 'error', type: 'inactive' });
  }, [index.dataUpdatedAt, queryClient]);
  return index;
}

/** The latest poll failed in a way a later one may fix: the API, or the network to it, is down. */
export function apiDown(poll: { dataUpdatedAt: number; errorUpdatedAt: number; error: unknown }): boolean {
  return poll.errorUpdatedAt > poll.dataUpdatedAt && isTransient(poll.error);
}

const isTransient = (error: unknown) => !(error instanceof ApiError) || error.transient;

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
  const failing = queries.filter((q) => q.active && q.errorUpdatedAt > q.dataUpdatedAt && isTransient(q.error));
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
