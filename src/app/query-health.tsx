import { useQueryClient, type Query } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { MAX_ATTEMPTS } from '@/lib/query-client';
import { strings } from '@/lib/strings';

/**
 * What the page's requests are doing that the page itself cannot show: a
 * request being tried again ("Serveren svarer langsomt – prøver igen
 * (2/3)"), so nobody waits 45 silent seconds for a timeout; and a refresh
 * that failed while the page keeps its earlier data, with both times and a
 * retry. One line under the header for every page.
 */

const clock = new Intl.DateTimeFormat('da-DK', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Copenhagen' });
const time = (ms: number) => clock.format(new Date(ms)).replace('.', ':');

type Health = { retrying: number; failedAt: number; fetchedAt: number };

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
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(onChange), [cache]);
  // A string snapshot: React re-renders only when what the note says changes.
  const snapshot = useCallback(() => JSON.stringify(queryHealth(cache.getAll())), [cache]);
  const health = JSON.parse(useSyncExternalStore(subscribe, snapshot)) as Health;
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
