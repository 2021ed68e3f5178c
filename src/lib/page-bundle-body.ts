import { textHash } from './text-hash';

/**
 * A page bundle's container (docs/api.md), read the same way wherever one is
 * read: by the prerender, by the worker that checks it (./bundle-check.ts)
 * and by the page's thread when no worker can (./api-client.ts).
 */

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Its resources by path; none when the body is not a bundle. Each is validated by its own schema where used. */
export function bundleResources(body: unknown): Record<string, unknown> {
  return isRecord(body) && isRecord(body.resources) ? body.resources : {};
}

/**
 * The fingerprint a prerendered page carries of the bundle it was rendered
 * from (<div id="root" data-bundle>); the page hydrates only from a bundle
 * with the same one.
 */
export function bundleFingerprint(body: unknown): string {
  return textHash(JSON.stringify(body));
}
