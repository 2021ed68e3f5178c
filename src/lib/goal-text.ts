import type { Goal } from '@/contract';
import { periodLabel } from '@/domain/period-label';
import type { Unit } from '@/domain/units';
import { formatNumber, formatValue } from './format';
import { strings } from './strings';

const STATED = { stated: true };

/** A goal in words: "Højst 35 personer", "Afstanden til Hele landet mindskes med 0,5 procentpoint". */
export function goalText(goal: Goal, unit: Unit, areaName: (code: string) => string): string {
  const g = strings.goal;
  switch (goal.kind) {
    case 'at-most':
      return g.atMost(formatValue(goal.value, unit, STATED));
    case 'at-least':
      return g.atLeast(formatValue(goal.value, unit, STATED));
    case 'reach-count':
      return g.reachCount(formatValue(goal.value, unit, STATED));
    case 'change-by-percent': {
      const pct = `${formatNumber(Math.abs(goal.percent))}\u00a0%`;
      const base = goal.percent < 0 ? g.decreaseBy(pct) : g.increaseBy(pct);
      return goal.statedValue === undefined ? base : `${base} ${g.stated(formatValue(goal.statedValue, unit, STATED))}`;
    }
    case 'close-gap':
      return g.closeGap(formatValue(goal.points, 'procentpoint', STATED), areaName(goal.benchmarkArea));
    case 'relative-to-period': {
      const base = g.relative[goal.comparator](periodLabel(goal.referencePeriod));
      return goal.statedValue === undefined ? base : `${base} ${g.stated(formatValue(goal.statedValue, unit, STATED))}`;
    }
  }
}
