import type { Target } from '@/contract';
import type { StatusResult } from '@/domain/status';
import { resolveThreshold, type SeriesLookup } from '@/domain/threshold';
import type { GoalLine } from './sparkline-label';

/**
 * The goal as the line the sparkline draws: the number the status engine
 * judged against, and which side of it counts as met (asked of the engine's
 * own threshold rule, so "højst"/"mindst" cannot drift from the status).
 */
export function goalLine(target: Target, status: StatusResult | undefined, lookup: SeriesLookup): GoalLine | undefined {
  if (status?.threshold === undefined || !status.latest) return undefined;
  const resolved = resolveThreshold(target.goal, {
    indicatorId: target.indicatorId,
    area: target.area,
    baseline: target.baseline,
    lookup,
    at: status.latest.period,
  });
  return resolved.ok ? { comparator: resolved.comparator, value: status.threshold } : undefined;
}
