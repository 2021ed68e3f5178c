import { describe, expect, it } from 'vitest';
import { documentApiFiles } from '../../data/api';
import { validateResource } from '@/contract';
import { checkBundle, PART_CHARS, partsOf, type BundleMessage } from './bundle-check';
import { textHash } from './text-hash';

/*
 * The bundle check the worker runs: the same answers, issues and fingerprint as the page's own check of
 * each resource, one message at a time.
 */

const files = documentApiFiles();
const overview = files.get('pages/overview.json') as { resources: Record<string, unknown> };

function check(text: string): BundleMessage[] {
  const said: BundleMessage[] = [];
  checkBundle(text, (message) => said.push(structuredClone(message)));
  return said;
}

describe('checkBundle', () => {
  it('gives the fingerprint the prerender gives, the paths, and each resource as its own schema reads it', () => {
    const text = JSON.stringify(overview);
    const said = check(text);
    const paths = Object.keys(overview.resources);
    expect(said[0]).toEqual({ type: 'bundle', hash: textHash(JSON.stringify(JSON.parse(text))), paths });
    expect(said.at(-1)).toEqual({ type: 'done' });
    const resources = said.filter((m) => m.type === 'resource');
    expect(resources.map((m) => m.path)).toEqual(paths);
    // After a structured clone, as the page receives it: periods are domain values, not wire codes.
    expect(resources.find((m) => m.path === 'plans/bp2022.json')).toEqual({
      type: 'resource',
      path: 'plans/bp2022.json',
      value: validateResource('plan', overview.resources['plans/bp2022.json'], 'plans/bp2022.json'),
    });
  });

  it('names the file and the field of a resource that breaks its schema, and checks the others', () => {
    const broken = structuredClone(overview);
    const plan = broken.resources['plans/bp2022.json'] as { targets: { deadline: unknown }[] };
    plan.targets[0]!.deadline = '2022-13';
    const said = check(JSON.stringify(broken));
    const failed = said.find((m) => m.type === 'resource' && m.path === 'plans/bp2022.json');
    expect(failed).toMatchObject({
      issues: [expect.stringMatching(/targets\[0\]\.deadline.*Ugyldig periode «2022-13»/)],
    });
    expect(said.filter((m) => m.type === 'resource' && !('issues' in m))).toHaveLength(
      Object.keys(overview.resources).length - 1,
    );
  });

  it('sends a long list in parts of up to PART_CHARS characters, which joined are the list its schema reads', () => {
    const latest = files.get('latest.json') as unknown[];
    const said = check(JSON.stringify({ resources: { 'latest.json': latest } }));
    const parts = said.filter((m) => m.type === 'part');
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.every((m) => m.items.length === 1 || JSON.stringify(m.items).length <= PART_CHARS + 2)).toBe(true);
    expect(said.find((m) => m.type === 'resource')).toEqual({
      type: 'resource',
      path: 'latest.json',
      parts: parts.length,
    });
    expect(parts.flatMap((m) => m.items)).toEqual(validateResource('crossSections', latest, 'latest.json'));
  });

  it('leaves out a path outside the contract, which the page has no query for', () => {
    const said = check(
      JSON.stringify({ resources: { 'noget/andet.json': {}, 'areas.json': files.get('areas.json') } }),
    );
    expect(said[0]).toMatchObject({ paths: ['noget/andet.json', 'areas.json'] });
    expect(said.filter((m) => m.type === 'resource').map((m) => m.path)).toEqual(['areas.json']);
  });

  it('says only that a body is not JSON, and that a container without resources has none', () => {
    expect(check('{"resources": ')).toEqual([{ type: 'not-json' }]);
    expect(check('[1, 2]')).toEqual([{ type: 'bundle', hash: textHash('[1,2]'), paths: [] }, { type: 'done' }]);
  });
});

describe('partsOf', () => {
  const item = (chars: number) => 'x'.repeat(chars - 2); // a string of `chars` characters as JSON

  it('puts items together, in order, up to PART_CHARS characters, and an item larger than that alone', () => {
    const small = [item(3_000), item(3_000), item(3_000)];
    const large = item(PART_CHARS * 2);
    const parts = partsOf([...small, large, item(100)]);
    expect(parts).toEqual([[small[0], small[1]], [small[2]], [large], [item(100)]]);
  });

  it('keeps a list that fits in one part whole, and gives no parts for an empty list', () => {
    expect(partsOf([1, 2, 3])).toEqual([[1, 2, 3]]);
    expect(partsOf([])).toEqual([]);
  });
});
