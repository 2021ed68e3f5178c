import type { Target } from '@/contract';
import type { StatusResult } from '@/domain/status';
import { resolveThreshold, type SeriesLookup } from '@/domain/threshold';
import type { GoalLine } from './sparkline-label';

/**
 * The goal as the line the sparkline draws: the number the status engine
 * judged against, and which side of it counts as met (asked of the engine's
 * own threshold rule, so "højst"/"mindst" cannot drift from the status).
 * A goal against another area's moving level has no single line.
 */
export function goalLine(target: Target, status: StatusResult | undefined, lookup: SeriesLookup): GoalLine | undefined {
  if (status?.threshold === undefined || !status.latest) return undefined;
  // A benchmark moves month by month: one level drawn across three years would misstate it.
  if (target.goal.kind === 'relative-to-benchmark' || target.goal.kind === 'gap-narrows') return undefined;
  const resolved = resolveThreshold(target.goal, {
    indicatorId: target.indicatorId,
    area: target.area,
    baseline: target.baseline,
    lookup,
    at: status.latest.period,
  });
  return resolved.ok ? { comparator: resolved.comparator, value: status.threshold } : undefined;
}
