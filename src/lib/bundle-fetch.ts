import type { BundleMessage } from './bundle-check';
import type { RequestFailure } from './http';

/** What the page asks the worker: the bundle's absolute address, and how long to wait for it. */
export type FetchBundle = { url: string; timeoutMs: number };

/** What the worker says: the check's messages (./bundle-check.ts), or how the request failed. */
export type WorkerMessage = BundleMessage | { type: 'unfetched'; failure: RequestFailure };

/**
 * Fetches a bundle and checks it, in the worker (./bundle-check.worker.ts). A response read by the page
 * costs the page's thread time for each chunk of it that arrives (measured at 1× CPU: 40–55 ms, in two
 * tasks, for the målgruppe table's 740 KB); read here it costs none. The check's code (zod and every
 * schema) is loaded once the request has left, and builds its schemas while the bundle is on its way.
 * A request that fails says how (`unfetched`), and the page reports it as its API client reports any
 * request (./http.ts), without asking again.
 */
export async function fetchAndCheck(
  { url, timeoutMs }: FetchBundle,
  say: (message: WorkerMessage) => void,
): Promise<void> {
  const fetched = fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
  const checking = import('./bundle-check');
  const failed = (error: unknown): RequestFailure => ({
    kind: error instanceof DOMException && error.name === 'TimeoutError' ? 'timeout' : 'network',
  });
  let response: Response;
  try {
    response = await fetched;
  } catch (error) {
    return say({ type: 'unfetched', failure: failed(error) });
  }
  if (!response.ok) return say({ type: 'unfetched', failure: { kind: 'http', status: response.status } });
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return say({ type: 'unfetched', failure: failed(error) });
  }
  (await checking).checkBundle(text, say);
}
