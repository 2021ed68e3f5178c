import { describe, expect, it } from 'vitest';
import { monthOf, parsePeriod } from '@/domain/period';
import { sparklineLabel } from './sparkline-label';

const at = (code: string, value: number) => {
  const p = parsePeriod(code);
  if (!p.ok) throw new Error(p.error);
  return { period: p.value, value };
};

describe('sparkline label', () => {
  it('reads the values in order with their periods, and the goal', () => {
    expect(sparklineLabel([at('2014-01', 102), at('2014-12', 93)], 'forloeb', { comparator: 'le', value: 96 })).toBe(
      'Udvikling: 102 (jan. 2014) → 93 (dec. 2014); mål højst 96\u00a0forløb',
    );
  });

  it('writes shares the Danish way', () => {
    expect(sparklineLabel([at('2014', 37)], 'procent', { comparator: 'ge', value: 42.5 })).toBe(
      'Udvikling: 37,0 (2014); mål mindst 42,5\u00a0%',
    );
  });

  it('summarises a long series instead of listing every value', () => {
    const points = Array.from({ length: 12 }, (_, i) => ({ period: monthOf(2014, i + 1), value: 100 - i }));
    expect(sparklineLabel(points, 'personer', undefined)).toBe(
      'Udvikling fra 100 (jan. 2014) til 89 (dec. 2014) over 12 opgørelser; laveste 89, højeste 100',
    );
  });

  it('says so when there are no values, and when some are synthetic', () => {
    expect(sparklineLabel([], 'antal', undefined)).toBe('Ingen tal at vise');
    expect(sparklineLabel([at('2014', 5)], 'antal', { comparator: 'lt', value: 6 }, true)).toBe(
      'Udvikling: 5 (2014); mål under 6; kurven indeholder syntetiske værdier, som ikke er rigtige tal',
    );
  });
});
