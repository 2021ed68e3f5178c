import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, getJson, getResource, preloadBundle, retainedResponse, retainResponses } from './api-client';
import { REQUEST_TIMEOUT_MS } from './config';

/*
 * The client's failure paths in node, with fetch replaced: each must become
 * an ApiError with a Danish message that names what failed, except a
 * caller's own abort, which stays an abort.
 */

type FetchStub = (url: string, init: RequestInit) => Promise<Response>;
let fetchStub: FetchStub;
const asked: string[] = [];

beforeEach(() => {
  asked.length = 0;
  vi.stubGlobal('document', { baseURI: 'http://pejlemaerke.test/' });
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    asked.push(url);
    return fetchStub(url, init);
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A fetch that answers only when aborted, as a server that never replies. */
const hanging: FetchStub = (_url, init) =>
  new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal!.reason)));

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('the API client', () => {
  it('asks for the resource under the API base and returns it validated', async () => {
    fetchStub = async () => json([]);
    await expect(getResource('areas.json', 'areas')).resolves.toEqual([]);
    expect(asked).toEqual(['http://pejlemaerke.test/api/v1/areas.json']);
  });

  it('calls a body that is not JSON bad JSON, naming the resource and the file', async () => {
    fetchStub = async () => new Response('<html>Fejl</html>', { status: 200 });
    const error = await failure(getJson('plans.json'));
    expect(error.kind).toBe('not-json');
    expect(error.message).toMatch(/planer/i);
    expect(error.details.join(' ')).toContain('plans.json');
    expect(error.transient).toBe(false);
  });

  it('tells a network failure (offline) apart, as something worth trying again', async () => {
    fetchStub = async () => {
      throw new TypeError('Failed to fetch');
    };
    const error = await failure(getJson('plans.json'));
    expect(error.kind).toBe('network');
    expect(error.transient).toBe(true);
  });

  it('gives up on a server that does not answer after the deadline, and says how long it waited', async () => {
    vi.useFakeTimers();
    fetchStub = hanging;
    const pending = failure(getJson('plans.json'));
    await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS);
    const error = await pending;
    expect(error.kind).toBe('timeout');
    expect(error.message).toContain(String(REQUEST_TIMEOUT_MS / 1000));
    expect(error.transient).toBe(true);
  });

  it('lets a body that stalls after the headers time out too, rather than call it bad JSON', async () => {
    vi.useFakeTimers();
    fetchStub = async (_url, init) =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"a":'));
            init.signal?.addEventListener('abort', () => controller.error(init.signal!.reason));
          },
        }),
      );
    const pending = failure(getJson('plans.json'));
    await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS);
    expect((await pending).kind).toBe('timeout');
  });

  it("keeps the caller's abort an abort, not a message for the user", async () => {
    fetchStub = hanging;
    const controller = new AbortController();
    const pending = getJson('plans.json', { signal: controller.signal });
    controller.abort(new DOMException('cancelled', 'AbortError'));
    const error = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('names the status of an HTTP error, and does not retry a 404', async () => {
    fetchStub = async () => json({}, 404);
    const missing = await failure(getJson('plans/x.json'));
    expect(missing).toMatchObject({ kind: 'http', status: 404, transient: false });
    fetchStub = async () => json({}, 503);
    expect((await failure(getJson('plans.json'))).transient).toBe(true);
  });

  it('rejects an answer that breaks the contract, naming the file and the field', async () => {
    fetchStub = async () => json([{ code: 'x' }]);
    const error = await failure(getResource('areas.json', 'areas'));
    expect(error.kind).toBe('contract');
    expect(error.details[0]).toContain('areas.json');
    expect(error.details.length).toBeGreaterThan(1);
  });

  it('serves a resource from the page bundle once, then from the network', async () => {
    fetchStub = async (url) => (url.includes('pages/') ? json({ resources: { 'areas.json': [] } }) : json([]));
    preloadBundle('pages/overview.json');
    await getResource('areas.json', 'areas');
    expect(asked.filter((u) => u.endsWith('areas.json'))).toHaveLength(0);
    await getResource('areas.json', 'areas');
    expect(asked.filter((u) => u.endsWith('areas.json'))).toHaveLength(1);
  });

  it('keeps the answer it retained for the wall screen while a refresh brings the same, and takes a new one', async () => {
    const ishoej = { code: '183', name: 'Ishøj', kind: 'kommune', role: 'hjemkommune' };
    retainResponses(true);
    try {
      fetchStub = async () => json([ishoej]);
      await getResource('areas.json', 'areas');
      const first = retainedResponse('areas.json');
      await getResource('areas.json', 'areas');
      // The same object: the cached data shares its strings with it, and no second copy is kept.
      expect(retainedResponse('areas.json')).toBe(first);
      fetchStub = async () => json([{ ...ishoej, name: 'Ishøj Kommune' }]);
      await getResource('areas.json', 'areas');
      expect(retainedResponse('areas.json')).toEqual([{ ...ishoej, name: 'Ishøj Kommune' }]);
    } finally {
      retainResponses(false);
    }
  });
});
