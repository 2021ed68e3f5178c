import { describe, expect, it } from 'vitest';
import type { Series } from '@/contract';
import { dataDates } from './data-dates';

const doc = { kind: 'document' as const, document: '003_8ec760b96f86ce0e.txt', location: 'Figur 9' };
const official = {
  kind: 'official' as const,
  source: 'jobindsats' as const,
  table: 'y07a02',
  request: 'GET /v2/data/y07a02/json',
  retrieved: '2026-11-26',
  nextUpdate: '2026-12-17',
};
const NOW = new Date('2026-12-01T00:00:00Z');

describe('dataDates', () => {
  it('names the latest period and how current each source is', () => {
    const series: Series = {
      indicatorId: 'sygedagpenge-helaarspersoner',
      area: '183',
      unit: 'helaarspersoner',
      points: [
        { period: { kind: 'month', year: 2021, month: 9 }, value: 403, provenance: doc },
        { period: { kind: 'month', year: 2026, month: 10 }, value: 380, provenance: official, provisional: true },
        { period: { kind: 'month', year: 2019, month: 9 }, value: 270, provenance: doc },
      ],
      breaks: [],
      suppressed: [],
    };
    const plans = [
      {
        title: 'Beskæftigelsesplan 2022 (BP22)',
        document: doc.document,
        published: { kind: 'month' as const, year: 2021, month: 11 },
      },
    ];
    expect(dataDates([series], plans, NOW)).toEqual([
      {
        area: '183',
        latest: 'okt. 2026',
        age: expect.objectContaining({ provisional: true, overdue: false }),
        sources: [
          'Beskæftigelsesplan 2022 (BP22), udgivet nov. 2021',
          'Jobindsats.dk (STAR), tabel y07a02, hentet 26.11.2026; næste opdatering 17.12.2026',
        ],
      },
    ]);
  });

  it('says when values are synthetic', () => {
    const series: Series = {
      indicatorId: 'x',
      area: '000',
      unit: 'procent',
      points: [{ period: { kind: 'year', year: 2020 }, value: 1, provenance: { kind: 'synthetic', method: 'm' } }],
      breaks: [],
      suppressed: [],
    };
    expect(dataDates([series], [], NOW)[0]?.sources).toEqual(['Syntetiske udviklingsdata (ikke rigtige tal)']);
  });
});
