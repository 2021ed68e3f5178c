import { afterEach, describe, expect, it, vi } from 'vitest';
import { documentApiFiles } from '../../data/api';
import { fetchAndCheck } from './bundle-fetch';

/* The worker's request for a page bundle: the bundle checked, or only `unfetched`, for the page to ask again. */

const overview = documentApiFiles().get('pages/overview.json') as { resources: Record<string, unknown> };

describe('fetchAndCheck', () => {
  afterEach(() => vi.unstubAllGlobals());
  const said = async (response: () => Promise<Response>) => {
    vi.stubGlobal('fetch', response);
    const messages: unknown[] = [];
    await fetchAndCheck({ url: 'http://x.test/api/v1/pages/overview.json', timeoutMs: 1000 }, (m) => messages.push(m));
    return messages;
  };

  it('checks the body it fetched', async () => {
    const messages = await said(async () => new Response(JSON.stringify(overview)));
    expect(messages[0]).toMatchObject({ type: 'bundle', paths: Object.keys(overview.resources) });
    expect(messages.at(-1)).toEqual({ type: 'done' });
  });

  it('says only how the request failed: an error status, no answer, or none in time', async () => {
    expect(await said(async () => new Response('', { status: 500 }))).toEqual([
      { type: 'unfetched', failure: { kind: 'http', status: 500 } },
    ]);
    expect(await said(() => Promise.reject(new TypeError('Failed to fetch')))).toEqual([
      { type: 'unfetched', failure: { kind: 'network' } },
    ]);
    expect(await said(() => Promise.reject(new DOMException('signal timed out', 'TimeoutError')))).toEqual([
      { type: 'unfetched', failure: { kind: 'timeout' } },
    ]);
  });
});
