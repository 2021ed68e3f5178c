import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  monthOfDate,
  parsePeriod,
  periodCode,
  periodEnd,
  periodStart,
  samePeriod,
  shiftPeriod,
  type Period,
} from './period';

function p(code: string): Period {
  const r = parsePeriod(code);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('parsePeriod', () => {
  it.each([
    ['2021-09', { kind: 'month', year: 2021, month: 9 }],
    ['2018Q2', { kind: 'quarter', year: 2018, quarter: 2 }],
    ['2014', { kind: 'year', year: 2014 }],
  ])('reads %s', (code, expected) => {
    expect(parsePeriod(code)).toEqual({ ok: true, value: expected });
  });

  it('reads a rolling window such as 2.kv18–1.kv19', () => {
    expect(p('2018Q2/2019Q1')).toEqual({
      kind: 'range',
      start: { kind: 'quarter', year: 2018, quarter: 2 },
      end: { kind: 'quarter', year: 2019, quarter: 1 },
    });
  });

  it.each(['2021-13', '2018Q5', 'sep-21', '21', '2019Q1/2018Q2', '2014/2015/2016', ''])(
    'rejects %s with a Danish message',
    (code) => {
      const r = parsePeriod(code);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/periode/i);
    },
  );

  it('round-trips every kind through its code', () => {
    for (const code of ['2021-09', '2018Q2', '2014', '2018Q2/2019Q1', '2015-01/2015-07']) {
      expect(periodCode(p(code))).toBe(code);
    }
  });
});

describe('period arithmetic', () => {
  it('gives start inclusive and end exclusive in UTC', () => {
    expect(periodStart(p('2018Q2')).toISOString()).toBe('2018-04-01T00:00:00.000Z');
    expect(periodEnd(p('2018Q2')).toISOString()).toBe('2018-07-01T00:00:00.000Z');
    expect(periodEnd(p('2014')).toISOString()).toBe('2015-01-01T00:00:00.000Z');
    expect(periodEnd(p('2018Q2/2019Q1')).toISOString()).toBe('2019-04-01T00:00:00.000Z');
  });

  it('orders by end, so a window ending in a quarter sorts with that quarter', () => {
    const sorted = ['2019Q2', '2018Q3/2019Q2', '2019-03', '2018'].map(p).sort(comparePeriods).map(periodCode);
    expect(sorted).toEqual(['2018', '2019-03', '2018Q3/2019Q2', '2019Q2']);
  });

  it('moves a period back a year in its own kind', () => {
    const back = (code: string) => periodCode(shiftPeriod(p(code), -12));
    expect(back('2026-07')).toBe('2025-07');
    expect(back('2026-01')).toBe('2025-01');
    expect(back('2019Q2')).toBe('2018Q2');
    expect(back('2014')).toBe('2013');
    expect(back('2018Q3/2019Q2')).toBe('2017Q3/2018Q2');
    expect(periodCode(shiftPeriod(p('2026-02'), -3))).toBe('2025-11');
  });

  it('knows the month an instant falls in', () => {
    expect(periodCode(monthOfDate(new Date('2026-12-01T10:00:00Z')))).toBe('2026-12');
  });

  it('says two periods are the same exactly when their codes are', () => {
    const codes = [
      '2026-05',
      '2026-06',
      '2025-05',
      '2026Q2',
      '2026Q1',
      '2025Q2',
      '2026',
      '2025',
      '2026-01/2026-06',
      '2026-01/2026-05',
      '2025-01/2026-06',
      '2026Q1/2026Q2',
    ];
    const periods = codes.map((c) => {
      const parsed = parsePeriod(c);
      if (!parsed.ok) throw new Error(parsed.error);
      return parsed.value;
    });
    let same = 0;
    for (const a of periods) {
      for (const b of periods) {
        expect(samePeriod(a, b), `${periodCode(a)} ~ ${periodCode(b)}`).toBe(periodCode(a) === periodCode(b));
        // A copy is the same period: compared by its fields, not by identity.
        if (samePeriod(a, { ...b })) same++;
      }
    }
    expect(same).toBe(periods.length);
  });
});
