import { describe, expect, it } from 'vitest';
import type { IndicatorListItem, Point } from '@/contract';
import { parsePeriod, periodCode } from '@/domain/period';
import { headerFigures, newestDocumentPoints, sharedOfficialPeriod } from './header-figures';

const official = {
  kind: 'official',
  source: 'jobindsats',
  table: 'y25i01',
  request: 'x',
  retrieved: '2026-08-22',
} as const;
const pt = (code: string, value: number, document: string | null | 'official'): Point => {
  const parsed = parsePeriod(code);
  if (!parsed.ok) throw new Error(parsed.error);
  return {
    period: parsed.value,
    value,
    provenance:
      document === 'official'
        ? official
        : document
          ? { kind: 'document', document, location: 'Figur 9' }
          : { kind: 'synthetic', method: 'x' },
  };
};
const YEARS: Record<string, number> = { 'bp20.txt': 2020, 'bp22.txt': 2022 };
const year = (d: string) => YEARS[d] ?? 0;
const ind = (id: string) => ({ id, name: id }) as IndicatorListItem;

describe('header figures', () => {
  it('take the newest document and leave synthetic values out', () => {
    const points = [
      pt('2018-09', 1, 'bp20.txt'),
      pt('2019-09', 258, 'bp22.txt'),
      pt('2021-09', 427, 'bp22.txt'),
      pt('2022-09', 9, null),
    ];
    expect(newestDocumentPoints(points, year).map((p) => p.value)).toEqual([258, 427]);
    expect(newestDocumentPoints([pt('2022-09', 9, null)], year)).toEqual([]);
  });

  it('list indicators with a figure for Ishøj or Vallensbæk, with Hele landet beside them', () => {
    const rows = headerFigures(
      [ind('a'), ind('b')],
      (id, area) =>
        id === 'a' && area === '183'
          ? [pt('2021-09', 427, 'bp22.txt')]
          : id === 'b' && area === '000'
            ? [pt('2021', 2, 'bp22.txt')]
            : [],
      year,
    );
    expect(rows.map((r) => r.indicator.id)).toEqual(['a']);
    expect(rows[0]!.cells.get('183')!.map((c) => c.value)).toEqual([427]);
    expect(rows[0]!.cells.get('000')).toEqual([]);
  });

  it('put official figures on one period every area has, not each area’s own newest', () => {
    const series: Record<string, Point[]> = {
      '183': [pt('2026-06', 5.0, 'official'), pt('2026-07', 4.4, 'official')],
      '187': [pt('2026-06', 3.1, 'official')],
      '000': [pt('2026-06', 3.0, 'official'), pt('2026-07', 3.0, 'official')],
    };
    expect(periodCode(sharedOfficialPeriod(Object.values(series))!)).toBe('2026-06');
    const [r] = headerFigures([ind('ledighed')], (_, area) => series[area] ?? [], year);
    expect(periodCode(r!.period!)).toBe('2026-06');
    expect([...r!.cells.values()].map((cells) => cells.map((c) => c.value))).toEqual([[5.0], [3.1], [3.0]]);
  });
});
