import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentApiFiles } from '../../data/api';
import { ApiError, getResource, loadPageBundle, primeBundle } from './api-client';
import { validateResource } from '@/contract';
import { partsOf } from './bundle-check';
import { fetchAndCheck, type FetchBundle } from './bundle-fetch';
import { textHash } from './text-hash';

/*
 * The bundle a prerendered page hydrates from: checked in a worker where one
 * runs (here a stand-in that runs the worker's own check, ./bundle-check.ts,
 * and hands over structured clones as a worker does), on the page's thread
 * where none does or it fails; the same resources, fingerprint and errors
 * either way, and each resource served to its first request without asking
 * the network again.
 */

const files = documentApiFiles();
const overview = files.get('pages/overview.json') as { resources: Record<string, unknown> };
const asked: string[] = [];
let body: string;

/** A worker that fetches and checks the bundle, answering in tasks of its own; `fails` makes it fail as it starts. */
function stubWorker({ fails = false } = {}) {
  const started: string[] = [];
  class CheckWorker extends EventTarget {
    constructor(url: URL) {
      super();
      started.push(String(url));
    }
    postMessage(request: FetchBundle) {
      setTimeout(() => {
        if (fails) return void this.dispatchEvent(new Event('error'));
        void fetchAndCheck(structuredClone(request), (message) =>
          this.dispatchEvent(new MessageEvent('message', { data: structuredClone(message) })),
        );
      });
    }
    terminate() {}
  }
  vi.stubGlobal('Worker', CheckWorker);
  return started;
}

beforeEach(() => {
  asked.length = 0;
  body = JSON.stringify(overview);
  vi.stubGlobal('document', { baseURI: 'http://pejlemaerke.test/' });
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url);
    return new Response(url.includes('pages/') ? body : '[]', { headers: { 'content-type': 'application/json' } });
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  // What a bundle left untaken would be served to the next file's requests (the node tests share modules).
  primeBundle({ resources: {} });
});

const paths = Object.keys(overview.resources);
const hash = textHash(JSON.stringify(overview));

describe.each([
  ['in a worker', () => stubWorker(), 1],
  ['where a worker fails', () => stubWorker({ fails: true }), 1],
  ['where no worker runs', () => [], 0],
])('a page bundle checked %s', (_, setUp, workers) => {
  it('gives the fingerprint and paths, and each resource once to its first request, checked', async () => {
    const started = setUp();
    await expect(loadPageBundle('pages/overview.json')).resolves.toEqual({ hash, paths });
    expect(started).toHaveLength(workers);
    const plan = await getResource('plans/bp2022.json', 'plan');
    expect(plan.targets[0]!.deadline).toEqual({ kind: 'year', year: 2022 });
    // A long list, which a worker sends in parts (./bundle-check.ts), whole and in order.
    const indicators = overview.resources['indicators.json'] as unknown[];
    expect(partsOf(indicators).length).toBeGreaterThan(1);
    await expect(getResource('indicators.json', 'indicators')).resolves.toEqual(
      validateResource('indicators', indicators, 'indicators.json'),
    );
    expect(asked).toEqual(['http://pejlemaerke.test/api/v1/pages/overview.json']);
    // Used once: a refetch asks the network.
    await getResource('areas.json', 'areas');
    await getResource('areas.json', 'areas');
    expect(asked.filter((u) => u.endsWith('/areas.json'))).toHaveLength(1);
  });

  it('names the file and the field of a resource that breaks the contract, when it is asked for', async () => {
    setUp();
    const broken = structuredClone(overview);
    (broken.resources['plans/bp2022.json'] as { targets: { deadline: unknown }[] }).targets[0]!.deadline = '2022-13';
    body = JSON.stringify(broken);
    await loadPageBundle('pages/overview.json');
    const error = await getResource('plans/bp2022.json', 'plan').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe('contract');
    expect((error as ApiError).details[0]).toContain('plans/bp2022.json');
    expect((error as ApiError).details.join(' ')).toMatch(/targets\[0\]\.deadline/);
  });

  it('calls a body that is not JSON bad JSON', async () => {
    setUp();
    body = '{"resources": ';
    const error = await loadPageBundle('pages/overview.json').catch((e: unknown) => e);
    expect((error as ApiError).kind).toBe('not-json');
  });
});

describe('a page bundle the worker cannot fetch', () => {
  const failing = (response: (signal: AbortSignal) => Promise<Response>) =>
    vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
      asked.push(url);
      return response(init.signal!);
    });

  it.each([
    [404, 'http', /^Serveren har ikke /],
    [503, 'http', /^Serveren svarede med fejl 503/],
  ])('fails on %i as the API client would, in Danish, without asking again', async (status, kind, message) => {
    stubWorker();
    failing(async () => new Response('', { status }));
    const error = await loadPageBundle('pages/overview.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind, status });
    expect((error as ApiError).message).toMatch(message);
    expect((error as ApiError).details[0]).toContain('pages/overview.json');
    expect(asked).toHaveLength(1);
  });

  it('calls no answer in time a timeout, and no answer at all a network failure', async () => {
    stubWorker();
    vi.spyOn(AbortSignal, 'timeout').mockImplementation(() => AbortSignal.abort(new DOMException('t', 'TimeoutError')));
    failing((signal) => Promise.reject(signal.reason));
    await expect(loadPageBundle('pages/overview.json')).rejects.toMatchObject({ kind: 'timeout' });
    vi.restoreAllMocks();
    failing(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(loadPageBundle('pages/overview.json')).rejects.toMatchObject({ kind: 'network' });
    expect(asked).toHaveLength(2);
  });
});
