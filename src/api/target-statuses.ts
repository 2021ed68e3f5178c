import { useMemo } from 'react';
import type { Target } from '@/contract';
import { currentPlanIds } from '@/domain/current-plans';
import type { StatusResult } from '@/domain/status';
import { judgeTarget } from './judged-targets';
import { usePlans } from './plans';
import { useIndicators } from './reference';
import { useSeriesSet, type PointLookup } from './series';
import { keysOf, seriesKeyId, seriesKeysFor } from './series-keys';

export { seriesKeysFor } from './series-keys';
export { statusTarget } from './status-target';
import { firstBlockingError } from './query-problem';
import { usePageNow } from '@/lib/page-now';

/**
 * Status of each target, from the series its indicator has: the target's own
 * area, and the benchmark area for goals that compare with one. Shared by
 * every view that shows a status (overview, plan pages, meeting pack, wall
 * screen), so they cannot disagree. A target whose series failed to load has
 * no status until it loads: a failed series is never judged as an empty one.
 */

export type TargetStatuses = {
  statuses: ReadonlyMap<string, StatusResult>;
  /** The series the statuses were judged on, with their sources (for sparklines and source lines). */
  lookup: PointLookup;
  pending: boolean;
  /** Targets with no status because a series they need failed to load. */
  failed: ReadonlySet<string>;
  error: unknown;
  retry: () => void;
  /** The moment the statuses were judged at, for the figures' dates beside them. */
  now: Date;
};

/** What the targets are judged on: the indicators, the plans and the series of each target. */
function useJudgementInputs(targets: readonly Target[]) {
  const indicators = useIndicators();
  const plans = usePlans();
  const keys = useMemo(() => seriesKeysFor(targets, indicators.data ?? []), [targets, indicators.data]);
  const set = useSeriesSet(keys);
  return { indicators, plans, set, pending: indicators.isPending || plans.isPending || set.pending };
}

/**
 * Whether the targets' statuses are still waiting for what they are judged on, without judging them: for a
 * page that shows itself once every status its sections judge is there. Judging every goal of every plan
 * only to know that was the largest single piece of hydrating the overview.
 */
export function useTargetStatusesPending(targets: readonly Target[]): boolean {
  return useJudgementInputs(targets).pending;
}

export function useTargetStatuses(targets: readonly Target[]): TargetStatuses {
  const { indicators, plans, set, pending } = useJudgementInputs(targets);
  const now = usePageNow();
  const { statuses, failed } = useMemo(() => {
    const out = new Map<string, StatusResult>();
    const broken = new Set<string>();
    if (!indicators.data || !plans.data) return { statuses: out, failed: broken };
    const context = {
      indicators: indicators.data,
      plans: plans.data,
      inForce: currentPlanIds(plans.data),
      lookup: set.lookup,
      now,
    };
    for (const t of targets) {
      const needs = keysOf(t).map(seriesKeyId);
      if (needs.some((k) => set.failed.has(k))) broken.add(t.id);
      else if (!needs.some((k) => set.loading.has(k))) {
        out.set(t.id, judgeTarget(t, context));
      }
    }
    return { statuses: out, failed: broken };
  }, [targets, indicators.data, plans.data, set.failed, set.loading, set.lookup, now]);
  return {
    statuses,
    lookup: set.lookup,
    pending,
    failed,
    now,
    error: firstBlockingError([indicators, plans]) ?? set.error,
    retry: () => {
      void indicators.refetch();
      void plans.refetch();
      set.retry();
    },
  };
}
