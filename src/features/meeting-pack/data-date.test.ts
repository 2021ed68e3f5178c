import { describe, expect, it } from 'vitest';
import { period as p } from '@test/periods';
import type { Provenance } from '@/domain/provenance';
import type { StatusResult } from '@/domain/status';
import { packDataDate } from './data-date';

const official: Provenance = {
  kind: 'official',
  source: 'jobindsats',
  table: 'y25i01',
  request: 'x',
  retrieved: '2026-08-22',
};
const doc: Provenance = { kind: 'document', document: 'x.txt', location: 'Figur 1' };
const judged = (code: string, provenance: Provenance): StatusResult => {
  const point = { period: p(code), value: 1, provenance };
  return {
    status: 'paa-vej',
    partial: false,
    notes: [],
    latest: { period: point.period, value: 1, point, others: [], disputed: false },
  };
};

describe('the pack’s data date', () => {
  it('names the newest official month and the newest document figure, never the assembly date', () => {
    const text = packDataDate([judged('2026-06', official), judged('2026-07', official), judged('2022-09', doc)]);
    expect(text).toBe('Tallenes dato: nyeste officielle tal jul. 2026; planens egne tal til og med sep. 2022');
  });

  it('says so when nothing is judged on a figure', () => {
    expect(packDataDate([{ status: 'mangler-data', partial: false, notes: [] }])).toBe(
      'Tallenes dato: ingen tal vurderet',
    );
  });
});
