/// <reference lib="webworker" />
import {
  cacheName,
  cachesToDelete,
  INDEX_FILE,
  shellRoute,
  SKIP_WAITING_MESSAGE,
  type ShellManifest,
  type ShellRoute,
} from './shell-routes';

/**
 * The app-shell worker: a screen that restarts while the network is down
 * still starts the app, which then shows its persisted data with its age.
 * Built to dist/sw.js by scripts/service-worker-plugin.ts, which also writes
 * the build's file list into __SHELL_MANIFEST__.
 */

declare const self: ServiceWorkerGlobalScope;
declare const __SHELL_MANIFEST__: ShellManifest;

const manifest = __SHELL_MANIFEST__;
const CACHE = cacheName(manifest);
// A network that hangs must not keep a restarting screen blank; after this the cached copy is used.
const NETWORK_TIMEOUT_MS = 4000;

const inScope = (path: string) => new URL(path, self.registration.scope).toString();

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // 'reload': the server's copy, not whatever the HTTP cache holds. One missing file fails the install,
      // and the previous worker (with its complete cache) stays in charge.
      const files = [...manifest.immutable, ...manifest.revalidate];
      await cache.addAll(files.map((path) => new Request(inScope(path), { cache: 'reload' })));
      // Take over at once: the previous build's cache is kept (see cachesToDelete) for pages still running it.
      await self.skipWaiting();
    })(),
  );
});

// A page that finds this worker installed but not yet in charge asks again (see SKIP_WAITING_MESSAGE).
self.addEventListener('message', (event) => {
  if (event.data === SKIP_WAITING_MESSAGE) event.waitUntil(self.skipWaiting());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const stale = cachesToDelete(await caches.keys(), CACHE);
      await Promise.all(stale.map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  // Answered as usual even while a newer build's worker waits to take over: a screen that reloads for it
  // (watchForNewVersion) then still starts from this cache if the network fails in that very moment.
  const route = shellRoute(event.request, self.registration.scope, manifest);
  if (route.kind === 'network') return;
  event.respondWith(respond(route, event.request));
});

function respond(route: Exclude<ShellRoute, { kind: 'network' }>, request: Request): Promise<Response> {
  switch (route.kind) {
    case 'page':
      return networkFirst(request, INDEX_FILE, (r) => (r.headers.get('content-type') ?? '').includes('text/html'));
    case 'revalidate':
      return networkFirst(request, route.path, () => true);
    case 'immutable':
      return cacheFirst(request, route.path);
  }
}

/** caches.match looks in every cache, so a chunk of the previous build is still found. */
async function cacheFirst(request: Request, path: string): Promise<Response> {
  const cached = await caches.match(inScope(path));
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(CACHE)).put(inScope(path), response.clone());
  return response;
}

/**
 * The network's answer when it comes in time and is not a server error
 * (a proxy's 502 while the server is down is no better than no answer);
 * otherwise the cached copy, if there is one.
 */
async function networkFirst(request: Request, path: string, worthCaching: (r: Response) => boolean) {
  const network = fetch(request).then(async (response) => {
    if (response.ok && response.type === 'basic' && !response.redirected && worthCaching(response)) {
      await (await caches.open(CACHE)).put(inScope(path), response.clone());
    }
    return response;
  });
  // Answered from the cache after a timeout, the network's late failure must not surface as an unhandled rejection.
  network.catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), NETWORK_TIMEOUT_MS);
  });
  try {
    const first = await Promise.race([network, timeout]);
    if (first !== 'timeout' && first.status < 500) return first;
  } catch {
    // Offline or refused: the cache below.
  } finally {
    clearTimeout(timer);
  }
  const cached = await caches.match(inScope(path));
  return cached ?? network;
}
