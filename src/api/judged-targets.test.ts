import { describe, expect, it } from 'vitest';
import { documentApiFiles } from '../../data/api';
import { validateResource, type ResourceKind, type Target } from '@/contract';
import { targetStatus } from '@/domain/status';
import { currentPlanIds } from '@/domain/current-plans';
import { judgeTarget } from './judged-targets';
import { keysOf } from './series-keys';
import { statusTarget } from './status-target';

// The dataset's answers, through the contract, as the app gets them.
const files = documentApiFiles();
const answer = <K extends ResourceKind>(kind: K, path: string) => validateResource(kind, files.get(path), path);
const indicators = answer('indicators', 'indicators.json');
const plans = answer('plans', 'plans.json');
const series = (t: Target, area: string) => {
  const path = `indicators/${t.indicatorId}/${area}.json`;
  return files.has(path) ? answer('series', path).points : [];
};
// A goal on an official monthly series: judged on many points.
const target = answer('plan', 'plans/bp2022.json').targets.find((t) => t.indicatorId && series(t, t.area).length > 12)!;
const points = new Map(keysOf(target).map((k) => [k.area, series(target, k.area)]));
const lookup = (_: string, area: string) => points.get(area) ?? [];
const now = new Date('2026-12-01T12:00:00Z');
const ctx = { indicators, plans, inForce: currentPlanIds(plans), lookup, now };

describe('judgeTarget', () => {
  it('judges as targetStatus does', () => {
    expect(points.get(target.area)?.length).toBeGreaterThan(1);
    const expected = targetStatus(statusTarget(target, indicators, ctx.inForce), lookup, now);
    expect(judgeTarget(target, ctx)).toEqual(expected);
  });

  it('gives the same judgement for the same inputs, though each view makes its own lookup and set', () => {
    const first = judgeTarget(target, ctx);
    const again = judgeTarget(target, { ...ctx, inForce: new Set(ctx.inForce), lookup: (i, a) => lookup(i, a) });
    expect(again).toBe(first);
  });

  it('judges again when a series it is judged on, the moment or the indicators change', () => {
    const first = judgeTarget(target, ctx);
    const area = keysOf(target)[0]!.area;
    const fewer = points.get(area)!.slice(0, -1);
    const otherSeries = judgeTarget(target, { ...ctx, lookup: (_, a) => (a === area ? fewer : lookup(_, a)) });
    expect(otherSeries).not.toBe(first);
    expect(judgeTarget(target, { ...ctx, now: new Date('2027-06-01T12:00:00Z') })).not.toBe(otherSeries);
    expect(judgeTarget(target, { ...ctx, indicators: [...indicators] })).not.toBe(first);
  });

  it('keeps the judgements at the moments one page judges at, not only the last', () => {
    const meeting = new Date('2026-09-01T00:00:00Z');
    const atNow = judgeTarget(target, ctx);
    const atMeeting = judgeTarget(target, { ...ctx, now: meeting });
    expect(atMeeting).not.toBe(atNow);
    expect(judgeTarget(target, ctx)).toBe(atNow);
    expect(judgeTarget(target, { ...ctx, now: new Date(meeting) })).toBe(atMeeting);
  });
});
