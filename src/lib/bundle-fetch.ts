import type { BundleMessage } from './bundle-check';

/** What the page asks the worker: the bundle's absolute address, and how long to wait for it. */
export type FetchBundle = { url: string; timeoutMs: number };

/** What the worker says: the check's messages (./bundle-check.ts), or only `unfetched`. */
export type WorkerMessage = BundleMessage | { type: 'unfetched' };

/**
 * Fetches a bundle and checks it, in the worker (./bundle-check.worker.ts). A response read by the page
 * costs the page's thread time for each chunk of it that arrives (measured at 1× CPU: 40–55 ms, in two
 * tasks, for the målgruppe table's 740 KB); read here it costs none. The check's code (zod and every
 * schema) is loaded once the request has left, and builds its schemas while the bundle is on its way.
 * Whatever goes wrong with the request (no answer in time, an error status, a body cut off) it says only
 * `unfetched`: the page then asks again through its API client, which says in Danish what went wrong.
 */
export async function fetchAndCheck(
  { url, timeoutMs }: FetchBundle,
  say: (message: WorkerMessage) => void,
): Promise<void> {
  const fetched = fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
  const checking = import('./bundle-check');
  let text: string;
  try {
    const response = await fetched;
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    text = await response.text();
  } catch {
    say({ type: 'unfetched' });
    return;
  }
  (await checking).checkBundle(text, say);
}
