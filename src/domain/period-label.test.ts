import { describe, expect, it } from 'vitest';
import { parsePeriod, periodCode } from './period';
import { parseDanishPeriod, periodLabel } from './period-label';

const label = (code: string) => {
  const r = parsePeriod(code);
  if (!r.ok) throw new Error(r.error);
  return periodLabel(r.value);
};

describe('periodLabel', () => {
  it('writes periods the Danish way', () => {
    expect(label('2021-09')).toBe('sep. 2021');
    expect(label('2018Q2')).toBe('2. kvt. 2018');
    expect(label('2014')).toBe('2014');
    expect(label('2018Q2/2019Q1')).toBe('2. kvt. 2018–1. kvt. 2019');
    expect(label('2015-01/2015-07')).toBe('jan.–jul. 2015');
  });
});

describe('parseDanishPeriod', () => {
  it.each([
    ['sep-21', '2021-09'],
    ['Sept-19', '2019-09'],
    ['dec-14', '2014-12'],
    ['maj-15', '2015-05'],
    ['2.kv18', '2018Q2'],
    ['2.kv18 – 1kv19', '2018Q2/2019Q1'],
    ['3.kv18 – 2.kv19', '2018Q3/2019Q2'],
    ['jan-juli 2015', '2015-01/2015-07'],
    ['2014', '2014'],
    ['2018Q2', '2018Q2'],
  ])('reads the document form %s', (input, code) => {
    const r = parseDanishPeriod(input);
    expect(r.ok && periodCode(r.value)).toBe(code);
  });

  it('refuses what it cannot read, naming it', () => {
    const r = parseDanishPeriod('foråret 2020');
    expect(r).toEqual({ ok: false, error: 'Kan ikke læse perioden «foråret 2020».' });
  });
});
