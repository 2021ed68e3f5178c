import { describe, expect, it } from 'vitest';
import { period as p } from '@test/periods';
import type { Target } from '@/contract';
import type { SourcedValue } from '@/domain/pick-value';
import type { Provenance } from '@/domain/provenance';
import { targetStatus, type StatusResult } from '@/domain/status';
import { goalSentence, planSentence, type SentenceContext } from './sentences';

const official: Provenance = {
  kind: 'official',
  source: 'jobindsats',
  table: 'y25i01',
  request: 'x',
  retrieved: '2026-08-22',
};
const bp22 = (location: string) => ({ kind: 'document', document: '003_8ec760b96f86ce0e.txt', location }) as const;
const at = (code: string, value: number, provenance: Provenance = official): SourcedValue => ({
  period: p(code),
  value,
  provenance,
});
const NOW = new Date('2026-12-01T12:00:00Z');
const names: Record<string, string> = {
  '183': 'Ishøj',
  '187': 'Vallensbæk',
  '000': 'Hele landet',
  'jc-vallensbaek': 'Jobcenter Vallensbæk',
};
const ctx = (over: Partial<SentenceContext> = {}): SentenceContext => ({
  unit: 'procent',
  subject: 'Ledigheden',
  areaName: (c) => names[c] ?? c,
  documentTitle: (f) => (f === '003_8ec760b96f86ce0e.txt' ? 'Beskæftigelsesplan 2022 (BP22)' : undefined),
  ...over,
});
const target = (over: Partial<Target>): Target =>
  ({
    id: 't',
    planId: 'bp2023',
    level: 'retningsmaal',
    targetGroupId: 'jobparate',
    indicatorId: 'ledighed-faktisk',
    area: '187',
    title: 'Lav ledighed',
    statement: 'Arbejde for lav ledighed',
    goal: { kind: 'relative-to-benchmark', comparator: 'le', benchmarkArea: '000' },
    deadline: p('2023'),
    actuals: [],
    reading: 'x',
    provenance: bp22('x'),
    ...over,
  }) as Target;
const judge = (t: Target, series: Record<string, SourcedValue[]>, unit: SentenceContext['unit'] = 'procent') =>
  targetStatus({ ...t, unit, openEnded: t.level === 'retningsmaal' }, (_, area) => series[area] ?? [], NOW);

describe('the sentence under a goal', () => {
  it('says where Vallensbæk stands against the national level, and that the direction holds (BP23)', () => {
    const t = target({});
    const r = judge(t, { '187': [at('2026-07', 2.9)], '000': [at('2026-07', 3.0)] });
    expect(goalSentence(t, r, ctx())).toBe(
      'Ledigheden i Vallensbæk var 2,9\u00a0% i juli 2026, 0,1\u00a0procentpoint under landsgennemsnittet på 3,0\u00a0%. Planens retning – lav ledighed – holder.',
    );
  });

  it('says it plainly when the direction does not hold', () => {
    const t = target({ area: '183' });
    const r = judge(t, { '183': [at('2026-07', 4.4)], '000': [at('2026-07', 3.0)] });
    expect(goalSentence(t, r, ctx())).toBe(
      'Ledigheden i Ishøj var 4,4\u00a0% i juli 2026, 1,4\u00a0procentpoint over landsgennemsnittet på 3,0\u00a0%. Planens retning – lav ledighed – holder ikke.',
    );
  });

  it('compares with the reference period, naming a disputed reference', () => {
    const t = target({
      area: '183',
      indicatorId: 'sygedagpenge-helaarspersoner',
      title: 'Sygedagpenge tilbage på normalt niveau',
      goal: { kind: 'relative-to-period', comparator: 'le', referencePeriod: p('2019-09') },
    });
    const r = judge(
      t,
      { '183': [at('2019-09', 270, bp22('Afsnit 3')), at('2019-09', 258, bp22('Figur 9')), at('2026-07', 301)] },
      'helaarspersoner',
    );
    const sentence = goalSentence(t, r, ctx({ unit: 'helaarspersoner', subject: 'Antallet af sygedagpengemodtagere' }));
    expect(sentence).toBe(
      'Antallet af sygedagpengemodtagere i Ishøj var 301\u00a0helårspersoner i juli 2026 mod 270\u00a0helårspersoner i september 2019. Planens retning – sygedagpenge tilbage på normalt niveau – holder ikke.',
    );
  });

  it('says why a direction cannot be judged when no official figures are imported', () => {
    const t = target({
      area: '183',
      indicatorId: 'sygedagpenge-helaarspersoner',
      title: 'Færre sygedagpengemodtagere',
    });
    const r = targetStatus(
      { ...t, unit: 'helaarspersoner', openEnded: true, officialTables: ['y07a02'] },
      () => [at('2021-09', 403, bp22('Afsnit 3'))],
      NOW,
    );
    expect(goalSentence(t, r, ctx())).toBe(
      'Der er endnu ingen officielle tal for Ishøj, så retningen kan ikke vurderes.',
    );
  });

  it('says the gap to the national level now and then (BP22 fleksjobvisiterede)', () => {
    const t = target({
      area: '183',
      title: 'Ledigheden blandt fleksjobvisiterede nærmer sig landsgennemsnittet',
      goal: { kind: 'gap-narrows', benchmarkArea: '000', referencePeriod: p('2021-09') },
    });
    const r = judge(t, {
      '183': [at('2021-09', 20, bp22('Afsnit 7')), at('2026-07', 17)],
      '000': [at('2021-09', 14, bp22('Afsnit 7')), at('2026-07', 13)],
    });
    expect(goalSentence(t, r, ctx({ subject: 'Ledigheden blandt fleksjobvisiterede' }))).toContain(
      'i juli 2026: en afstand på 4,0\u00a0procentpoint mod 6,0\u00a0procentpoint i september 2021.',
    );
  });

  it('judges a closed result goal against its goal, in the unit, and names a revision', () => {
    const t = target({
      level: 'resultatmaal',
      area: 'jc-vallensbaek',
      indicatorId: 'foertidspension-tilgang',
      title: 'Tilgang til førtidspension begrænses',
      goal: { kind: 'at-most', value: 35 },
      deadline: p('2014'),
      reading: undefined,
    });
    const r = judge(t, { 'jc-vallensbaek': [at('2014', 34, bp22('Resultatmål'))] }, 'personer');
    expect(goalSentence(t, r, ctx({ unit: 'personer', subject: 'Tilgangen til førtidspension' }))).toBe(
      'Tilgangen til førtidspension i Jobcenter Vallensbæk var 34\u00a0personer i 2014 mod målet: højst 35\u00a0personer. Målet er nået.',
    );
    const revised = target({
      level: 'resultatmaal',
      goal: { kind: 'at-most', value: 700 },
      deadline: p('2021-09'),
      indicatorId: 'x',
      reading: undefined,
      area: '183',
    });
    const rr = judge(revised, { '183': [at('2021-09', 653, bp22('Figur 7')), at('2021-09', 655)] }, 'fuldtidspersoner');
    expect(goalSentence(revised, rr, ctx({ unit: 'fuldtidspersoner', subject: 'Fuldtidsledige' }))).toContain(
      'Planens tal (653\u00a0fuldtidspersoner, Beskæftigelsesplan 2022 (BP22), Figur 7) er senere revideret.',
    );
  });

  it('says exactly that a deadline passed without follow-up, and carries a plan’s own words', () => {
    const t = target({
      level: 'resultatmaal',
      goal: { kind: 'at-least', value: 400 },
      deadline: p('2020'),
      reading: undefined,
      area: 'jc-vallensbaek',
    });
    expect(goalSentence(t, judge(t, {}), ctx())).toBe(
      'Fristen udløb i 2020, og kilderne har ingen opfølgning, så det kan ikke siges, om målet blev nået.',
    );
    const stated = target({
      level: 'retningsmaal',
      deadline: p('2014'),
      statedOutcome: { met: true, text: 'hvilket da også er lykkedes i 2014', provenance: bp22('x') },
    });
    const r = targetStatus({ ...stated, unit: 'personer', openEnded: false }, () => [], NOW);
    expect(goalSentence(stated, r, ctx())).toBe(
      'Planen skriver selv, at det er lykkedes: «hvilket da også er lykkedes i 2014».',
    );
  });
});

describe('the sentence for a plan', () => {
  const r = (status: StatusResult['status']): StatusResult => ({ status, partial: false, notes: [] });
  it('counts what can be judged and what is missing', () => {
    expect(
      planSentence(
        ['paa-vej', 'paa-vej', 'paa-vej', 'ikke-paa-vej', 'i-risiko', 'mangler-data', 'mangler-data'].map((x) =>
          r(x as StatusResult['status']),
        ),
      ),
    ).toBe('3 af 5 mål, der kan vurderes, holder; 1 i risiko; 1 holder ikke; 2 mangler tal.');
  });
  it('speaks in the past of a plan whose goals are all closed, and says when nothing can be judged', () => {
    expect(planSentence([r('naaet'), r('ikke-naaet'), r('naaet')])).toBe(
      '2 af 3 mål, der kan vurderes, blev nået; 1 blev ikke nået.',
    );
    expect(planSentence([r('mangler-data'), r('mangler-data')])).toBe(
      'Ingen af de 2 mål kan vurderes; alle mangler tal.',
    );
    expect(planSentence([])).toBe('Planen har ingen mål, dashboardet kan vurdere.');
  });
});
