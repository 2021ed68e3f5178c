/**
 * What the service worker does with a request, as a pure function so every
 * rule is unit-tested without a browser.
 *
 * The worker caches the app shell only: the page, its hashed scripts and
 * styles, and the public files beside them (skaerm.json). API responses are
 * never answered from this cache. The wall screen keeps its last good data in
 * its persisted query cache, where each answer carries the time it was
 * fetched; a worker that replayed old API answers would make an outage look
 * like a successful refresh, and the screen would call stale figures current.
 */

/**
 * The page's message to a new worker that is installed but still waiting: take over now. The worker asks
 * to at install (skipWaiting), but Chromium can leave it waiting while the page's requests keep the old
 * worker busy (reproduced: with a request every 50 ms it was still waiting 30 s later), and a wall screen
 * makes requests all day. Asked again, it takes over.
 */
export const SKIP_WAITING_MESSAGE = 'pejlemaerke:skip-waiting';

/** Written into the built worker by the build (see scripts/service-worker-plugin.ts). */
export type ShellManifest = {
  /** Content hash of every file below: a new build gets a new cache. */
  version: string;
  /** Hashed build output (assets/…): never changes under the same name. */
  immutable: readonly string[];
  /** Files that keep their name across builds (index.html, skaerm.json): fetched fresh when the network answers. */
  revalidate: readonly string[];
};

export type ShellRoute =
  /** Network first; when it fails or is slow, the cached index.html (the app routes on the client). */
  | { kind: 'page' }
  /** From the cache; the network only when the cache lacks it. */
  | { kind: 'immutable'; path: string }
  /** Network first, the cached copy when the network fails. */
  | { kind: 'revalidate'; path: string }
  /** Not the worker's business: the browser fetches it as if there were no worker. */
  | { kind: 'network' };

export const CACHE_PREFIX = 'pejlemaerke-shell-';
export const INDEX_FILE = 'index.html';

export const cacheName = (manifest: ShellManifest) => `${CACHE_PREFIX}${manifest.version}`;

/** The worker's scope-relative path of a same-origin URL inside its scope, or null. */
export function scopedPath(url: URL, scope: URL): string | null {
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return null;
  return decodeURIComponent(url.pathname.slice(scope.pathname.length));
}

type RequestLike = { url: string; method: string; mode: string };

export function shellRoute(request: RequestLike, scope: string, manifest: ShellManifest): ShellRoute {
  if (request.method !== 'GET') return { kind: 'network' };
  const url = new URL(request.url);
  const path = scopedPath(url, new URL(scope));
  if (path === null) return { kind: 'network' };
  if (request.mode === 'navigate') {
    // A page of the app (any client route), not a file opened directly, such as api/v1/plans.json.
    const last = path.split('/').pop() ?? '';
    return last.includes('.') && last !== INDEX_FILE ? { kind: 'network' } : { kind: 'page' };
  }
  // A query string makes it a different resource (skaerm.json?v=2 is not what was cached).
  if (url.search) return { kind: 'network' };
  if (manifest.immutable.includes(path)) return { kind: 'immutable', path };
  if (manifest.revalidate.includes(path)) return { kind: 'revalidate', path };
  return { kind: 'network' };
}

/**
 * Shell caches to delete when a new worker takes over: all but the current
 * one and the newest before it. A screen still running the previous build can
 * then load a chunk it has not needed yet, even after the server dropped it.
 * `names` is in creation order, as CacheStorage.keys() returns them.
 */
export function cachesToDelete(names: readonly string[], current: string): string[] {
  const ours = names.filter((n) => n.startsWith(CACHE_PREFIX) && n !== current);
  return ours.slice(0, -1);
}
