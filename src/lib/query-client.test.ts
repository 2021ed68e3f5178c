import { QueryObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-client';
import { COALESCE_FROM_MS } from './coalesced-timeouts';
import { createQueryClient, lastError, MAX_ATTEMPTS, shouldRetry } from './query-client';

describe('the retry rule', () => {
  it('tries a timeout three times in all, and the error learns how many', () => {
    const error = new ApiError('timeout', 'plans.json', 'svarede ikke');
    expect(shouldRetry(0, error)).toBe(true);
    expect(shouldRetry(1, error)).toBe(true);
    expect(shouldRetry(2, error)).toBe(false);
    expect(error.attempts).toBe(MAX_ATTEMPTS);
  });

  it('never retries what will not fix itself: a 404 or a contract error', () => {
    const missing = new ApiError('http', 'plans/x.json', 'findes ikke', { status: 404 });
    expect(shouldRetry(0, missing)).toBe(false);
    expect(missing.attempts).toBe(1);
    expect(shouldRetry(0, new ApiError('contract', 'plans.json', 'forkert format'))).toBe(false);
  });
});

describe('the last error of a query', () => {
  it('is kept while the query is fetched again, and forgotten once a fetch succeeds', async () => {
    const client = createQueryClient();
    const key = ['serie', 'x'];
    const failure = new ApiError('timeout', 'x.json', 'svarede ikke');
    await client.prefetchQuery({ queryKey: key, queryFn: () => Promise.reject(failure), retry: false });
    expect(lastError(client, key)).toBe(failure);
    let answer: (v: number) => void = () => {};
    const again = client.fetchQuery({ queryKey: key, queryFn: () => new Promise<number>((r) => (answer = r)) });
    // react-query has cleared the error for the new fetch; the last one is still known.
    expect(client.getQueryState(key)?.error).toBeNull();
    expect(lastError(client, key)).toBe(failure);
    answer(1);
    await again;
    expect(lastError(client, key)).toBeUndefined();
  });
});

describe('the client’s timers', () => {
  // In node react-query sets no stale timers (it takes itself for a server), so this counts the removal timers;
  // a browser's observers' stale timers take the same path (coalesced-timeouts.test.ts).
  it('let a hydrated page’s queries share one browser timer instead of one each', () => {
    const client = createQueryClient();
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const clearTimeoutSpy = vi.spyOn(globalThis, 'clearTimeout');
    try {
      // As a hydrated page does: 100 queries filled from its bundle, then an observer on each, twice.
      for (let i = 0; i < 100; i++) client.setQueryData(['series', String(i)], { i });
      const observers = Array.from(
        { length: 200 },
        (_, i) => new QueryObserver(client, { queryKey: ['series', String(i % 100)] }),
      );
      const unsubscribe = observers.map((o) => o.subscribe(() => undefined));
      const longTimers = setTimeoutSpy.mock.calls.filter(([, delay]) => (delay ?? 0) >= COALESCE_FROM_MS);
      expect(longTimers.length).toBeLessThanOrEqual(2);
      expect(clearTimeoutSpy.mock.calls.length).toBeLessThanOrEqual(2);
      unsubscribe.forEach((u) => u());
    } finally {
      setTimeoutSpy.mockRestore();
      clearTimeoutSpy.mockRestore();
      client.clear();
    }
  });
});
