import { describe, expect, it } from 'vitest';
import { KOMMUNER } from '@/domain/areas';
import { seriesSchema } from '@/contract';
import { LARGE_METHOD, largeIndicators, largeSeries } from './large-dataset';

describe('the large scenario', () => {
  it('lists every kommune for every indicator: more than 10,000 series', () => {
    const list = largeIndicators([
      { id: 'a', unit: 'personer', areas: ['183', '000'], pointCount: 3 },
      ...Array.from({ length: 102 }, (_, i) => ({ id: `i${i}`, unit: 'procent', areas: [], pointCount: 0 })),
    ]);
    expect(list[0]!.areas).toContain('000');
    expect(list[0]!.areas.filter((a) => a === '183')).toHaveLength(1);
    expect(list.reduce((n, i) => n + i.areas.length, 0)).toBeGreaterThanOrEqual(10_000);
    expect(Object.keys(KOMMUNER)).toHaveLength(98);
  });

  it('makes ten years of monthly values, the same on every call, each marked synthetic', () => {
    const a = largeSeries('sygedagpenge-helaarspersoner', '101', 'helaarspersoner', []);
    expect(a).toHaveLength(120);
    expect(largeSeries('sygedagpenge-helaarspersoner', '101', 'helaarspersoner', [])).toEqual(a);
    expect(a.every((p) => (p.provenance as { method: string }).method === LARGE_METHOD)).toBe(true);
    expect(seriesSchema.safeParse({ indicatorId: 'x', area: '101', unit: 'helaarspersoner', points: a }).success).toBe(
      true,
    );
  });

  it('keeps sourced points, in period order, without a synthetic twin for the same month', () => {
    const sourced = [{ period: '2019-09', value: 258, provenance: { kind: 'document' } }];
    const points = largeSeries('x', '183', 'personer', sourced);
    expect(points.filter((p) => p.period === '2019-09')).toEqual(sourced);
    expect(points.map((p) => p.period)).toEqual([...points.map((p) => p.period)].sort());
  });
});
