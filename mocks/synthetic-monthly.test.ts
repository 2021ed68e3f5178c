import { describe, expect, it } from 'vitest';
import { fillMonthly } from './synthetic-monthly';

const doc = { kind: 'document', document: '003_8ec760b96f86ce0e.txt', location: 'Figur 9' };

describe('fillMonthly', () => {
  const sourced = [
    { period: '2019-09', value: 258, provenance: doc },
    { period: '2020-09', value: 317, provenance: doc },
    { period: '2021-09', value: 427, provenance: doc },
  ];
  const filled = fillMonthly(sourced, 'helaarspersoner');

  it('fills every month between the sourced points', () => {
    expect(filled).toHaveLength(25);
    expect(filled.map((p) => p.period).slice(0, 3)).toEqual(['2019-09', '2019-10', '2019-11']);
  });

  it('passes exactly through every sourced point and keeps its provenance', () => {
    for (const s of sourced) expect(filled.find((p) => p.period === s.period)).toEqual(s);
  });

  it('marks every made-up value as synthetic', () => {
    const made = filled.filter((p) => !(sourced as unknown[]).includes(p));
    expect(made).toHaveLength(22);
    for (const p of made)
      expect(p.provenance).toMatchObject({ kind: 'synthetic', method: expect.stringContaining('Syntetisk') });
  });

  it('leaves a single point alone', () => {
    expect(fillMonthly([sourced[0]!], 'personer')).toEqual([sourced[0]]);
  });
});
