import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client';
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
