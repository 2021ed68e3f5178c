import { describe, expect, it } from 'vitest';
import type { IndicatorListItem, Point, Target } from '@/contract';
import { parsePeriod, type Period } from '@/domain/period';
import { buildRows, changeSinceYearBefore, latestPoint, yearBefore } from './row-model';

const period = (code: string): Period => {
  const parsed = parsePeriod(code);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};
const doc = { kind: 'document', document: '003_8ec760b96f86ce0e.txt', location: 'Figur 9' } as const;
const point = (code: string, value: number, provenance: Point['provenance'] = doc): Point => ({
  period: period(code),
  value,
  provenance,
});

const indicator: IndicatorListItem = {
  id: 'sygedagpenge-helaarspersoner',
  name: 'Sygedagpenge, helårspersoner',
  definition: 'd',
  unit: 'helaarspersoner',
  targetGroupId: 'sygedagpenge',
  direction: 'lower-is-better',
  areas: ['183', '187'],
  pointCount: 3,
};

const target = (id: string, deadline: string): Target =>
  ({ id, title: `Mål ${id}`, indicatorId: indicator.id, area: '183', deadline: period(deadline) }) as Target;

describe('latest value and change since the year before', () => {
  const bp22 = [point('2019-09', 258), point('2020-09', 317), point('2021-09', 403), point('2021-09', 427)];

  it('takes the latest period, and the first listed source when two disagree', () => {
    expect(latestPoint(bp22)?.value).toBe(403);
    expect(latestPoint([])).toBeUndefined();
  });

  it('compares with the same month, quarter or window one year earlier', () => {
    expect(changeSinceYearBefore(bp22, bp22[2]!)).toMatchObject({ absolute: 86 });
    expect(changeSinceYearBefore(bp22, bp22[2]!)?.percent).toBeCloseTo(27.13, 1);
    expect(yearBefore(period('2018Q2/2019Q1'))).toEqual(period('2017Q2/2018Q1'));
    expect(yearBefore(period('2014'))).toEqual(period('2013'));
  });

  it('gives no change without the same period a year before, and no percentage from zero', () => {
    const gap = [point('2019-09', 5), point('2021-09', 8)];
    expect(changeSinceYearBefore(gap, gap[1]!)).toBeUndefined();
    const zero = [point('2020', 0), point('2021', 4)];
    expect(changeSinceYearBefore(zero, zero[1]!)).toMatchObject({ absolute: 4, percent: undefined });
  });
});

describe('buildRows', () => {
  const rows = buildRows({
    indicators: [indicator],
    targets: [
      { target: target('old', '2015'), planTitle: 'RR 2014' },
      { target: target('new', '2023'), planTitle: 'BP 2023' },
    ],
    points: (_id, area) =>
      area === '183' ? [point('2020-09', 317), point('2021-09', 427, { kind: 'synthetic', method: 'x' })] : undefined,
    statuses: new Map([['new', { status: 'i-risiko' as const }]]),
    areaName: (code) => (code === '183' ? 'Ishøj' : 'Vallensbæk'),
    targetGroupName: () => 'Sygedagpengemodtagere',
    sourceName: (p) => (p.kind === 'synthetic' ? 'Syntetisk' : 'BP22'),
  });

  it('makes one row per indicator and area, marking series not yet fetched', () => {
    expect(rows.map((r) => [r.areaName, r.loaded])).toEqual([
      ['Ishøj', true],
      ['Vallensbæk', false],
    ]);
  });

  it('says when the latest value is synthetic, and where it comes from', () => {
    expect(rows[0]).toMatchObject({ synthetic: true, source: 'Syntetisk', change: { absolute: 110 } });
  });

  it('links the newest target for the series with its status and counts the others', () => {
    expect(rows[0]!.target).toEqual({
      id: 'new',
      title: 'Mål new',
      planTitle: 'BP 2023',
      status: 'i-risiko',
      others: 1,
    });
    expect(rows[1]!.target).toBeUndefined();
  });

  it('searches in group, indicator, area, target and source, in lower case', () => {
    expect(rows[0]!.searchText).toContain('ishøj');
    expect(rows[0]!.searchText).toContain('mål new');
  });
});
