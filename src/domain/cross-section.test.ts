import { describe, expect, it } from 'vitest';
import { period as p } from '@test/periods';
import { columnFinder, commonPeriod, isOlderThan, latestCell, standing, type CrossSection } from './cross-section';
import { periodCode } from './period';
import type { Provenance } from './provenance';

const provenance: Provenance = {
  kind: 'official',
  source: 'jobindsats',
  table: 'y25i01',
  request: 'x',
  retrieved: '2026-08-22',
};
const periods = [p('2026-06'), p('2026-07')];
const cell = (i: number, value: number) => ({
  period: periods[i]!,
  value,
  provenance,
  provisional: i === 1,
  disputed: false,
});

/** Five kommuner and Hele landet; Ishøj (183) highest, Vallensbæk (187) lagging a month. */
const section: CrossSection = {
  indicatorId: 'ledighed-faktisk',
  unit: 'procent',
  periods,
  series: [
    { area: '000', cells: [cell(0, 3.0), cell(1, 3.0)] },
    { area: '183', cells: [cell(0, 5.0), cell(1, 4.4)] },
    { area: '187', cells: [cell(0, 3.1), undefined] },
    { area: '101', cells: [cell(0, 3.5), cell(1, 3.6)] },
    { area: '155', cells: [cell(0, 2.0), cell(1, 2.1)] },
    { area: '165', cells: [cell(0, 3.4), cell(1, 3.3)] },
  ],
};

describe('every kommune on one period', () => {
  it('compares on the newest period most kommuner have, and marks who is older', () => {
    expect(periodCode(commonPeriod(section)!)).toBe('2026-07');
    const vallensbaek = section.series.find((s) => s.area === '187')!;
    expect(periodCode(latestCell(vallensbaek)!.period)).toBe('2026-06');
    expect(isOlderThan(latestCell(vallensbaek), p('2026-07'))).toBe(true);
  });

  it('ranks among kommuner only (not Hele landet), 1 = best under the indicator’s direction', () => {
    const ishoej = standing(section, '183', p('2026-06'), 'lower-is-better')!;
    expect(ishoej).toMatchObject({ rank: 5, of: 5, median: 3.4, deviation: 'over', favourable: false });
    expect(standing(section, '155', p('2026-06'), 'lower-is-better')).toMatchObject({ rank: 1 });
    expect(standing(section, '155', p('2026-06'), 'higher-is-better')).toMatchObject({ rank: 5 });
  });

  it('marks only a distance of more than one standard deviation, and no good or bad without a direction', () => {
    expect(standing(section, '165', p('2026-06'), 'lower-is-better')).toMatchObject({
      deviation: undefined,
      favourable: undefined,
    });
    expect(standing(section, '183', p('2026-06'), 'neutral')).toMatchObject({
      deviation: 'over',
      favourable: undefined,
    });
  });

  it('has nothing to say for an area without a value that month', () => {
    expect(standing(section, '187', p('2026-07'), 'lower-is-better')).toBeUndefined();
  });
});

describe('columnFinder', () => {
  const quarterly: CrossSection = { ...section, periods: [p('2026-06'), p('2026Q2'), p('2026-07'), p('2026')] };

  it("finds each period's column by its kind and its end, as often as it is asked", () => {
    const column = columnFinder(quarterly);
    // June 2026 and the second quarter end in the same month: two columns, not one.
    expect([column(p('2026-06')), column(p('2026Q2')), column(p('2026-07')), column(p('2026'))]).toEqual([0, 1, 2, 3]);
    expect([column(p('2026-06')), column(p('2026Q2'))]).toEqual([0, 1]);
  });

  it('has no column for a period the section lacks, and searches each rolling window', () => {
    const column = columnFinder(quarterly);
    expect(column(p('2025-06'))).toBe(-1);
    expect(column(p('2025-06'))).toBe(-1);
    expect(column(p('2026-01/2026-06'))).toBe(-1);
    const windowed: CrossSection = { ...section, periods: [p('2026-01/2026-06'), p('2026-02/2026-07')] };
    expect(columnFinder(windowed)(p('2026-02/2026-07'))).toBe(1);
  });
});
