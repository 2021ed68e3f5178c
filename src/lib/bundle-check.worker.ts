import { checkBundle, type BundleMessage } from './bundle-check';

/**
 * The worker that checks a page bundle off the page's thread (./bundle-check.ts): one bundle's bytes in
 * (UTF-8, decoded here), its messages out. The page starts one for the bundle it hydrates from and ends it
 * when done.
 */
// Typed with the page's DOM library, where postMessage is a window's; here it is the worker's own.
const scope = globalThis as unknown as {
  postMessage: (message: BundleMessage) => void;
  addEventListener: (type: 'message', listener: (event: MessageEvent<ArrayBuffer>) => void) => void;
};

scope.addEventListener('message', (event) =>
  checkBundle(new TextDecoder().decode(event.data), (message) => scope.postMessage(message)),
);
