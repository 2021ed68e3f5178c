import { describe, expect, it } from 'vitest';
import { period as p } from '@test/periods';
import type { ValueChoice } from '@/domain/pick-value';
import type { Provenance } from '@/domain/provenance';
import { movementText } from './movement-text';

const official: Provenance = {
  kind: 'official',
  source: 'jobindsats',
  table: 'y25i01',
  request: 'x',
  retrieved: '2026-08-22',
};
const choice = (code: string, value: number): ValueChoice => ({
  period: p(code),
  value,
  point: { period: p(code), value, provenance: official },
  others: [],
  disputed: false,
});
const areaName = (c: string) => (c === '183' ? 'Ishøj' : c);

describe('a movement in words', () => {
  it('gives both values with their own periods, the change in procentpoint, and the verdict', () => {
    const m = {
      indicatorId: 'ledighed-faktisk',
      area: '183',
      from: choice('2026-04', 4.4),
      to: choice('2026-07', 4.0),
      change: -0.4,
      relative: -0.09,
      verdict: 'better',
    } as const;
    expect(movementText(m, { unit: 'procent', subject: 'Ledigheden', areaName })).toBe(
      'Ledigheden i Ishøj: 4,4\u00a0% i apr. 2026 → 4,0\u00a0% i jul. 2026 (−0,4\u00a0procentpoint, bedre)',
    );
  });

  it('counts in the indicator’s unit with a sign', () => {
    const m = {
      indicatorId: 'x',
      area: '183',
      from: choice('2026-04', 120),
      to: choice('2026-07', 123),
      change: 3,
      relative: 0.025,
      verdict: 'worse',
    } as const;
    expect(movementText(m, { unit: 'fuldtidspersoner', subject: 'Antallet af fuldtidsledige', areaName })).toBe(
      'Antallet af fuldtidsledige i Ishøj: 120\u00a0fuldtidspersoner i apr. 2026 → 123\u00a0fuldtidspersoner i jul. 2026 (+3\u00a0fuldtidspersoner, dårligere)',
    );
  });
});
