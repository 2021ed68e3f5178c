import { describe, expect, it } from 'vitest';
import { period as p } from '@test/periods';
import type { SourcedValue } from '@/domain/pick-value';
import { figureDate, figureDateText } from './figure-date';

const official = {
  kind: 'official',
  source: 'jobindsats',
  table: 'y25i01',
  request: 'x',
  measurement: 'Fuldtidsledige',
  retrieved: '2026-08-22',
} as const;
const doc = { kind: 'document', document: '002_3e6cb87c903c4f86.txt', location: 'Figur 9' } as const;

describe('figure date', () => {
  it('dates an official figure by its own month and says when it is provisional', () => {
    const v: SourcedValue = { period: p('2026-07'), value: 2.9, provenance: official, provisional: true };
    expect(figureDate(v, new Date('2026-08-25T12:00:00Z'))).toEqual({
      text: 'Nyeste tal: jul. 2026',
      provisional: true,
      overdue: false,
    });
  });

  it('marks an official monthly figure more than 75 days old as forældet', () => {
    const v: SourcedValue = { period: p('2026-07'), value: 2.9, provenance: official };
    expect(figureDateText(v, new Date('2026-12-01T12:00:00Z'))).toBe('Nyeste tal: jul. 2026 – forældet');
  });

  it('calls a document’s figure the plan’s latest follow-up, never overdue', () => {
    const v: SourcedValue = { period: p('2014-12'), value: 93, provenance: doc };
    expect(figureDateText(v, new Date('2026-12-01T12:00:00Z'))).toBe('Seneste opfølgning i planen: dec. 2014');
    expect(figureDate(undefined, new Date())).toBeUndefined();
  });
});
