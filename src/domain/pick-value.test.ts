import { describe, expect, it } from 'vitest';
import { period as p } from '@test/periods';
import { periodCode } from './period';
import { latestValue, valueAt, valuesByPeriod, type SourcedValue } from './pick-value';
import type { Provenance } from './provenance';

const text: Provenance = { kind: 'document', document: '003_8ec760b96f86ce0e.txt', location: 'Afsnit 3' };
const figure: Provenance = { kind: 'document', document: '003_8ec760b96f86ce0e.txt', location: 'Figur 9' };
const official = (retrieved = '2026-08-22'): Provenance => ({
  kind: 'official',
  source: 'jobindsats',
  table: 'y25i01',
  request: 'arkiv',
  retrieved,
});
const synthetic: Provenance = { kind: 'synthetic', method: 'interpolation' };
const at = (code: string, value: number, provenance: Provenance): SourcedValue => ({
  period: p(code),
  value,
  provenance,
});

describe('the one value judged and shown for a period', () => {
  it('keeps the first listed of two documents that disagree, and says so (BP22 sygedagpenge sep. 2021: 403 / 427)', () => {
    const choice = valueAt([at('2021-09', 403, text), at('2021-09', 427, figure)], p('2021-09'))!;
    expect(choice.value).toBe(403);
    expect(choice.disputed).toBe(true);
    expect(choice.others).toEqual([{ point: expect.objectContaining({ value: 427 }), relation: 'conflict' }]);
  });

  it('prefers the official figure and calls a document that differs a revision (BP22 653 → Jobindsats 655)', () => {
    const choice = valueAt([at('2021-09', 653, figure), at('2021-09', 655, official())], p('2021-09'))!;
    expect(choice.value).toBe(655);
    expect(choice.point.provenance.kind).toBe('official');
    expect(choice.others).toEqual([{ point: expect.objectContaining({ value: 653 }), relation: 'revision' }]);
  });

  it('treats equal figures from two places as agreement, not a dispute', () => {
    const choice = valueAt([at('2021-08', 3.7, text), at('2021-08', 3.7, official())], p('2021-08'))!;
    expect(choice.disputed).toBe(false);
    expect(choice.others[0]!.relation).toBe('same');
  });

  it('takes the latest official retrieval', () => {
    const choice = valueAt(
      [at('2026-06', 5, official('2026-08-22')), at('2026-06', 5.1, official('2026-09-20'))],
      p('2026-06'),
    )!;
    expect(choice.value).toBe(5.1);
  });

  it('uses a synthetic value only where nothing sourced exists, and never lists it as a disagreement', () => {
    expect(valueAt([at('2020-01', 10, synthetic), at('2020-01', 12, text)], p('2020-01'))).toMatchObject({
      value: 12,
      others: [],
    });
    expect(valueAt([at('2020-02', 10, synthetic)], p('2020-02'))).toMatchObject({ value: 10 });
  });

  it('gives one value per period, oldest first, and the newest up to a date', () => {
    const points = [
      at('2021-09', 5.6, official()),
      at('2019-09', 5.6, figure),
      at('2021-09', 5.8, figure),
      at('2026-07', 4.4, official()),
    ];
    expect(valuesByPeriod(points).map((c) => [periodCode(c.period), c.value])).toEqual([
      ['2019-09', 5.6],
      ['2021-09', 5.6],
      ['2026-07', 4.4],
    ]);
    expect(latestValue(points)?.value).toBe(4.4);
    expect(latestValue(points, new Date('2026-07-31T00:00:00Z'))?.value).toBe(5.6);
    expect(latestValue([])).toBeUndefined();
  });
});
