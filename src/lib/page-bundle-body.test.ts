import { describe, expect, it } from 'vitest';
import { bundleFingerprint, bundleResources } from './page-bundle-body';
import { textHash } from './text-hash';

describe('a page bundle body', () => {
  it('gives its resources by path, and none when the body is not a bundle', () => {
    const resources = { 'plans.json': [], 'series/x.json': { points: [] } };
    expect(bundleResources({ resources })).toEqual(resources);
    for (const body of [null, [], 'x', { resources: [] }, { resources: null }, {}]) {
      expect(bundleResources(body)).toEqual({});
    }
  });

  it('has the fingerprint of its JSON text, which tells two bundles apart', () => {
    const body = { resources: { 'plans.json': [1] } };
    expect(bundleFingerprint(body)).toBe(textHash(JSON.stringify(body)));
    expect(bundleFingerprint(body)).not.toBe(bundleFingerprint({ resources: { 'plans.json': [2] } }));
  });
});
