import { fetchAndCheck, type FetchBundle, type WorkerMessage } from './bundle-fetch';

/**
 * The worker that fetches a page bundle and checks it off the page's thread (./bundle-check.ts): the
 * bundle's address in, its messages out. The page starts one for the bundle it hydrates from and ends it
 * when done.
 */
// Typed with the page's DOM library, where postMessage is a window's; here it is the worker's own.
const scope = globalThis as unknown as {
  postMessage: (message: WorkerMessage) => void;
  addEventListener: (type: 'message', listener: (event: MessageEvent<FetchBundle>) => void) => void;
};

scope.addEventListener('message', ({ data }) => void fetchAndCheck(data, (message) => scope.postMessage(message)));
