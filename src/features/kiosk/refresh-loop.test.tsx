import { onlineManager, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { plansQuery } from '@/api/plans';
import { areasQuery } from '@/api/reference';
import { createQueryClient } from '@/lib/query-client';
import { useRefreshLoop } from './refresh';

/*
 * The wall screen's refresh loop in jsdom against the MSW API: what each
 * poll refreshes, what waits while the poll fails, and what it retries.
 * Conditions are awaited; the poll interval is short so they come soon.
 */

const POLL_MS = 150;
const requests: string[] = [];
const asked = (file: string) => requests.filter((u) => u.endsWith(`/api/v1/${file}`)).length;

beforeEach(() => {
  requests.length = 0;
  server.events.on('request:start', ({ request }) => void requests.push(new URL(request.url).pathname));
});
afterEach(() => {
  server.events.removeAllListeners();
  onlineManager.setOnline(true);
});

function setup() {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return { client, wrapper };
}

describe('the wall screen refresh loop', () => {
  it('fetches what is on screen again after every poll', async () => {
    const { wrapper } = setup();
    // The slide on screen: an active query beside the loop.
    renderHook(
      () => {
        useRefreshLoop(POLL_MS);
        return useQuery(areasQuery());
      },
      { wrapper },
    );
    await waitFor(() => expect(asked('areas.json')).toBe(1));
    await waitFor(() => expect(asked('index.json')).toBeGreaterThanOrEqual(3));
    await waitFor(() => expect(asked('areas.json')).toBeGreaterThanOrEqual(2));
  });

  it('holds the other queries while the poll fails, and lets them go when it answers again', async () => {
    server.use(http.get('*/api/v1/index.json', () => HttpResponse.json({ fejl: 'nede' }, { status: 503 })));
    const { wrapper } = setup();
    const { result } = renderHook(() => useRefreshLoop(POLL_MS), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(onlineManager.isOnline()).toBe(false);
    server.resetHandlers();
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    await waitFor(() => expect(onlineManager.isOnline()).toBe(true));
  });

  it('retries a resource that failed on a later poll, not when its slide comes round', async () => {
    server.use(http.get('*/api/v1/plans.json', () => HttpResponse.json({}, { status: 500 }), { once: true }));
    const { client, wrapper } = setup();
    const { result } = renderHook(() => useRefreshLoop(POLL_MS), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    // The slide that needed it has gone round: the failed query is inactive.
    await client.prefetchQuery(plansQuery());
    expect(client.getQueryState(plansQuery().queryKey)?.status).toBe('error');
    // A slide mounting it again does not ask again…
    const slide = renderHook(() => useQuery(plansQuery()), { wrapper });
    expect(client.getQueryState(plansQuery().queryKey)?.fetchStatus).toBe('idle');
    expect(asked('plans.json')).toBe(1);
    slide.unmount();
    // …the next poll does, and it succeeds.
    await waitFor(() => expect(client.getQueryState(plansQuery().queryKey)?.status).toBe('success'));
    expect(asked('plans.json')).toBe(2);
  });
});
