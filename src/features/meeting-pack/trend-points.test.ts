import { describe, expect, it } from 'vitest';
import type { Point, Target } from '@/contract';
import { parsePeriod, type Period } from '@/domain/period';
import { sourcedPoints, trendPoints } from './trend-points';

const period = (code: string): Period => {
  const p = parsePeriod(code);
  if (!p.ok) throw new Error(p.error);
  return p.value;
};
const doc = { kind: 'document', document: '002_3e6cb87c903c4f86.txt', location: 'Afsnit' } as const;
const point = (code: string, value: number, location = 'Afsnit'): Point => ({
  period: period(code),
  value,
  provenance: { ...doc, location },
});

const target = {
  planId: 'p',
  id: 't',
  level: 'resultatmaal',
  targetGroupId: 'sygedagpenge',
  indicatorId: 'sygedagpenge-over-26-uger',
  area: 'jc-vallensbaek',
  title: 'Færre sygedagpengeforløb over 26 uger',
  statement: '…',
  baseline: point('2014-01', 102),
  goal: { kind: 'at-most', value: 96 },
  deadline: period('2014'),
  actuals: [point('2014-12', 93, 'Målopfølgning')],
  provenance: doc,
} satisfies Target;

describe('trend points', () => {
  it('merges the series with the target’s own figures, one value per period, in order', () => {
    const merged = sourcedPoints(target, [point('2014-12', 93, 'Serie'), point('2013-06', 110)]);
    expect(merged.map((p) => [p.value, p.provenance.kind === 'document' && p.provenance.location])).toEqual([
      [110, 'Afsnit'],
      [102, 'Afsnit'],
      [93, 'Serie'],
    ]);
  });

  it('keeps only values up to the end of the deadline period', () => {
    const points = trendPoints(target, [point('2015-05', 92)]);
    expect(points.map((p) => p.value)).toEqual([102, 93]);
  });

  it('runs to the value judged when a direction in force is judged after its deadline, at most three years', () => {
    const months = Array.from({ length: 48 }, (_, i) =>
      point(`${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, i),
    );
    const points = trendPoints(target, months, period('2026-12'));
    expect(points).toHaveLength(36);
    expect(points.at(-1)!.value).toBe(47);
  });
});
