import type { Point, Series, Target } from '@/contract';
import { parsePeriod } from '@/domain/period';

/** Small hand-made series for the pure helpers' tests. */

export function period(code: string) {
  const parsed = parsePeriod(code);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

export function docPoint(code: string, value: number, location: string, note?: string): Point {
  return {
    period: period(code),
    value,
    provenance: { kind: 'document', document: '003_8ec760b96f86ce0e.txt', location, quote: String(value) },
    ...(note ? { note } : {}),
  };
}

export function synthPoint(code: string, value: number): Point {
  return { period: period(code), value, provenance: { kind: 'synthetic', method: 'Interpoleret' } };
}

export function series(area: string, points: Point[], unit: Series['unit'] = 'helaarspersoner'): Series {
  return { indicatorId: 'sygedagpenge-helaarspersoner', area, unit, points, breaks: [], suppressed: [] };
}

export const names: Record<string, string> = {
  '183': 'Ishøj',
  '187': 'Vallensbæk',
  '000': 'Hele landet',
  'jc-vallensbaek': 'Jobcenter Vallensbæk (Ishøj og Vallensbæk)',
  '165': 'Albertslund',
};

export const areaName = (code: string) => names[code] ?? code;
export const documentTitle = (file: string) =>
  file === '003_8ec760b96f86ce0e.txt' ? 'Beskæftigelsesplan 2022 (BP22)' : undefined;

export function target(overrides: Partial<Target> = {}): Target {
  return {
    planId: 'rr2014',
    id: 'rr2014-sygedagpenge-over-52-uger',
    level: 'resultatmaal',
    targetGroupId: 'sygedagpenge',
    indicatorId: 'sygedagpenge-over-52-uger',
    area: 'jc-vallensbaek',
    title: 'Færre sygedagpengeforløb over 52 uger',
    statement: 'Max 22 forløb over 52 uger',
    baseline: docPoint('2014-01', 27, 'Resultatmål'),
    goal: { kind: 'at-most', value: 22 },
    deadline: period('2014'),
    actuals: [],
    provenance: { kind: 'document', document: '002_3e6cb87c903c4f86.txt', location: 'Resultatmål' },
    ...overrides,
  };
}
