import { describe, expect, it } from 'vitest';
import { period as p } from '@test/periods';
import type { Goal } from './goal';
import type { SourcedValue } from './pick-value';
import type { Provenance } from './provenance';
import { targetStatus, type StatusTarget } from './status';
import type { SeriesLookup } from './threshold';

const official: Provenance = {
  kind: 'official',
  source: 'jobindsats',
  table: 'y25i01',
  request: 'x',
  retrieved: '2026-08-22',
};
const doc = (location: string): Provenance => ({ kind: 'document', document: '003_8ec760b96f86ce0e.txt', location });
const at = (code: string, value: number, provenance: Provenance = official): SourcedValue => ({
  period: p(code),
  value,
  provenance,
});
const NOW = new Date('2026-12-01T12:00:00Z');

function direction(goal: Goal, extra: Partial<StatusTarget> = {}): StatusTarget {
  return {
    level: 'retningsmaal',
    indicatorId: 'ledighed-faktisk',
    area: '187',
    unit: 'procent',
    goal,
    deadline: p('2023'),
    actuals: [],
    openEnded: true,
    ...extra,
  };
}

/** The August 2026 archive's figures for the months these tests use. */
const series: Record<string, SourcedValue[]> = {
  '187': [at('2025-07', 3.0), at('2026-06', 3.1), at('2026-07', 2.9)],
  '183': [at('2025-07', 4.4), at('2026-07', 4.4)],
  '000': [at('2025-07', 2.9), at('2026-06', 3.0), at('2026-07', 3.0)],
};
const lookup: SeriesLookup = (_, area) => series[area] ?? [];

describe('a direction a pejlemærke states (retningsmål)', () => {
  it('holds when Vallensbæk’s unemployment is at or below the national level in the newest month (BP23 «lav ledighed»)', () => {
    const r = targetStatus(
      direction({ kind: 'relative-to-benchmark', comparator: 'le', benchmarkArea: '000' }),
      lookup,
      NOW,
    );
    expect(r).toMatchObject({ status: 'paa-vej', direction: 'holds', threshold: 3.0, distanceUnit: 'procentpoint' });
    expect(r.latest).toMatchObject({ value: 2.9, period: p('2026-07') });
    expect(r.distance).toBeCloseTo(-0.1);
    expect(r.notes[0]).toBe('Vurderet på den nyeste officielle værdi (jul. 2026).');
  });

  it('does not hold for Ishøj, well above the national level', () => {
    const r = targetStatus(
      direction({ kind: 'relative-to-benchmark', comparator: 'le', benchmarkArea: '000' }, { area: '183' }),
      lookup,
      NOW,
    );
    expect(r).toMatchObject({ status: 'ikke-paa-vej', direction: 'fails' });
  });

  it('is at risk when it still holds, by little, and by less than a year before', () => {
    const slipping: SeriesLookup = (_, area) =>
      area === '000' ? [at('2025-07', 3.0), at('2026-07', 3.0)] : [at('2025-07', 2.5), at('2026-07', 2.95)];
    const r = targetStatus(
      direction({ kind: 'relative-to-benchmark', comparator: 'le', benchmarkArea: '000' }),
      slipping,
      NOW,
    );
    expect(r).toMatchObject({ status: 'i-risiko', direction: 'holds-narrowly' });
  });

  it('is judged only on official figures: a plan’s own number is a reference, never the follow-up', () => {
    const onlyDocs: SeriesLookup = () => [at('2019-09', 270, doc('Afsnit 3')), at('2021-09', 403, doc('Afsnit 3'))];
    const r = targetStatus(
      direction(
        { kind: 'relative-to-period', comparator: 'le', referencePeriod: p('2019-09') },
        {
          indicatorId: 'sygedagpenge-helaarspersoner',
          area: '183',
          unit: 'helaarspersoner',
          officialTables: ['y07a02'],
        },
      ),
      onlyDocs,
      NOW,
    );
    expect(r.status).toBe('mangler-data');
    expect(r.reason).toContain('tabel y07a02 skal importeres');
  });

  it('keeps both of a disputed reference and says which is used (sygedagpenge sep. 2019: 270 and 258)', () => {
    const withOfficial: SeriesLookup = () => [
      at('2019-09', 270, doc('Afsnit 3')),
      at('2019-09', 258, doc('Figur 9')),
      at('2026-07', 301),
    ];
    const r = targetStatus(
      direction(
        { kind: 'relative-to-period', comparator: 'le', referencePeriod: p('2019-09') },
        { indicatorId: 'sygedagpenge-helaarspersoner', area: '183', unit: 'helaarspersoner' },
      ),
      withOfficial,
      NOW,
    );
    expect(r).toMatchObject({ status: 'ikke-paa-vej', threshold: 270 });
    expect(r.notes).toContain('Referencen for sep. 2019 er omstridt: kilderne giver 270 og 258; 270 er brugt.');
  });

  it('holds when the gap to the national level is smaller than in the reference month', () => {
    const gaps: SeriesLookup = (_, area) =>
      area === '000'
        ? [at('2021-09', 14, doc('Afsnit 7')), at('2026-07', 13)]
        : [at('2021-09', 20, doc('Afsnit 7')), at('2026-07', 17)];
    const r = targetStatus(
      direction({ kind: 'gap-narrows', benchmarkArea: '000', referencePeriod: p('2021-09') }, { area: '183' }),
      gaps,
      NOW,
    );
    // 17 against 13 is a gap of 4, down from 6 in sep. 2021.
    expect(r).toMatchObject({ status: 'paa-vej', threshold: 19 });
    expect(r.notes).toContain('Afstanden i sep. 2021 var 6 (20 mod 14).');
  });

  it('of a superseded plan, is judged inside its own year, and says so when that year has no follow-up', () => {
    const r = targetStatus(
      direction(
        { kind: 'relative-to-period', comparator: 'gt', referencePeriod: p('2019-09') },
        { area: 'jc-vallensbaek', deadline: p('2020'), openEnded: false },
      ),
      () => [at('2019-09', 353, doc('Afsnit 7'))],
      NOW,
    );
    expect(r).toMatchObject({ status: 'mangler-data', reason: 'Fristen udløb i 2020; kilderne har ingen opfølgning.' });
  });
});

describe('what a document says in words', () => {
  it('judges a milestone on the document’s own follow-up', () => {
    const milestone: StatusTarget = {
      level: 'indsatsmaal',
      area: 'jc-vallensbaek',
      unit: 'antal',
      goal: { kind: 'milestone' },
      deadline: p('2015'),
      actuals: [],
      statedOutcome: { met: true, text: 'blev præsenteret for Beskæftigelsesudvalget november 2015. Afsluttet.' },
    };
    expect(targetStatus(milestone, () => [], NOW)).toMatchObject({ status: 'naaet', stated: { met: true } });
    expect(targetStatus({ ...milestone, statedOutcome: undefined }, () => [], NOW)).toMatchObject({
      status: 'mangler-data',
      reason: 'Fristen udløb i 2015; kilderne har ingen opfølgning.',
    });
  });

  it('lets a result goal without a figure be judged on the document’s words, saying so', () => {
    const r = targetStatus(
      {
        level: 'retningsmaal',
        indicatorId: 'fleksjob-ansatte',
        area: 'jc-vallensbaek',
        unit: 'personer',
        goal: { kind: 'relative-to-period', comparator: 'gt', referencePeriod: p('2013') },
        deadline: p('2014'),
        actuals: [],
        statedOutcome: { met: true, text: 'hvilket da også er lykkedes i 2014' },
      },
      () => [],
      NOW,
    );
    expect(r).toMatchObject({ status: 'naaet', stated: { met: true } });
    expect(r.notes[0]).toContain('i ord, ikke på et tal');
  });
});
