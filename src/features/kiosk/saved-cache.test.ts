import { dehydrate, hydrate, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { lastGoodAnswers, MAX_AGE_MS, readSaved, SAVED_VERSION, toSaved, withoutOldest } from './saved-cache';

const HOUR = 60 * 60_000;
const T0 = Date.parse('2026-11-30T08:00:00Z');

/** A client holding a fetched plan whose latest refresh failed, and a query that never got data. */
function clientWithHistory() {
  const client = new QueryClient();
  client.setQueryData(['plans', 'detail', 'rr2014'], { title: 'Resultatrevision 2014' }, { updatedAt: T0 });
  const plan = client.getQueryCache().find({ queryKey: ['plans', 'detail', 'rr2014'] })!;
  plan.setState({
    status: 'error',
    error: new ApiError('network', 'plans/rr2014.json', 'nede'),
    errorUpdatedAt: T0 + HOUR,
  });
  client.getQueryCache().build(client, { queryKey: ['reference', 'index'] });
  return client;
}

const saved = (client: QueryClient, now: number) =>
  toSaved(dehydrate(client, { shouldDehydrateQuery: () => true }).queries, now);

describe('what the wall screen saves', () => {
  it('keeps the last good answer of a query whose refresh failed, as a success with its own fetch time', () => {
    const [plan, ...rest] = lastGoodAnswers(
      dehydrate(clientWithHistory(), { shouldDehydrateQuery: () => true }).queries,
    );
    expect(rest).toEqual([]);
    expect(plan!.queryKey).toEqual(['plans', 'detail', 'rr2014']);
    expect(plan!.state).toMatchObject({
      data: { title: 'Resultatrevision 2014' },
      dataUpdatedAt: T0,
      status: 'success',
      error: null,
      errorUpdatedAt: 0,
    });
  });

  it('survives JSON and comes back into a fresh client with the data and the time it was fetched', () => {
    const text = JSON.stringify(saved(clientWithHistory(), T0 + HOUR));
    const result = readSaved(text, T0 + 3 * HOUR);
    expect(result.ok).toBe(true);
    const restarted = new QueryClient();
    hydrate(restarted, result.ok ? result.state : { queries: [], mutations: [] });
    const state = restarted.getQueryState(['plans', 'detail', 'rr2014']);
    expect(state).toMatchObject({ data: { title: 'Resultatrevision 2014' }, dataUpdatedAt: T0, status: 'success' });
  });

  it('leaves out the oldest answers first when storage is full', () => {
    const client = new QueryClient();
    client.setQueryData(['a'], 1, { updatedAt: T0 });
    client.setQueryData(['b'], 2, { updatedAt: T0 + 2 * HOUR });
    client.setQueryData(['c'], 3, { updatedAt: T0 + HOUR });
    const keys = (n: number) => withoutOldest(saved(client, T0), n).queries.map((q) => q.queryKey[0]);
    expect(keys(0)).toEqual(['b', 'c', 'a']);
    expect(keys(1)).toEqual(['b', 'c']);
    expect(keys(5)).toEqual([]);
  });
});

describe('what the wall screen accepts back', () => {
  const good = JSON.stringify(saved(clientWithHistory(), T0));

  it('has nothing to restore on a first start', () => {
    expect(readSaved(null, T0)).toEqual({ ok: false, reason: 'none' });
  });

  it('rejects broken JSON, another version and a changed shape', () => {
    expect(readSaved('{"version":', T0)).toEqual({ ok: false, reason: 'invalid' });
    expect(readSaved(good.replace(SAVED_VERSION, '1/api-v0'), T0)).toEqual({ ok: false, reason: 'invalid' });
    expect(
      readSaved(JSON.stringify({ version: SAVED_VERSION, savedAt: T0, queries: [{ queryKey: 'x' }] }), T0),
    ).toEqual({ ok: false, reason: 'invalid' });
  });

  it('shows nothing older than a week: a screen that old should say it has no data', () => {
    expect(readSaved(good, T0 + MAX_AGE_MS + 1)).toEqual({ ok: false, reason: 'old' });
    expect(readSaved(good, T0 + MAX_AGE_MS).ok).toBe(true);
  });
});
