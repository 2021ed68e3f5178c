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
};

describe('dataDates', () => {
  it('names the latest period and how current each source is', () => {
    const series: Series = {
      indicatorId: 'sygedagpenge-helaarspersoner',
      area: '183',
      unit: 'helaarspersoner',
      points: [
        { period: { kind: 'month', year: 2021, month: 9 }, value: 403, provenance: doc },
        { period: { kind: 'month', year: 2024, month: 1 }, value: 380, provenance: official },
        { period: { kind: 'month', year: 2019, month: 9 }, value: 270, provenance: doc },
      ],
    };
    const plans = [
      {
        title: 'Beskæftigelsesplan 2022 (BP22)',
        document: doc.document,
        published: { kind: 'month' as const, year: 2021, month: 11 },
      },
    ];
    expect(dataDates([series], plans)).toEqual([
      {
        area: '183',
        latest: 'jan. 2024',
        sources: [
          'Beskæftigelsesplan 2022 (BP22), udgivet nov. 2021',
          'Jobindsats, tabel y07a02, hentet 26. november 2026',
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
    };
    expect(dataDates([series], [])[0]?.sources).toEqual(['Syntetiske udviklingsdata (ikke rigtige tal)']);
  });
});
