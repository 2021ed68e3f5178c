import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { documentApiFiles } from '../../data/api';
import { validateResource, type ResourceKind } from '@/contract';
import { targetStatus } from '@/domain/status';
import { endHydration, hydrateAt } from '@/lib/page-now';
import { judgeAhead } from './judge-ahead';
import { planQuery, plansQuery } from './plans';
import { indicatorsQuery } from './reference';
import { seriesQuery } from './series';
import { seriesKeysFor } from './series-keys';
import { useTargetStatuses } from './target-statuses';

// Counts the judgements made, and still makes them.
vi.mock('@/domain/status', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/domain/status')>();
  return { ...actual, targetStatus: vi.fn(actual.targetStatus) };
});

// The dataset's answers, through the contract, in the cache as a page bundle leaves them.
const files = documentApiFiles();
const answer = <K extends ResourceKind>(kind: K, path: string) => validateResource(kind, files.get(path), path);
const indicators = answer('indicators', 'indicators.json');
const plans = answer('plans', 'plans.json');
const details = plans.map((p) => answer('plan', `plans/${p.id}.json`));
const targets = details.flatMap((p) => p.targets);
const keys = seriesKeysFor(targets, indicators);

function cacheWith(skip?: string): QueryClient {
  // Nothing is fetched again: what the views judge is exactly what was judged ahead.
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  client.setQueryData(indicatorsQuery().queryKey, indicators);
  client.setQueryData(plansQuery().queryKey, plans);
  for (const plan of details) client.setQueryData(planQuery(plan.id).queryKey, plan);
  for (const k of keys) {
    const path = `indicators/${k.indicatorId}/${k.area}.json`;
    if (`${k.indicatorId}/${k.area}` !== skip)
      client.setQueryData(seriesQuery(k.indicatorId, k.area).queryKey, answer('series', path));
  }
  return client;
}

const built = new Date('2026-12-01T06:00:00Z');
const judged = vi.mocked(targetStatus);

afterEach(() => endHydration());

describe('judgeAhead', () => {
  it('leaves nothing to judge when the page is attached, at the build’s moment or the reader’s after it', async () => {
    const client = cacheWith();
    const readerAt = hydrateAt(built);
    await judgeAhead(client, [built, readerAt]);
    expect(judged.mock.calls.length).toBe(2 * targets.length);
    judged.mockClear();

    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const moments = new Set<Date>();
    const { result } = renderHook(
      () => {
        const statuses = useTargetStatuses(targets);
        moments.add(statuses.now);
        return statuses;
      },
      { wrapper },
    );
    await waitFor(() => expect(result.current.now).toBe(readerAt));
    expect([...moments]).toEqual([built, readerAt]);
    expect(result.current.statuses.size).toBe(targets.length);
    expect(judged).not.toHaveBeenCalled();
  });

  it('leaves a goal whose series has not arrived to its view', async () => {
    const missing = keys.find((k) => k.area === '183')!;
    const waiting = targets.filter((t) => t.indicatorId === missing.indicatorId && t.area === missing.area);
    expect(waiting.length).toBeGreaterThan(0);
    judged.mockClear();
    // A moment of its own: judgements from the test before are kept.
    await judgeAhead(cacheWith(`${missing.indicatorId}/${missing.area}`), [new Date('2026-11-01T06:00:00Z')]);
    const judgedOn = judged.mock.calls.map(([target]) => `${target.indicatorId}/${target.area}`);
    expect(judgedOn.length).toBe(targets.length - waiting.length);
    expect(judgedOn).not.toContain(`${missing.indicatorId}/${missing.area}`);
  });
});
