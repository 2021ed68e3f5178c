import { describe, expect, it } from 'vitest';
import { period as p } from '@test/periods';
import { dataAge } from './data-age';
import { latestValue, type SourcedValue } from './pick-value';
import type { Provenance } from './provenance';

const official: Provenance = {
  kind: 'official',
  source: 'jobindsats',
  table: 'y25i01',
  request: 'x',
  retrieved: '2026-08-22',
};
const doc: Provenance = { kind: 'document', document: '003_8ec760b96f86ce0e.txt', location: 'Figur 9' };
const one = (code: string, provenance: Provenance, provisional?: true): SourcedValue[] => [
  { period: p(code), value: 1, provenance, provisional },
];

describe('how new a series is', () => {
  it('marks the newest Jobindsats month foreløbig, and overdue once it is more than 75 days past its month', () => {
    const series = one('2026-07', official, true);
    expect(dataAge(latestValue(series)?.point, new Date('2026-09-20T00:00:00Z'))).toMatchObject({
      provisional: true,
      overdue: false,
      daysOld: 50,
    });
    expect(dataAge(latestValue(series)?.point, new Date('2026-12-01T00:00:00Z'))).toMatchObject({
      overdue: true,
      daysOld: 122,
    });
  });

  it('never calls a plan’s own figures overdue: they are dated, not a feed', () => {
    expect(dataAge(latestValue(one('2014-12', doc))?.point, new Date('2026-12-01T00:00:00Z'))).toMatchObject({
      kind: 'document',
      overdue: false,
    });
  });

  it('allows a quarterly series its longer cadence', () => {
    const now = new Date('2026-10-01T00:00:00Z');
    expect(dataAge(latestValue(one('2026Q2', official))?.point, now)?.overdue).toBe(false);
    expect(dataAge(latestValue(one('2025Q4', official))?.point, now)?.overdue).toBe(true);
  });
});
