import type { Point, Target } from '@/contract';
import type { DatedValue } from '@/domain/goal';
import { comparePeriods, periodEndMonth, samePeriod } from '@/domain/period';

/**
 * The sourced values behind one target: its series, then its own baseline and
 * follow-ups, one per period. The series is listed first so that where sources
 * disagree the sparkline shows the value the status engine judged.
 */
export function sourcedPoints(target: Target, series: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of [...series, ...(target.baseline ? [target.baseline] : []), ...target.actuals]) {
    if (!out.some((q) => samePeriod(q.period, p.period))) out.push(p);
  }
  return out.sort((a, b) => comparePeriods(a.period, b.period));
}

/** The values up to the deadline: later figures say nothing about whether this goal was met. */
export function trendPoints(target: Target, series: readonly Point[]): Point[] {
  const end = periodEndMonth(target.deadline);
  return sourcedPoints(target, series).filter((p) => periodEndMonth(p.period) <= end);
}

/** The sourced point a status judged, so its figure can show where it came from. */
export function pointFor(points: readonly Point[], judged: DatedValue | undefined): Point | undefined {
  if (!judged) return undefined;
  return points.find((p) => samePeriod(p.period, judged.period) && p.value === judged.value);
}
