import type { Target } from '@/contract';
import type { Period } from '@/domain/period';
import { periodLabel } from '@/domain/period-label';
import type { StatusResult } from '@/domain/status';
import { kiosk as kioskStrings } from '@/lib/strings/kiosk';

/**
 * The two figures a goal is judged on, for a slide with room to show them
 * large: the area's newest value, and what it is held against (the
 * benchmark's value, the reference period's, or the goal's number).
 */
export type GoalFigure = { readonly label: string; readonly value: number; readonly period: Period | undefined };

export function goalFigures(target: Target, result: StatusResult, areaName: (code: string) => string): GoalFigure[] {
  const latest = result.latest;
  if (!latest) return [];
  const own = { label: areaName(target.area), value: latest.value, period: latest.period };
  const { benchmark, reference } = result.compared ?? {};
  const goal = target.goal;
  if ('benchmarkArea' in goal && benchmark) {
    return [own, { label: areaName(goal.benchmarkArea), value: benchmark.value, period: benchmark.period }];
  }
  if (goal.kind === 'relative-to-period' && reference) {
    return [own, { label: periodLabel(reference.period), value: reference.value, period: undefined }];
  }
  return result.threshold === undefined
    ? [own]
    : [own, { label: kioskStrings.gauges.goal, value: result.threshold, period: undefined }];
}
