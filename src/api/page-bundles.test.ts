import { describe, expect, it } from 'vitest';
import { pageBundlePath } from './page-bundles';

describe('the page bundle of a path', () => {
  it('is the overview’s for the front page, and the plan’s for a plan and its meeting pack', () => {
    expect(pageBundlePath('/')).toBe('pages/overview.json');
    expect(pageBundlePath('')).toBe('pages/overview.json');
    expect(pageBundlePath('/planer/bp2022')).toBe('pages/plans/bp2022.json');
    expect(pageBundlePath('/planer/bp2022/moedepakke')).toBe('pages/plans/bp2022.json');
  });

  it('is the indicator’s for its series page', () => {
    expect(pageBundlePath('/indikatorer/ledighed-faktisk')).toBe('pages/indicators/ledighed-faktisk.json');
    expect(pageBundlePath('/indikatorer/ledighed-faktisk/')).toBe('pages/indicators/ledighed-faktisk.json');
  });

  it('is the målgruppe table’s for the table of every indicator', () => {
    expect(pageBundlePath('/maalgrupper')).toBe('pages/target-groups.json');
    expect(pageBundlePath('/maalgrupper/')).toBe('pages/target-groups.json');
  });

  it('is none for pages without one', () => {
    expect(pageBundlePath('/maalgrupper/sygedagpenge')).toBeNull();
    expect(pageBundlePath('/indikatorer')).toBeNull();
    expect(pageBundlePath('/indikatorer/ledighed-faktisk/andet')).toBeNull();
    expect(pageBundlePath('/planer/bp2022/andet')).toBeNull();
  });
});
