import type { BundleMessage } from './bundle-check';
import type { FetchBundle, WorkerMessage } from './bundle-fetch';
import type { RequestFailure } from './http';
import { REQUEST_TIMEOUT_MS } from './config';

/**
 * A page bundle checked off the page's thread (./bundle-check.ts in a
 * worker), and the resources it brought, each waiting for its first request
 * (./api-client.ts takes it there instead of checking it again).
 */
export type CheckedResource = { value: unknown } | { issues: readonly string[] };
/** The bundle's fingerprint and paths; or how its request failed (a body that is not JSON among the ways). */
export type CheckedBundle = { hash: string; paths: string[] } | { failed: RequestFailure };

const checked = new Map<string, CheckedResource>();

/** The checked resource at `path`, once: a refetch asks the server for what is new. */
export function takeChecked(path: string): CheckedResource | undefined {
  const found = checked.get(path);
  checked.delete(path);
  return found;
}

/** Forgets what a bundle left unused, as a new bundle does. */
export function forgetChecked(): void {
  checked.clear();
}

/**
 * Fetches and checks one bundle in a worker (./bundle-check.worker.ts), so that the page's thread touches
 * neither the bytes nor the schemas.
 */
export type BundleChecker = { check: (url: string) => Promise<CheckedBundle | undefined> };

/**
 * Starts a worker to fetch and check a bundle; undefined where none can (no
 * Worker, or it failed to start), and the caller fetches and checks the
 * bundle on the page's thread instead, as it does when `check` gives
 * undefined (the worker failed while running). The worker is ended once it
 * has answered.
 */
export function bundleChecker(): BundleChecker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./bundle-check.worker.ts', import.meta.url));
  } catch {
    return undefined;
  }
  const check = (url: string) =>
    new Promise<CheckedBundle | undefined>((resolve) => {
      let bundle: { hash: string; paths: string[] } | undefined;
      const received = new Map<string, CheckedResource>();
      const parts = new Map<string, unknown[][]>();
      const end = (result: CheckedBundle | undefined) => {
        worker.terminate();
        resolve(result);
      };
      worker.addEventListener('error', () => end(undefined));
      worker.addEventListener('messageerror', () => end(undefined));
      worker.addEventListener('message', ({ data }: MessageEvent<WorkerMessage>) => {
        if (data.type === 'not-json') return end({ failed: { kind: 'not-json' } });
        if (data.type === 'unfetched') return end({ failed: data.failure });
        if (data.type === 'bundle') bundle = { hash: data.hash, paths: data.paths };
        else if (data.type === 'part')
          (parts.get(data.path) ?? parts.set(data.path, []).get(data.path)!).push(data.items);
        else if (data.type === 'resource') {
          const resource = resourceOf(data, parts.get(data.path) ?? []);
          // Every part comes before its resource (one worker, its messages in order): a count that differs is a
          // fault, and the page checks the bundle itself.
          if (!resource) return end(undefined);
          received.set(data.path, resource);
        } else if (data.type === 'done' && bundle) {
          checked.clear();
          for (const [path, resource] of received) checked.set(path, resource);
          end(bundle);
        }
      });
      const request: FetchBundle = { url, timeoutMs: REQUEST_TIMEOUT_MS };
      worker.postMessage(request);
    });
  return { check };
}

/** A resource as the worker said it: its issues, its value, or its value in parts (a long list), joined. */
function resourceOf(
  said: Extract<BundleMessage, { type: 'resource' }>,
  parts: unknown[][],
): CheckedResource | undefined {
  if ('issues' in said) return { issues: said.issues };
  if ('value' in said) return { value: said.value };
  return parts.length === said.parts ? { value: parts.flat() } : undefined;
}
