import { describe, expect, it } from 'vitest';
import type { IndicatorListItem, Point } from '@/contract';
import { parsePeriod } from '@/domain/period';
import { headerFigures, newestSourcePoints } from './header-figures';

const pt = (code: string, value: number, document: string | null): Point => {
  const parsed = parsePeriod(code);
  if (!parsed.ok) throw new Error(parsed.error);
  return {
    period: parsed.value,
    value,
    provenance: document ? { kind: 'document', document, location: 'Figur 9' } : { kind: 'synthetic', method: 'x' },
  };
};
const YEARS: Record<string, number> = { 'bp20.txt': 2020, 'bp22.txt': 2022 };
const year = (d: string) => YEARS[d] ?? 0;

describe('header figures', () => {
  it('take the newest document and leave synthetic values out', () => {
    const points = [
      pt('2018-09', 1, 'bp20.txt'),
      pt('2019-09', 258, 'bp22.txt'),
      pt('2021-09', 427, 'bp22.txt'),
      pt('2022-09', 9, null),
    ];
    expect(newestSourcePoints(points, year).map((p) => p.value)).toEqual([258, 427]);
    expect(newestSourcePoints([pt('2022-09', 9, null)], year)).toEqual([]);
  });

  it('list indicators with a figure for Ishøj or Vallensbæk, with Hele landet beside them', () => {
    const ind = (id: string) => ({ id, name: id }) as IndicatorListItem;
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
    expect(rows[0]!.cells.get('183')!.map((p) => p.value)).toEqual([427]);
    expect(rows[0]!.cells.get('000')).toEqual([]);
  });
});
