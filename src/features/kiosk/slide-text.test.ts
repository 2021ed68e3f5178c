import { describe, expect, it } from 'vitest';
import { period as p } from '@test/periods';
import type { SourcedValue } from '@/domain/pick-value';
import type { Provenance } from '@/domain/provenance';
import { footnote, seriesSentence } from './slide-text';

const official: Provenance = {
  kind: 'official',
  source: 'jobindsats',
  table: 'y25i01',
  request: 'x',
  retrieved: '2026-08-22',
};
const bp22: Provenance = { kind: 'document', document: 'bp22.txt', location: 'Figur 7' };
const at = (code: string, provenance: Provenance): SourcedValue => ({ period: p(code), value: 1, provenance });
const title = (f: string) => (f === 'bp22.txt' ? 'Beskæftigelsesplan 2022 (BP22)' : undefined);

describe('a slide’s footnote', () => {
  it('names each source once and dates the figures by the newest, never by the dataset', () => {
    const points = [at('2021-09', bp22), at('2026-06', official), at('2026-07', { ...official })];
    expect(footnote(points, title, new Date('2026-08-25T12:00:00Z'))).toBe(
      'Kilde: Beskæftigelsesplan 2022 (BP22); Jobindsats.dk (STAR), tabel y25i01 · Nyeste tal: jul. 2026',
    );
  });

  it('says when the newest official month is more than its cadence old', () => {
    expect(footnote([at('2026-07', official)], title, new Date('2026-12-01T12:00:00Z'))).toBe(
      'Kilde: Jobindsats.dk (STAR), tabel y25i01 · Nyeste tal: jul. 2026 – forældet',
    );
    expect(footnote([], title, new Date())).toBeUndefined();
  });
});

describe('the series slide’s sentence', () => {
  const choice = (code: string, value: number, other?: number) => {
    const point = { period: p(code), value, provenance: official };
    const others =
      other === undefined
        ? []
        : [{ point: { ...point, value: other, provenance: bp22 }, relation: 'conflict' as const }];
    return { period: point.period, value, point, others, disputed: other !== undefined };
  };
  const areaName = (c: string) => ({ '183': 'Ishøj', '187': 'Vallensbæk', '000': 'Hele landet' })[c] ?? c;

  it('gives every area on one period when they share it', () => {
    const values = [
      { area: '183', value: choice('2026-07', 4.4) },
      { area: '187', value: choice('2026-07', 2.9) },
      { area: '000', value: choice('2026-07', 3.0) },
    ];
    expect(seriesSentence('Ledigheden', values, { unit: 'procent', areaName })).toBe(
      'Ledigheden i juli 2026: Ishøj 4,4\u00a0%, Vallensbæk 2,9\u00a0%, Hele landet 3,0\u00a0%.',
    );
  });

  it('dates each figure when the periods differ, and names a disagreement', () => {
    const values = [
      { area: '183', value: choice('2021-09', 403, 427) },
      { area: '187', value: choice('2021-06', 120) },
    ];
    expect(seriesSentence('Antallet af sygedagpengemodtagere', values, { unit: 'helaarspersoner', areaName })).toBe(
      'Antallet af sygedagpengemodtagere, nyeste tal: Ishøj 403\u00a0helårspersoner (sep. 2021), Vallensbæk 120\u00a0helårspersoner (jun. 2021). Ishøj: kilderne angiver 403\u00a0helårspersoner og 427\u00a0helårspersoner for sep. 2021; 403\u00a0helårspersoner er vist.',
    );
  });
});
