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
 *   long list (every indicator's cross-section) comes as `part`s first, each
 *   of items up to PART_CHARS characters of JSON together (an item larger
 *   than that alone), and its `resource` says how many. The page takes in
 *   each message in one task, about a millisecond per 1–2 KB at 1× CPU: as
 *   one message, the målgruppe table's took 20 ms; in parts of ten items
 *   (0.4 to 30 KB each), up to 33 ms a part; in parts of up to 8 KB, 12 ms
 *   at most;
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

export const PART_CHARS = 8_000;

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
    const parts = Array.isArray(checked) ? partsOf(checked) : [];
    if (parts.length <= 1) {
      say({ type: 'resource', path, value: checked });
      continue;
    }
    for (const items of parts) say({ type: 'part', path, items });
    say({ type: 'resource', path, parts: parts.length });
  }
  say({ type: 'done' });
}

/** A list cut, in order, into runs of items up to PART_CHARS characters of JSON together; an item larger alone. */
export function partsOf(items: readonly unknown[]): unknown[][] {
  const parts: unknown[][] = [];
  let part: unknown[] = [];
  let chars = 0;
  for (const item of items) {
    const size = JSON.stringify(item)?.length ?? 0;
    if (part.length > 0 && chars + size > PART_CHARS) {
      parts.push(part);
      part = [];
      chars = 0;
    }
    part.push(item);
    chars += size;
  }
  if (part.length > 0) parts.push(part);
  return parts;
}
