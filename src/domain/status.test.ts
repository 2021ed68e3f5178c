import { describe, expect, it } from 'vitest';
import { period as p } from '@test/periods';
import type { Goal } from './goal';
import type { SourcedValue } from './pick-value';
import { periodEnd } from './period';
import { AT_RISK_TOLERANCE, countStatuses, targetStatus, type StatusResult, type StatusTarget } from './status';
import type { SeriesLookup } from './threshold';

const DOC = { kind: 'document', document: '002_3e6cb87c903c4f86.txt', location: 'Resultatmål' } as const;
const v = (code: string, value: number): SourcedValue => ({ period: p(code), value, provenance: DOC });
const NOW = new Date('2026-11-25T12:00:00Z');
const none: SeriesLookup = () => [];

function target(
  goal: Goal,
  deadline: string,
  actuals: SourcedValue[],
  extra: Partial<StatusTarget> = {},
): StatusTarget {
  return { indicatorId: 'x', area: 'jc-vallensbaek', unit: 'personer', goal, deadline: p(deadline), actuals, ...extra };
}

describe('closed deadlines: the 2014 targets of Resultatrevision 2014', () => {
  it('marks førtidspension (max 35, actual 34) as nået, 1 under the goal', () => {
    const r = targetStatus(target({ kind: 'at-most', value: 35 }, '2014', [v('2014', 34)]), none, NOW);
    expect(r).toMatchObject({ status: 'naaet', threshold: 35, distance: -1, partial: false });
  });

  it('marks sygedagpenge over 52 uger (max 22, actual 39 in dec-14) as ikke nået, 17 over', () => {
    const t = target({ kind: 'at-most', value: 22 }, '2014', [v('2014-12', 39)], {
      unit: 'forloeb',
      baseline: v('2014-01', 27),
    });
    expect(targetStatus(t, none, NOW)).toMatchObject({ status: 'ikke-naaet', distance: 17 });
  });

  it('judges sygedagpenge over 26 uger on December, not on the January baseline', () => {
    const series: SeriesLookup = () => [v('2014-01', 102), v('2014-12', 93), v('2015-05', 92)];
    const t = target({ kind: 'at-most', value: 96 }, '2014', [], { baseline: v('2014-01', 102) });
    expect(targetStatus(t, series, NOW)).toMatchObject({
      status: 'naaet',
      latest: { period: p('2014-12'), value: 93, point: v('2014-12', 93) },
    });
  });

  it('marks samarbejdsgraden (mindst 42 %, actual 37 %) ikke nået, 5 procentpoint short', () => {
    const t = target({ kind: 'at-least', value: 42 }, '2014', [v('2014', 37)], { unit: 'procent' });
    expect(targetStatus(t, none, NOW)).toMatchObject({
      status: 'ikke-naaet',
      distance: -5,
      distanceUnit: 'procentpoint',
    });
  });

  it('meets a count to reach (min 130 to uddannelse, actual 194)', () => {
    expect(targetStatus(target({ kind: 'reach-count', value: 130 }, '2014', [v('2014', 194)]), none, NOW).status).toBe(
      'naaet',
    );
  });
});

describe('closed deadlines: the follow-ups of Aktiveringsstrategi 2015', () => {
  it('judges a share on a partial follow-up and says so (private løntilskud 25 % → 40 % jan–jul)', () => {
    const t = target({ kind: 'at-least', value: 25 }, '2015', [v('2015-01/2015-07', 40)], { unit: 'procent' });
    expect(targetStatus(t, none, NOW)).toMatchObject({ status: 'naaet', partial: true });
  });

  it('marks delvise raskmeldinger (12 % goal, 9,1 % in Q1–Q3) ikke nået', () => {
    const t = target({ kind: 'at-least', value: 12 }, '2015', [v('2015Q1/2015Q3', 9.1)], {
      unit: 'procent',
      baseline: v('2014', 7.7),
    });
    const r = targetStatus(t, none, NOW);
    expect(r.status).toBe('ikke-naaet');
    expect(r.distance).toBeCloseTo(-2.9);
  });

  it('marks fleksjob for 12–17 måneder (min 10, actual 6) ikke nået and over 18 måneder (min 5, actual 12) nået', () => {
    expect(targetStatus(target({ kind: 'reach-count', value: 10 }, '2015', [v('2015', 6)]), none, NOW).status).toBe(
      'ikke-naaet',
    );
    expect(targetStatus(target({ kind: 'reach-count', value: 5 }, '2015', [v('2015', 12)]), none, NOW).status).toBe(
      'naaet',
    );
  });

  it('does not call a count missed when only part of the year was counted', () => {
    const r = targetStatus(target({ kind: 'reach-count', value: 15 }, '2015', [v('2015-04/2015-12', 10)]), none, NOW);
    expect(r.status).toBe('mangler-data');
    expect(r.reason).toMatch(/Kun opgjort for apr\.–dec\. 2015/);
  });

  it('resolves "hold the 2014 level" against the 2014 value in the series (jobrotation 25 → 28)', () => {
    const series: SeriesLookup = () => [v('2014', 25)];
    const goal: Goal = { kind: 'relative-to-period', comparator: 'ge', referencePeriod: p('2014') };
    const r = targetStatus(target(goal, '2015', [v('2015', 28)], { baseline: v('2014', 25) }), series, NOW);
    expect(r).toMatchObject({ status: 'naaet', threshold: 25, distance: 3 });
  });

  it('resolves "reduce by 15 % from 2013" from the baseline and flags the plan’s different stated figure', () => {
    const goal: Goal = { kind: 'change-by-percent', percent: -15, statedValue: 388 };
    const t = target(goal, '2015', [v('2015', 380)], { unit: 'helaarspersoner', baseline: v('2013', 438) });
    const r = targetStatus(t, none, NOW);
    expect(r.threshold).toBeCloseTo(372.3);
    expect(r.status).toBe('ikke-naaet');
    expect(r.notes[0]).toMatch(/Planen angiver 388/);
  });

  it('says data is missing, and why, when a closed target has no follow-up', () => {
    const r = targetStatus(
      target({ kind: 'at-most', value: 411 }, '2015-12', [], { baseline: v('2013', 444) }),
      none,
      NOW,
    );
    expect(r).toMatchObject({
      status: 'mangler-data',
      reason: 'Fristen udløb i dec. 2015; kilderne har ingen opfølgning.',
    });
  });
});

describe('relative targets of Beskæftigelsesplan 2020', () => {
  it('closes the gap to Hele landet by 0,5 procentpoint, against the benchmark’s value at the time judged', () => {
    const series: SeriesLookup = (_id, area) =>
      area === '000' ? [v('2018Q3/2019Q2', 2.8), v('2020', 3.6)] : [v('2018Q3/2019Q2', 3.9)];
    const goal: Goal = { kind: 'close-gap', benchmarkArea: '000', points: 0.5 };
    const t = target(goal, '2020', [v('2020', 4.2)], { unit: 'procent', baseline: v('2018Q3/2019Q2', 3.9) });
    const r = targetStatus(t, series, NOW);
    // Gap 1,1 must become 0,6: 3,6 + 0,6 = 4,2 is just met.
    expect(r.threshold).toBeCloseTo(4.2);
    expect(r.status).toBe('naaet');
  });

  it('cannot judge "fewer than in 2019" without a 2019 value, and says so', () => {
    const goal: Goal = { kind: 'relative-to-period', comparator: 'lt', referencePeriod: p('2019') };
    const r = targetStatus(target(goal, '2020', [v('2020', 2400)], { baseline: v('2018-08', 2503) }), none, NOW);
    expect(r).toMatchObject({
      status: 'mangler-data',
      reason: 'Kilderne har ingen værdi for 2019 at sammenligne med.',
    });
  });

  it('keeps the first of two contradicting sources and notes the disagreement (BP22 sygedagpenge 403 / 427)', () => {
    const series: SeriesLookup = () => [v('2021-09', 403), v('2021-09', 427)];
    const r = targetStatus(target({ kind: 'at-most', value: 420 }, '2021', []), series, NOW);
    expect(r).toMatchObject({ status: 'naaet', latest: { value: 403, disputed: true } });
    expect(r.notes).toEqual(['Kilderne angiver både 403 og 427 for sep. 2021; 403 er brugt.']);
  });
});

describe('open deadlines: projection to the deadline', () => {
  const midYear = new Date('2015-08-15T00:00:00Z');

  it('is på vej when the linear trend reaches the goal in time', () => {
    const series: SeriesLookup = () => [v('2015-01', 22), v('2015-05', 11)];
    const r = targetStatus(target({ kind: 'at-most', value: 10 }, '2015', []), series, midYear);
    expect(r.status).toBe('paa-vej');
    expect(r.projection?.method).toMatch(/Lineær tendens gennem de seneste 2 punkter/);
    expect(r.projection!.value).toBeLessThan(10);
  });

  it('is ikke på vej when the trend runs the wrong way, far from the goal (>52 uger: 39 → 51)', () => {
    const series: SeriesLookup = () => [v('2014-12', 39), v('2015-05', 51)];
    expect(targetStatus(target({ kind: 'at-most', value: 22 }, '2015', []), series, midYear).status).toBe(
      'ikke-paa-vej',
    );
  });

  it('is i risiko when the goal is met now but the trend would miss it', () => {
    const series: SeriesLookup = () => [v('2015-01', 80), v('2015-05', 95)];
    expect(targetStatus(target({ kind: 'at-most', value: 102 }, '2015', []), series, midYear).status).toBe('i-risiko');
  });

  it('pro-rates a count to reach from the part of the period that has passed (53 in jan–jul → 91 in the year)', () => {
    const r = targetStatus(
      target({ kind: 'reach-count', value: 95 }, '2015', [v('2015-01/2015-07', 53)]),
      none,
      midYear,
    );
    expect(r.projection?.value).toBeCloseTo(90.9, 1);
    expect(r.status).toBe('i-risiko');
  });

  it('holds a single point level when there is no trend to draw', () => {
    const r = targetStatus(target({ kind: 'at-most', value: 102 }, '2015', []), () => [v('2015-05', 92)], midYear);
    expect(r).toMatchObject({ status: 'paa-vej', projection: { value: 92 } });
  });

  it('has nothing to say before the first follow-up', () => {
    const r = targetStatus(
      target({ kind: 'at-most', value: 10 }, '2015', [], { baseline: v('2014-12', 22) }),
      () => [v('2014-12', 22)],
      midYear,
    );
    expect(r).toMatchObject({ status: 'mangler-data', reason: 'Der er endnu ingen opfølgning efter udgangspunktet.' });
  });
});

describe('the boundaries of the rules', () => {
  const midYear = new Date('2015-08-15T00:00:00Z');

  it('closes a gap from below when the area starts below the benchmark: it must rise to within the points', () => {
    const series: SeriesLookup = (_id, area) => (area === '000' ? [v('2019', 3.0), v('2020', 3.6)] : []);
    const goal: Goal = { kind: 'close-gap', benchmarkArea: '000', points: 0.5 };
    const judge = (value: number) =>
      targetStatus(
        target(goal, '2020', [v('2020', value)], { unit: 'procent', baseline: v('2019', 2.0) }),
        series,
        NOW,
      );
    // Gap −1,0 must become −0,5 against the benchmark's 3,6 in 2020: at least 3,1.
    expect(judge(3.2)).toMatchObject({ status: 'naaet' });
    expect(judge(3.2).threshold).toBeCloseTo(3.1);
    expect(judge(3.0)).toMatchObject({ status: 'ikke-naaet' });
  });

  it('draws the trend through the latest six points only, however many there are', () => {
    // Two old outliers, then six flat months: the trend is flat at 10, not falling steeply.
    const months = ['01', '02', '03', '04', '05', '06', '07', '08'];
    const values = [100, 100, 10, 10, 10, 10, 10, 10];
    const series: SeriesLookup = () => months.map((m, i) => v(`2015-${m}`, values[i]!));
    const r = targetStatus(target({ kind: 'at-most', value: 5 }, '2015', []), series, new Date('2015-09-15T00:00:00Z'));
    expect(r.projection?.method).toMatch(/seneste 6 punkter/);
    expect(r.projection!.value).toBeCloseTo(10);
    expect(r.status).toBe('ikke-paa-vej');
  });

  it('judges a deadline as closed from the first moment after its period, and open until then', () => {
    const t = target({ kind: 'at-most', value: 10 }, '2015', [], {});
    const series: SeriesLookup = () => [v('2015-01', 30), v('2015-12', 12)];
    const end = periodEnd(p('2015')).getTime();
    expect(targetStatus(t, series, new Date(end)).status).toBe('ikke-naaet');
    expect(targetStatus(t, series, new Date(end - 1)).status).toMatch(/paa-vej|i-risiko/);
  });

  it('calls a projected miss within the tolerance i risiko, and one just beyond it ikke på vej', () => {
    const judge = (value: number) =>
      targetStatus(target({ kind: 'at-most', value: 100 }, '2015', []), () => [v('2015-05', value)], midYear).status;
    const edge = 100 + AT_RISK_TOLERANCE * 100;
    expect(judge(edge)).toBe('i-risiko');
    expect(judge(edge + 0.5)).toBe('ikke-paa-vej');
    // The same rule for a goal to reach: below by the tolerance is at risk.
    const reach = (value: number) =>
      targetStatus(target({ kind: 'at-least', value: 100 }, '2015', []), () => [v('2015-05', value)], midYear).status;
    expect(reach(100 - AT_RISK_TOLERANCE * 100)).toBe('i-risiko');
    expect(reach(100 - AT_RISK_TOLERANCE * 100 - 0.5)).toBe('ikke-paa-vej');
  });
});

describe('countStatuses', () => {
  it('counts every status, zero included', () => {
    const judged = (status: StatusResult['status']): StatusResult => ({ status, partial: false, notes: [] });
    expect(countStatuses([judged('naaet'), judged('naaet'), judged('ikke-naaet')])).toEqual({
      naaet: 2,
      'paa-vej': 0,
      'i-risiko': 0,
      'ikke-paa-vej': 0,
      'ikke-naaet': 1,
      'mangler-data': 0,
    });
  });
});
