import { ContractError, resourceKind, validateResource } from '@/contract';
import { bundleFingerprint, bundleResources } from './page-bundle-body';

/**
 * A page bundle (docs/api.md) checked as the client checks any answer: each
 * resource by its own schema, into domain types, or into the Danish issues
 * that name its fields. Runs in a worker (./bundle-check.worker.ts), off the
 * page's thread: building the schemas and checking a bundle took the page's
 * thread 150–250 ms per load (measured: Lighthouse's mobile run, the
 * overview), in tasks it could not split further.
 *
 * What it says, one message at a time (each is one structured clone, which
 * the page takes in a task of its own):
 * - `bundle`: the fingerprint of the bundle's JSON (./page-bundle-body.ts, as the
 *   prerender computed it) and its resources' paths, or no paths when the
 *   container is not a bundle;
 * - `resource`: one resource, checked, with its value or its issues; a path
 *   outside the contract is left out, as the page has no query for it. A
 *   long list (every indicator's cross-section) comes as `part`s of
 *   PART_ITEMS items first, and its `resource` says how many: as one message,
 *   the målgruppe table's took the page 20 ms to take in;
 * - `done`.
 * A body that is not JSON says only `not-json`.
 */
export type BundleMessage =
  | { type: 'not-json' }
  | { type: 'bundle'; hash: string; paths: string[] }
  | { type: 'part'; path: string; items: unknown[] }
  | { type: 'resource'; path: string; value: unknown }
  | { type: 'resource'; path: string; parts: number }
  | { type: 'resource'; path: string; issues: readonly string[] }
  | { type: 'done' };

export const PART_ITEMS = 10;

export function checkBundle(text: string, say: (message: BundleMessage) => void): void {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    say({ type: 'not-json' });
    return;
  }
  const resources = bundleResources(body);
  say({ type: 'bundle', hash: bundleFingerprint(body), paths: Object.keys(resources) });
  for (const [path, value] of Object.entries(resources)) {
    const kind = resourceKind(path);
    if (!kind) continue;
    let checked: unknown;
    try {
      checked = validateResource(kind, value, path);
    } catch (error) {
      if (!(error instanceof ContractError)) throw error;
      say({ type: 'resource', path, issues: error.issues });
      continue;
    }
    if (!Array.isArray(checked) || checked.length <= PART_ITEMS) {
      say({ type: 'resource', path, value: checked });
      continue;
    }
    let parts = 0;
    for (let i = 0; i < checked.length; i += PART_ITEMS, parts++) {
      say({ type: 'part', path, items: checked.slice(i, i + PART_ITEMS) });
    }
    say({ type: 'resource', path, parts });
  }
  say({ type: 'done' });
}
