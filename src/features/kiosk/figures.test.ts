import { describe, expect, it } from 'vitest';
import type { Point } from '@/contract';
import { parsePeriod, type Period } from '@/domain/period';
import { keyIndicators, latestCommon, latestPoint, sourceText } from './figures';

const period = (code: string): Period => {
  const r = parsePeriod(code);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const doc = { kind: 'document' as const, document: 'a.txt', location: 'Figur 9' };
const point = (code: string, value: number): Point => ({ period: period(code), value, provenance: doc });

describe('figures for the wall screen', () => {
  it('names the document by its title and place, and marks synthetic values', () => {
    expect(sourceText(doc, new Map([['a.txt', 'BP22']]))).toBe('Kilde: BP22, Figur 9');
    expect(sourceText({ kind: 'synthetic', method: 'udfyldt' }, new Map())).toBe('Kilde: syntetisk – udfyldt');
  });

  it('finds the latest point and the latest period two areas share', () => {
    const ishoej = [point('2021', 5), point('2019', 4), point('2022', 6)];
    const vallensbaek = [point('2019', 3), point('2021', 2)];
    expect(latestPoint(ishoej)?.value).toBe(6);
    const common = latestCommon(ishoej, vallensbaek);
    expect(common && [common.a.value, common.b.value]).toEqual([5, 2]);
    expect(latestCommon(ishoej, [point('2010', 1)])).toBeUndefined();
  });

  it('picks a målgruppe’s indicators in the home areas, richest series first, up to a limit', () => {
    const list = [
      { id: 'a', targetGroupId: 'syg', areas: ['183'], pointCount: 2 },
      { id: 'b', targetGroupId: 'syg', areas: ['183', '187'], pointCount: 5 },
      { id: 'c', targetGroupId: 'unge', areas: ['183'], pointCount: 9 },
      { id: 'd', targetGroupId: 'syg', areas: ['000'], pointCount: 9 },
    ];
    expect(keyIndicators(list, 'syg', ['183', '187'], 2).map((k) => `${k.indicator.id}/${k.area}`)).toEqual([
      'b/183',
      'b/187',
    ]);
  });
});
