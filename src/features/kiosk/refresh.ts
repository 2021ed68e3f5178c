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
  });
  // While the poll fails, every other query waits for it, as react-query does while offline.
  const down = apiDown(index);
  useEffect(() => onlineManager.setOnline(!down), [down]);
  useEffect(() => () => onlineManager.setOnline(navigator.onLine), []);
  useEffect(() => {
    const previous = queryClient.getDefaultOptions();
    // A query whose last fetch failed counts as stale, so a slide coming round would ask again each
    // time; here only the poll retries it (below), whether it had data before or not.
    queryClient.setDefaultOptions({
      ...previous,
      queries: { ...previous.queries, retryOnMount: false, refetchOnMount: (q) => q.state.status !== 'error' },
    });
    return () => queryClient.setDefaultOptions(previous);
  }, [queryClient]);
  const seen = useRef(index.dataUpdatedAt);
  useEffect(() => {
    const previous = seen.current;
    seen.current = index.dataUpdatedAt;
    if (previous === 0 || previous === index.dataUpdatedAt) return;
    const notIndex = (q: Query) => q.queryHash !== indexHash;
    // What is on screen now is fetched again; the rest is marked stale and fetched when its slide comes round.
    // A fetch still under way is left to finish: cancelling it at every poll, a request that hangs
    // would never reach its deadline, and the slide would wait in silence instead of saying so.
    void queryClient.invalidateQueries({ predicate: notIndex }, { cancelRefetch: false });
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

export type QueryHealth = {
  /** The slide's data (an API resource), the index poll, or anything else (the playlist file). */
  role: 'data' | 'poll' | 'other';
  active: boolean;
  dataUpdatedAt: number;
  errorUpdatedAt: number;
  error: unknown;
};

export type SlideFreshness = {
  /** When the oldest data on the slide was fetched; 0 when it has none. */
  fetchedAt: number;
  /**
   * Null while the slide's data answered its latest refresh; else since when
   * it has not (its own fetch time; 0 when nothing was ever loaded).
   */
  failingSince: number | null;
};

/**
 * How current the slide on screen is, from its own queries (the only data
 * queries with an observer: one slide is mounted at a time). Any failed
 * refresh of data it shows counts: a 404, malformed JSON, a contract error as
 * much as the network. So does a failing index poll, which holds every other
 * query back. A resource that never loaded and will not (a misconfigured id)
 * is the slide's own placeholder, not a banner.
 */
export function slideFreshness(queries: readonly QueryHealth[]): SlideFreshness {
  const data = queries.filter((q) => q.active && q.role === 'data');
  const loaded = data.filter((q) => q.dataUpdatedAt > 0);
  const fetchedAt = loaded.length > 0 ? Math.min(...loaded.map((q) => q.dataUpdatedAt)) : 0;
  const failed = (q: QueryHealth) => q.errorUpdatedAt > q.dataUpdatedAt;
  const stale = loaded.filter(failed);
  const neverLoaded = data.some((q) => q.dataUpdatedAt === 0 && failed(q) && isTransient(q.error));
  const pollDown = queries.some((q) => q.role === 'poll' && apiDown(q));
  if (stale.length > 0) return { fetchedAt, failingSince: Math.min(...stale.map((q) => q.dataUpdatedAt)) };
  if (pollDown || neverLoaded) return { fetchedAt, failingSince: fetchedAt };
  return { fetchedAt, failingSince: null };
}

const indexHash = hashKey(apiIndexQuery().queryKey);

const health = (q: Query): QueryHealth => ({
  role: q.queryHash === indexHash ? 'poll' : typeof q.meta?.resource === 'string' ? 'data' : 'other',
  active: q.getObserversCount() > 0,
  dataUpdatedAt: q.state.dataUpdatedAt,
  errorUpdatedAt: q.state.errorUpdatedAt,
  error: q.state.error,
});

/** The slide's freshness, following the query cache; a string snapshot so React sees a change only when there is one. */
export function useSlideFreshness(): SlideFreshness {
  const cache = useQueryClient().getQueryCache();
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(onChange), [cache]);
  const snapshot = useCallback(() => {
    const f = slideFreshness(cache.getAll().map(health));
    return `${f.fetchedAt}|${f.failingSince ?? ''}`;
  }, [cache]);
  const [fetchedAt = '0', failing = ''] = useSyncExternalStore(subscribe, snapshot).split('|');
  return { fetchedAt: Number(fetchedAt), failingSince: failing === '' ? null : Number(failing) };
}

/**
 * Why the slides' data waits, while the index poll fails ("Kunne ikke få
 * forbindelse …"): the other queries are held back for it, so a slide that
 * has nothing yet would otherwise say only "Henter data …" all through an outage.
 */
export function usePollProblem(): string | null {
  const cache = useQueryClient().getQueryCache();
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(onChange), [cache]);
  const snapshot = useCallback(() => {
    const poll = cache.get(indexHash)?.state;
    if (!poll || !apiDown(poll)) return null;
    return poll.error instanceof Error ? poll.error.message : null;
  }, [cache]);
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
