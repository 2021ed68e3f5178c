import { describe, expect, it } from 'vitest';
import type { StatusResult } from '@/domain/status';
import { targetViews, type TargetContext } from './target-views';
import { areaName, docPoint, period, target } from './test-fixtures';

const ctx: TargetContext = {
  unit: 'forloeb',
  areaName,
  statuses: new Map(),
  lookup: () => [],
  selectedAreas: ['jc-vallensbaek', '000'],
  range: { from: 2013, to: 2015 },
};

const plan = (t = target()) => ({ target: t, planId: 'rr2014', planTitle: 'Resultatrevision 2014' });

describe('target views', () => {
  it('names the target after its goal and deadline and spans baseline to deadline', () => {
    const [v] = targetViews([plan()], ctx);
    expect(v!.name).toBe('Mål: Højst 22\u00a0forløb (2014)');
    expect(v!.threshold).toBe(22);
    expect(v!.visibility).toBe('shown');
    expect(new Date(v!.end).toISOString()).toBe('2015-01-01T00:00:00.000Z');
    expect(v!.baseline).toMatchObject({ value: 27, periodText: 'jan. 2014' });
  });

  it('takes the threshold from the status engine when it has one', () => {
    const status: StatusResult = { status: 'ikke-naaet', threshold: 21.5, partial: false, notes: [] };
    const [v] = targetViews([plan()], { ...ctx, statuses: new Map([['rr2014-sygedagpenge-over-52-uger', status]]) });
    expect(v!.threshold).toBe(21.5);
    expect(v!.status?.status).toBe('ikke-naaet');
  });

  it('resolves a relative goal against the series when the status engine has no follow-up to judge', () => {
    const t = target({
      id: 'as2015',
      area: '183',
      goal: { kind: 'relative-to-period', comparator: 'le', referencePeriod: period('2013') },
      deadline: period('2015'),
    });
    const lookup = (_: string, area: string) => (area === '183' ? [docPoint('2013', 14, 'Tabel')] : []);
    const [v] = targetViews([plan(t)], { ...ctx, lookup, selectedAreas: ['183'] });
    expect(v!.threshold).toBe(14);
  });

  it('says why a target is not drawn', () => {
    const [notSelected] = targetViews([plan()], { ...ctx, selectedAreas: ['000'] });
    expect(notSelected!.visibility).toBe('area-not-selected');
    const [outside] = targetViews([plan()], { ...ctx, range: { from: 2019, to: 2021 } });
    expect(outside!.visibility).toBe('out-of-range');
    const gap = target({ goal: { kind: 'close-gap', benchmarkArea: '000', points: 0.5 } });
    const [unresolved] = targetViews([plan(gap)], ctx);
    expect(unresolved!.visibility).toBe('no-threshold');
    expect(unresolved!.thresholdReason).toMatch(/sammenligningsområdet/);
  });

  it('adds the area when two targets would share a legend name', () => {
    const views = targetViews([plan(), plan(target({ id: 'other', area: '183' }))], ctx);
    expect(views.map((v) => v.name)).toEqual([
      'Mål: Højst 22\u00a0forløb (2014, Jobcenter Vallensbæk (Ishøj og Vallensbæk))',
      'Mål: Højst 22\u00a0forløb (2014, Ishøj)',
    ]);
  });
});
