import { describe, expect, it } from 'vitest';
import { documentApiFiles } from '../../data/api';
import { validateResource, validateResourceInSlices } from './paths';
import { ContractError, parseListInSlices } from './validation-error';
import { crossSectionSchema } from './series';

/*
 * The målgruppe table's list of every cross-section is validated item by item between pauses. It must accept
 * and reject exactly what validating the whole list at once does, with the same fields named.
 */

const PATH = 'latest.json';
const latest = () => structuredClone(documentApiFiles().get(PATH)) as { series: { values: unknown[] }[] }[];

async function issuesOf(run: () => unknown): Promise<string[]> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(ContractError);
    return [...(error as ContractError).issues];
  }
  throw new Error('blev godtaget');
}

describe('validation of a long list in slices', () => {
  it('gives the same cross-sections as validating the whole list, pausing between slices', async () => {
    const body = latest();
    expect(body.length).toBeGreaterThan(100);
    let pauses = 0;
    const pause = () => {
      pauses += 1;
      return Promise.resolve();
    };
    const sliced = await parseListInSlices(crossSectionSchema, body, PATH, pause, 0);
    expect(sliced).toEqual(validateResource('crossSections', body, PATH));
    expect(pauses).toBe(body.length);
    // Other resources are validated at once, as before.
    const plans = documentApiFiles().get('plans.json');
    expect(await validateResourceInSlices('plans', plans, 'plans.json', pause)).toEqual(
      validateResource('plans', plans, 'plans.json'),
    );
    expect(pauses).toBe(body.length);
  });

  it('names the same fields as validating the whole list, for every broken item', async () => {
    const body = latest();
    body[2]!.series[0]!.values[0] = 'mange';
    body[body.length - 1]!.series[1]!.values[3] = Number.NaN;
    const whole = await issuesOf(() => validateResource('crossSections', body, PATH));
    const sliced = await issuesOf(() => validateResourceInSlices('crossSections', body, PATH, () => Promise.resolve()));
    expect(sliced).toEqual(whole);
    expect(sliced.join('\n')).toMatch(/feltet «\[2\]\.series\[0\]\.values\[0\]»/);
    expect(sliced.join('\n')).toMatch(new RegExp(`feltet «\\[${body.length - 1}\\]\\.series\\[1\\]\\.values\\[3\\]»`));
  });

  it('rejects a body that is not a list, as the whole-list schema does', async () => {
    const whole = await issuesOf(() => validateResource('crossSections', { not: 'a list' }, PATH));
    const sliced = await issuesOf(() =>
      validateResourceInSlices('crossSections', { not: 'a list' }, PATH, () => Promise.resolve()),
    );
    expect(sliced).toEqual(whole);
    expect(sliced.length).toBeGreaterThan(0);
  });
});
