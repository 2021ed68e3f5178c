import { describe, expect, it } from 'vitest';
import type { IndicatorListItem, Target } from '@/contract';
import type { CrossSection } from '@/domain/cross-section';
import { parsePeriod, periodCode, type Period } from '@/domain/period';
import type { Provenance } from '@/domain/provenance';
import {
  buildBaseRows,
  compareMonths,
  parseComparePeriod,
  sameStatuses,
  withStatuses,
  type RowInputs,
} from './row-model';

const period = (code: string): Period => {
  const parsed = parsePeriod(code);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};
const official: Provenance = {
  kind: 'official',
  source: 'jobindsats',
  table: 'y25i01',
  request: 'x',
  retrieved: '2026-08-22',
};
const synthetic: Provenance = { kind: 'synthetic', method: 'x' };

const indicator: IndicatorListItem = {
  id: 'ledighed-faktisk',
  name: 'Ledighed, faktisk',
  definition: 'd',
  unit: 'procent',
  targetGroupId: 'jobparate',
  direction: 'lower-is-better',
  areas: ['183', '187'],
  pointCount: 4,
  officialTables: [{ source: 'jobindsats', table: 'y25i01' }],
};

const periods = ['2025-07', '2026-06', '2026-07'].map(period);
const cell = (i: number, value: number, provenance: Provenance = official) => ({
  period: periods[i]!,
  value,
  provenance,
  provisional: i === 2,
  disputed: false,
});
const section: CrossSection = {
  indicatorId: indicator.id,
  unit: 'procent',
  periods,
  series: [
    { area: '183', cells: [cell(0, 4.4), cell(1, 5.0), cell(2, 4.4)] },
    // Vallensbæk lags a month: its newest value is older than the period everyone is compared on.
    { area: '187', cells: [cell(0, 3.0), cell(1, 3.1, synthetic), undefined] },
  ],
};
const target = (id: string, deadline: string): Target =>
  ({ id, title: `Mål ${id}`, indicatorId: indicator.id, area: '183', deadline: period(deadline) }) as Target;

const inputs = (compare: RowInputs['compare']): RowInputs => ({
  indicators: [indicator],
  sections: [section],
  targets: [
    { target: target('old', '2015'), planTitle: 'RR 2014' },
    { target: target('new', '2023'), planTitle: 'BP 2023' },
  ],
  compare,
  areaName: (code) => (code === '183' ? 'Ishøj' : 'Vallensbæk'),
  targetGroupName: () => 'Jobparate ledige',
  sourceName: (p) => (p.kind === 'synthetic' ? 'Syntetisk' : 'Jobindsats y25i01'),
});

describe('table rows from the cross-sections', () => {
  it('compares every row on the common period and marks a series that has nothing that recent', () => {
    const rows = buildBaseRows(inputs({ kind: 'common' }));
    expect(rows.map((r) => [r.areaName, r.value?.value, r.older])).toEqual([
      ['Ishøj', 4.4, false],
      ['Vallensbæk', undefined, true],
    ]);
    expect(rows[0]!.change).toMatchObject({ absolute: 0, percent: 0, from: period('2025-07') });
  });

  it('can show each row’s own newest value instead, still marked when it is older', () => {
    const rows = buildBaseRows(inputs({ kind: 'latest' }));
    expect(rows.map((r) => [r.value && periodCode(r.value.period), r.older, r.synthetic])).toEqual([
      ['2026-07', false, false],
      ['2026-06', true, true],
    ]);
    expect(rows[1]!.source).toBe('Syntetisk');
  });

  it('can put every row on one chosen month', () => {
    const rows = buildBaseRows(inputs({ kind: 'month', period: period('2026-06') }));
    expect(rows.map((r) => r.value?.value)).toEqual([5.0, 3.1]);
  });

  it('links the newest target for the series with its status and counts the others', () => {
    const base = buildBaseRows(inputs({ kind: 'common' }));
    expect(base[0]!.target?.status).toBeUndefined();
    const [ishoej, vallensbaek] = withStatuses(base, new Map([['new', { status: 'i-risiko' as const }]]));
    expect(ishoej!.target).toEqual({
      id: 'new',
      title: 'Mål new',
      planTitle: 'BP 2023',
      status: 'i-risiko',
      others: 1,
    });
    expect(vallensbaek!.target).toBeUndefined();
    expect(ishoej!.searchText).toContain('ishøj');
    expect(ishoej!.searchText).toContain('mål new');
  });

  it('puts statuses in as new objects only for the rows whose status changed', () => {
    const base = buildBaseRows(inputs({ kind: 'common' }));
    const none = withStatuses(base, new Map());
    expect(none[0]).toBe(base[0]);
    expect(none[1]).toBe(base[1]);
    const judged = withStatuses(base, new Map([['new', { status: 'naaet' as const }]]));
    expect(judged[0]).not.toBe(base[0]);
    expect(judged[0]!.target?.status).toBe('naaet');
    expect(judged[1]).toBe(base[1]);
    // The same status again: the row judged before is kept as it is.
    expect(withStatuses(judged, new Map([['new', { status: 'naaet' as const }]]))[0]).toBe(judged[0]);
  });

  it('tells a judgement that changes no status from one that does', () => {
    const judged = (entries: [string, 'naaet' | 'i-risiko'][]) =>
      new Map(entries.map(([id, status]) => [id, { status }]));
    const before = judged([
      ['a', 'naaet'],
      ['b', 'i-risiko'],
    ]);
    expect(
      sameStatuses(
        before,
        judged([
          ['a', 'naaet'],
          ['b', 'i-risiko'],
        ]),
      ),
    ).toBe(true);
    expect(
      sameStatuses(
        before,
        judged([
          ['a', 'naaet'],
          ['b', 'naaet'],
        ]),
      ),
    ).toBe(false);
    expect(sameStatuses(before, judged([['a', 'naaet']]))).toBe(false);
    expect(
      sameStatuses(
        before,
        judged([
          ['a', 'naaet'],
          ['c', 'i-risiko'],
        ]),
      ),
    ).toBe(false);
    expect(sameStatuses(undefined, judged([]))).toBe(false);
  });

  it('reads the period choice from the address and offers the recent months, newest first', () => {
    expect(parseComparePeriod(null)).toEqual({ kind: 'common' });
    expect(parseComparePeriod('seneste')).toEqual({ kind: 'latest' });
    expect(parseComparePeriod('2026-05')).toEqual({ kind: 'month', period: period('2026-05') });
    expect(parseComparePeriod('2026')).toEqual({ kind: 'common' });
    expect(compareMonths([section]).map(periodCode)).toEqual(['2026-07', '2026-06', '2025-07']);
  });
});
