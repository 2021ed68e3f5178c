import type { BundleMessage } from './bundle-check';

/**
 * A page bundle checked off the page's thread (./bundle-check.ts in a
 * worker), and the resources it brought, each waiting for its first request
 * (./api-client.ts takes it there instead of checking it again).
 */
export type CheckedResource = { value: unknown } | { issues: readonly string[] };
export type CheckedBundle = { hash: string; paths: string[] } | 'not-json';

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
 * Checks one bundle's bytes in a worker started beforehand, so that it is ready when the bundle arrives. The
 * worker gets a copy (a memory copy, well under a millisecond), so the caller still has the bytes should the
 * worker fail.
 */
export type BundleChecker = { check: (bytes: ArrayBuffer) => Promise<CheckedBundle | undefined>; cancel: () => void };

/**
 * Starts a worker to check a bundle; undefined where none can (no Worker, or
 * it failed to start), and the caller checks the bundle on the page's
 * thread instead, as it does when `check` gives undefined (the worker failed
 * while running). The worker is ended once it has answered, or cancelled.
 */
export function bundleChecker(): BundleChecker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./bundle-check.worker.ts', import.meta.url));
  } catch {
    return undefined;
  }
  const check = (bytes: ArrayBuffer) =>
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
      worker.addEventListener('message', ({ data }: MessageEvent<BundleMessage>) => {
        if (data.type === 'not-json') return end('not-json');
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
      worker.postMessage(bytes);
    });
  return { check, cancel: () => worker.terminate() };
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
