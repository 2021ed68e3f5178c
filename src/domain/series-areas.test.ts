import { describe, expect, it } from 'vitest';
import { KOMMUNER } from './areas';
import { chosenAreas, defaultAreas, hasNationalStanding, orderAreas } from './series-areas';

describe('the areas a series page shows', () => {
  it('orders the home areas first, then Hele landet, then comparators', () => {
    expect(orderAreas(['165', '000', 'jc-vallensbaek', '183', '187'])).toEqual([
      '183',
      '187',
      'jc-vallensbaek',
      '000',
      '165',
    ]);
  });

  it('shows all areas by default, the asked-for ones when they have a series, none when all were unticked', () => {
    const available = ['183', '187', '000'];
    expect(chosenAreas(available, undefined)).toEqual(available);
    expect(chosenAreas(available, ['000', '183', '999'])).toEqual(['183', '000']);
    expect(chosenAreas(available, ['jc-vallensbaek'])).toEqual(available);
    expect(chosenAreas(available, [])).toEqual([]);
  });

  it('with many areas, shows the home areas and Hele landet, or the first six when it has none of them', () => {
    const many = ['183', '187', '000', '101', '147', '151', '153', '155'];
    expect(defaultAreas(many)).toEqual(['183', '187', '000']);
    expect(defaultAreas(['101', '147', '151', '153', '155', '157', '159'])).toEqual([
      '101',
      '147',
      '151',
      '153',
      '155',
      '157',
    ]);
  });

  it('compares with every kommune only when most of them have the series', () => {
    const kommuner = (n: number) => Object.keys(KOMMUNER).slice(0, n);
    expect(hasNationalStanding([...kommuner(50), '000'])).toBe(true);
    expect(hasNationalStanding([...kommuner(49), '000'])).toBe(false);
  });
});
