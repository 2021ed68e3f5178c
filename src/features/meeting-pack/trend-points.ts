import type { Point, Target } from '@/contract';
import { periodEndMonth, type Period } from '@/domain/period';
import { valuesByPeriod } from '@/domain/pick-value';

/** A sparkline of more than three years of months stops showing the recent movement. */
export const TREND_MAX_POINTS = 36;

/**
 * The sourced values behind one target: its series, its own baseline and
 * follow-ups, one per period, chosen by the one rule every view uses
 * (pickValue), so the sparkline shows the value the status engine judged.
 */
export function sourcedPoints(target: Target, series: readonly Point[]): Point[] {
  return valuesByPeriod([...series, ...(target.baseline ? [target.baseline] : []), ...target.actuals]).map(
    (c) => c.point,
  );
}

/**
 * The values up to the deadline, or up to the value judged when that is later
 * (a direction of a plan in force is judged on the newest month): later
 * figures say nothing about the goal. At most the newest three years.
 */
export function trendPoints(target: Target, series: readonly Point[], judged?: Period): Point[] {
  const end = Math.max(periodEndMonth(target.deadline), judged ? periodEndMonth(judged) : -Infinity);
  return sourcedPoints(target, series)
    .filter((p) => periodEndMonth(p.period) <= end)
    .slice(-TREND_MAX_POINTS);
}
