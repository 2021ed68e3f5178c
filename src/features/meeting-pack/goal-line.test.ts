import { describe, expect, it } from 'vitest';
import type { Target } from '@/contract';
import { parsePeriod, type Period } from '@/domain/period';
import type { StatusResult } from '@/domain/status';
import { goalLine } from './goal-line';

const period = (code: string): Period => {
  const p = parsePeriod(code);
  if (!p.ok) throw new Error(p.error);
  return p.value;
};
const provenance = { kind: 'document', document: '004_062a348cd3251c41.txt', location: 'Tabel' } as const;
const target = (goal: Target['goal']): Target => ({
  planId: 'p',
  id: 't',
  level: 'resultatmaal',
  targetGroupId: 'langtidsledige',
  indicatorId: 'langtidsledige-helaarspersoner',
  area: 'jc-vallensbaek',
  title: 'Færre langtidsledige',
  statement: '…',
  baseline: { period: period('2013'), value: 438, provenance },
  goal,
  deadline: period('2015'),
  actuals: [],
  provenance,
});
const judged = (threshold: number | undefined): StatusResult => ({
  status: 'ikke-naaet',
  latest: {
    period: period('2015'),
    value: 400,
    point: { period: period('2015'), value: 400, provenance },
    others: [],
    disputed: false,
  },
  threshold,
  partial: false,
  notes: [],
});
const none = () => [];

describe('goal line', () => {
  it('is the judged threshold with the rule’s direction', () => {
    expect(goalLine(target({ kind: 'change-by-percent', percent: -15 }), judged(372.3), none)).toEqual({
      comparator: 'le',
      value: 372.3,
    });
    expect(goalLine(target({ kind: 'reach-count', value: 95 }), judged(95), none)).toEqual({
      comparator: 'ge',
      value: 95,
    });
    expect(
      goalLine(
        target({ kind: 'relative-to-period', comparator: 'lt', referencePeriod: period('2013'), statedValue: 438 }),
        judged(438),
        none,
      ),
    ).toEqual({ comparator: 'lt', value: 438 });
  });

  it('is absent when the goal did not resolve to a number', () => {
    expect(goalLine(target({ kind: 'at-most', value: 1 }), judged(undefined), none)).toBeUndefined();
    expect(goalLine(target({ kind: 'at-most', value: 1 }), undefined, none)).toBeUndefined();
  });
});
