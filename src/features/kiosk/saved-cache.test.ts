import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { planListSchema } from '@/contract';
import { ApiError } from '@/lib/api-client';
import { MAX_AGE_MS, readSaved, SAVED_VERSION, toSaved, withoutOldest, type CachedQuery } from './saved-cache';

const HOUR = 60 * 60_000;
const T0 = Date.parse('2026-11-30T08:00:00Z');

/** plans.json as the server sends it. */
const plansBody = [
  {
    id: 'rr2014',
    title: 'Resultatrevision 2014 for Jobcenter Vallensbæk',
    kind: 'resultatrevision',
    issuer: 'Jobcenter Vallensbæk',
    year: 2014,
    areas: ['jc-vallensbaek'],
    document: '002_3e6cb87c903c4f86.txt',
    targetCount: 12,
  },
];
const bodies: Record<string, unknown> = { 'plans.json': plansBody };

/** A client holding the plan list whose latest refresh failed, and a query that never got data. */
function clientWithHistory() {
  const client = new QueryClient();
  const cache = client.getQueryCache();
  cache.build(client, { queryKey: ['plans', 'list'], meta: { resource: 'plans.json' } });
  client.setQueryData(['plans', 'list'], planListSchema.parse(plansBody), { updatedAt: T0 });
  cache.find({ queryKey: ['plans', 'list'] })!.setState({
    status: 'error',
    error: new ApiError('network', 'plans.json', 'nede'),
    errorUpdatedAt: T0 + HOUR,
  });
  cache.build(client, { queryKey: ['reference', 'index'], meta: { resource: 'index.json' } });
  return client;
}

const saved = (client: QueryClient, now: number) =>
  toSaved(client.getQueryCache().getAll() as CachedQuery[], (p) => bodies[p], now);

describe('what the wall screen saves', () => {
  it('keeps the last good answer as sent, with its query and its own fetch time, whatever the latest refresh did', () => {
    const { entries } = saved(clientWithHistory(), T0 + HOUR);
    expect(entries).toEqual([{ queryKey: ['plans', 'list'], path: 'plans.json', body: plansBody, dataUpdatedAt: T0 }]);
  });

  it('comes back through the contract into a fresh client, with the data and the time it was fetched', () => {
    const result = readSaved(JSON.stringify(saved(clientWithHistory(), T0 + HOUR)), T0 + 3 * HOUR);
    if (!result.ok) throw new Error(result.reason);
    expect(result.dropped).toBe(0);
    expect(result.queries[0]).toMatchObject({ queryKey: ['plans', 'list'], dataUpdatedAt: T0 });
    // Parsed by the contract: the published period is a domain Period again, not the wire's string.
    expect(result.queries[0]!.data).toEqual(planListSchema.parse(plansBody));
  });

  it('leaves out the oldest answers first when storage is full', () => {
    const entry = (path: string, at: number) => ({ queryKey: [path], path, body: 1, dataUpdatedAt: at });
    const all = {
      version: SAVED_VERSION,
      savedAt: T0,
      entries: [entry('a', T0), entry('b', T0 + 2 * HOUR), entry('c', T0 + HOUR)],
    };
    const keys = (n: number) => withoutOldest(all, n).entries.map((e) => e.path);
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
    expect(readSaved(good.replace(SAVED_VERSION, '2/api-v1'), T0)).toEqual({ ok: false, reason: 'invalid' });
    expect(readSaved(JSON.stringify({ version: SAVED_VERSION, savedAt: T0, queries: [] }), T0)).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });

  it('drops an entry that fails its resource’s contract, and keeps the rest', () => {
    const file = JSON.parse(good) as { entries: unknown[] };
    file.entries.push(
      {
        queryKey: ['plans', 'detail', 'x'],
        path: 'plans/x.json',
        body: { title: 'mangler alt andet' },
        dataUpdatedAt: T0,
      },
      { queryKey: 'ikke en nøgle', path: 'plans.json', body: plansBody, dataUpdatedAt: T0 },
      { queryKey: ['x'], path: 'ukendt.json', body: {}, dataUpdatedAt: T0 },
    );
    const result = readSaved(JSON.stringify(file), T0);
    expect(result).toMatchObject({ ok: true, dropped: 3 });
    expect(result.ok && result.queries.map((q) => q.path)).toEqual(['plans.json']);
  });

  it('shows nothing older than a week: a screen that old should say it has no data', () => {
    expect(readSaved(good, T0 + MAX_AGE_MS + 1)).toEqual({ ok: false, reason: 'old' });
    expect(readSaved(good, T0 + MAX_AGE_MS).ok).toBe(true);
  });
});
