import type { Goal } from '@/contract';
import { periodLabel } from '@/domain/period-label';
import type { Unit } from '@/domain/units';
import { formatNumber, formatValue, type Noun } from './format';
import { strings } from './strings';

/** A goal in words: "Højst 35 personer", "Mindst 50 samarbejder i perioden", "Afstanden til Hele landet mindskes med 0,5 procentpoint". */
export function goalText(goal: Goal, unit: Unit, areaName: (code: string) => string, noun?: Noun): string {
  const g = strings.goal;
  const STATED = { stated: true, noun };
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
      return g.closeGap(formatValue(goal.points, 'procentpoint', { stated: true }), areaName(goal.benchmarkArea));
    case 'relative-to-period': {
      const base = g.relative[goal.comparator](periodLabel(goal.referencePeriod));
      return goal.statedValue === undefined ? base : `${base} ${g.stated(formatValue(goal.statedValue, unit, STATED))}`;
    }
    case 'relative-to-benchmark':
      return g.benchmark[goal.comparator](areaName(goal.benchmarkArea));
    case 'gap-narrows':
      return g.gapNarrows(areaName(goal.benchmarkArea), periodLabel(goal.referencePeriod));
    case 'milestone':
      return g.milestone;
  }
}
