import { describe, expect, it } from 'vitest';
import { effectiveRange, inRange, toRows, yearSpan } from './series-data';
import { areaName, docPoint, documentTitle, series, synthPoint } from './test-fixtures';

const ctx = { unit: 'helaarspersoner' as const, areaName, documentTitle };

describe('series rows', () => {
  it('shows the first listed of two disagreeing documents, keeps the other, and each row names the other', () => {
    const rows = toRows(
      [
        series('183', [
          docPoint('2021-09', 427, 'Figur 9'),
          docPoint('2019-09', 258, 'Figur 9'),
          docPoint('2021-09', 403, 'Afsnit 3'),
        ]),
      ],
      ctx,
    );
    expect(rows.map((r) => [r.periodText, r.value, r.role])).toEqual([
      ['sep. 2019', 258, 'shown'],
      ['sep. 2021', 427, 'shown'],
      ['sep. 2021', 403, 'disputed'],
    ]);
    expect(rows[0]!.relation).toBeUndefined();
    expect(rows[1]!.relation).toContain('403\u00a0helårspersoner (Beskæftigelsesplan 2022 (BP22), Afsnit 3)');
    expect(rows[2]!.relation).toContain('427\u00a0helårspersoner (Beskæftigelsesplan 2022 (BP22), Figur 9)');
  });

  it('shows the official figure and marks the plan’s different one as revised (BP22 653, Jobindsats 655)', () => {
    const official = {
      kind: 'official',
      source: 'jobindsats',
      table: 'y25i01',
      request: 'x',
      retrieved: '2026-08-22',
    } as const;
    const rows = toRows(
      [
        series('183', [
          docPoint('2021-09', 653, 'Figur 7'),
          { ...docPoint('2021-09', 655, 'x'), provenance: official, provisional: true },
        ]),
      ],
      ctx,
    );
    expect(rows.map((r) => [r.value, r.role, r.official, r.provisional])).toEqual([
      [655, 'shown', true, true],
      [653, 'revised', false, false],
    ]);
    expect(rows[0]!.relation).toContain('var 653');
    expect(rows[1]!.relation).toContain('revideret: senere opgjort til 655');
    expect(rows[1]!.relation).toContain('Jobindsats.dk (STAR), tabel y25i01');
  });

  it('names the source of every row, and says synthetic for made-up values', () => {
    const rows = toRows([series('183', [docPoint('2019-09', 258, 'Figur 9'), synthPoint('2019-10', 262)])], ctx);
    expect(rows.map((r) => [r.source, r.location, r.synthetic])).toEqual([
      ['Beskæftigelsesplan 2022 (BP22)', 'Figur 9', false],
      ['Syntetisk udviklingsdata – ikke et rigtigt tal', '', true],
    ]);
  });

  it('places a window at its midpoint on the time axis', () => {
    const [row] = toRows([series('jc-vallensbaek', [docPoint('2018Q3/2019Q2', 3.9, 'Bilag 1')], 'procent')], ctx);
    expect(row!.periodText).toBe('3. kvt. 2018–2. kvt. 2019');
    expect(new Date(row!.x).toISOString()).toBe('2018-12-30T12:00:00.000Z');
  });
});

describe('year range', () => {
  const x = (iso: string) => Date.parse(iso);

  it('offers every year from the first to the last point', () => {
    expect(yearSpan([x('2014-01-15'), x('2016-06-01')])).toEqual([2014, 2015, 2016]);
    expect(yearSpan([])).toEqual([]);
  });

  it('clamps a requested range to the years there are and puts it the right way round', () => {
    const years = [2014, 2015, 2016];
    expect(effectiveRange(years, {})).toEqual({ from: 2014, to: 2016 });
    expect(effectiveRange(years, { from: 2010, to: 2015 })).toEqual({ from: 2014, to: 2015 });
    expect(effectiveRange(years, { from: 2016, to: 2015 })).toEqual({ from: 2015, to: 2016 });
    expect(effectiveRange([], { from: 2015 })).toBeUndefined();
  });

  it('counts a point in the year of its midpoint', () => {
    expect(inRange(x('2018-12-30T12:00:00Z'), { from: 2019, to: 2021 })).toBe(false);
    expect(inRange(x('2021-09-16'), { from: 2019, to: 2021 })).toBe(true);
  });
});
