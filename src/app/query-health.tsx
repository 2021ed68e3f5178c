import { useQueryClient, type Query } from '@tanstack/react-query';
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { formatClockTime } from '@/lib/format';
import { MAX_ATTEMPTS } from '@/lib/query-client';
import { strings } from '@/lib/strings';

/**
 * What the page's requests are doing that the page itself cannot show: a
 * request being tried again ("Serveren svarer langsomt – prøver igen
 * (2/3)"), so nobody waits 45 silent seconds for a timeout; and a refresh
 * that failed while the page keeps its earlier data, with both times and a
 * retry. One line under the header for every page.
 */

const time = formatClockTime;

type Health = { retrying: number; failedAt: number; fetchedAt: number };

const HEALTHY: Health = { retrying: 0, failedAt: 0, fetchedAt: 0 };

export function queryHealth(queries: readonly Query[]): Health {
  const active = queries.filter((q) => q.getObserversCount() > 0);
  const retrying = Math.max(
    0,
    ...active.filter((q) => q.state.fetchStatus === 'fetching').map((q) => q.state.fetchFailureCount),
  );
  const stale = active.filter((q) => q.state.data !== undefined && q.state.errorUpdatedAt > q.state.dataUpdatedAt);
  return {
    retrying,
    failedAt: stale.length ? Math.max(...stale.map((q) => q.state.errorUpdatedAt)) : 0,
    fetchedAt: stale.length ? Math.min(...stale.map((q) => q.state.dataUpdatedAt)) : 0,
  };
}

export function QueryHealthNote() {
  const client = useQueryClient();
  const cache = client.getQueryCache();
  // A page attaching makes hundreds of cache events (each query gaining its observers), and each made React
  // read the note again over every query: the note is read once for all the events of a task.
  const subscribe = useCallback(
    (onChange: () => void) => {
      let queued = false;
      let active = true;
      const unsubscribe = cache.subscribe(() => {
        if (queued) return;
        queued = true;
        queueMicrotask(() => {
          queued = false;
          if (active) onChange();
        });
      });
      return () => {
        active = false;
        unsubscribe();
      };
    },
    [cache],
  );
  // The same object while what the note says is the same, so React re-renders only when it changes.
  const last = useRef<Health>(HEALTHY);
  const snapshot = useCallback(() => {
    const next = queryHealth(cache.getAll());
    const same =
      next.retrying === last.current.retrying &&
      next.failedAt === last.current.failedAt &&
      next.fetchedAt === last.current.fetchedAt;
    if (!same) last.current = next;
    return last.current;
  }, [cache]);
  // A prerendered page says nothing here; hydration starts from the same and then reads the cache.
  const health = useSyncExternalStore(subscribe, snapshot, () => HEALTHY);
  const retryStale = () =>
    void client.refetchQueries({
      type: 'active',
      predicate: (q) => q.state.data !== undefined && q.state.errorUpdatedAt > q.state.dataUpdatedAt,
    });
  return (
    <div className="query-health" role="status" aria-live="polite">
      {health.retrying > 0 && (
        <p className="query-note">
          {strings.errors.retrying(Math.min(health.retrying + 1, MAX_ATTEMPTS), MAX_ATTEMPTS)}
        </p>
      )}
      {health.failedAt > 0 && (
        <p className="query-note">
          {strings.errors.refreshFailed(time(health.failedAt), time(health.fetchedAt))}{' '}
          <button type="button" className="link-button" onClick={retryStale}>
            {strings.status.retry}
          </button>
        </p>
      )}
    </div>
  );
}
