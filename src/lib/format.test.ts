import { describe, expect, it } from 'vitest';
import { formatAxisMonth, formatClockTime, formatIsoDate, formatValue } from './format';
import { goalText } from './goal-text';

const nbsp = '\u00a0';

describe('formatValue', () => {
  it('formats with da-DK separators and units', () => {
    expect(formatValue(2503, 'fuldtidspersoner')).toBe(`2.503${nbsp}fuldtidspersoner`);
    expect(formatValue(5.5, 'procent')).toBe(`5,5${nbsp}%`);
    expect(formatValue(2058120, 'kr')).toBe(`2.058.120${nbsp}kr.`);
    expect(formatValue(1, 'personer')).toBe(`1${nbsp}person`);
    expect(formatValue(0.5, 'procentpoint')).toBe(`0,5${nbsp}procentpoint`);
  });

  it('writes ISO dates in Danish', () => {
    expect(formatIsoDate('2020-01-01')).toBe('1. januar 2020');
  });
});

describe('goalText', () => {
  const name = (code: string) => (code === '000' ? 'Hele landet' : code);
  it('words every kind of goal', () => {
    expect(goalText({ kind: 'at-most', value: 35 }, 'personer', name)).toBe(`Højst 35${nbsp}personer`);
    expect(goalText({ kind: 'at-least', value: 42 }, 'procent', name)).toBe(`Mindst 42${nbsp}%`);
    expect(goalText({ kind: 'change-by-percent', percent: -15, statedValue: 388 }, 'helaarspersoner', name)).toBe(
      `Fald på 15${nbsp}% fra udgangspunktet (planen angiver 388${nbsp}helårspersoner)`,
    );
    expect(goalText({ kind: 'close-gap', benchmarkArea: '000', points: 0.5 }, 'procent', name)).toBe(
      `Afstanden til Hele landet mindskes med 0,5${nbsp}procentpoint`,
    );
    expect(
      goalText(
        { kind: 'relative-to-period', comparator: 'lt', referencePeriod: { kind: 'year', year: 2019 } },
        'personer',
        name,
      ),
    ).toBe('Lavere end i 2019');
  });

  it('labels a time axis in Danish: the year in January, else the month', () => {
    expect(formatAxisMonth(Date.UTC(2020, 0, 1))).toBe('2020');
    expect(formatAxisMonth(Date.UTC(2020, 6, 1))).toBe('jul.');
  });

  it('tells Danish time even on a machine set to UTC', () => {
    expect(formatClockTime(Date.UTC(2026, 10, 25, 13, 5))).toBe('14:05');
    expect(formatClockTime(Date.UTC(2026, 6, 1, 13, 5))).toBe('15:05');
  });
});
