import { describe, expect, it } from 'vitest';
import type { Point, Target } from '@/contract';
import { parsePeriod } from '@/domain/period';
import { rowSources } from './source-text';

const titles = (file: string) => (file === '002_3e6cb87c903c4f86.txt' ? 'Resultatrevision 2014' : undefined);
const doc = (location: string) => ({ kind: 'document', document: '002_3e6cb87c903c4f86.txt', location }) as const;
const year = (() => {
  const p = parsePeriod('2014');
  if (!p.ok) throw new Error(p.error);
  return p.value;
})();
const point = (provenance: Point['provenance']): Point => ({ period: year, value: 1, provenance });
const target = (baseline?: Point): Target => ({
  planId: 'p',
  id: 't',
  level: 'resultatmaal',
  targetGroupId: 'foertidspension',
  indicatorId: 'foertidspension-tilgang',
  area: 'jc-vallensbaek',
  title: 'Tilgang til førtidspension begrænses',
  statement: '…',
  baseline,
  goal: { kind: 'at-most', value: 35 },
  deadline: year,
  actuals: [],
  provenance: doc('Resultatmål'),
});

describe('row sources', () => {
  it('gives figures from the same place one line', () => {
    expect(rowSources(target(point(doc('Resultatmål'))), point(doc('Resultatmål')), titles)).toEqual([
      { label: 'mål, udgangspunkt og senest', text: 'Resultatrevision 2014, Resultatmål' },
    ]);
  });

  it('lists each different place, and a synthetic latest value as synthetic', () => {
    const lines = rowSources(target(point(doc('Figur 9'))), point({ kind: 'synthetic', method: 'x' }), titles);
    expect(lines.map((l) => l.label)).toEqual(['mål', 'udgangspunkt', 'senest']);
    expect(lines[2]!.text).toMatch(/^Syntetisk/);
  });

  it('has only the target’s own source when there is no baseline or follow-up', () => {
    expect(rowSources(target(), undefined, titles)).toEqual([
      { label: 'mål', text: 'Resultatrevision 2014, Resultatmål' },
    ]);
  });
});
