import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useAllPlans } from '@/api/all-plans';
import { seriesQuery } from '@/api/series';
import { useTargetStatuses, type TargetStatuses } from '@/api/target-statuses';
import type { Plan, Series } from '@/contract';
import type { PlanTarget } from './target-views';
import { blockingError } from '@/api/query-problem';

/**
 * Everything the page loads besides the indicator list: one series per chosen
 * area (each can fail on its own), every plan (for targets and events) and
 * the status of each target.
 */

type Result<T> = { data?: T | undefined; error: unknown; isPending: boolean; isError: boolean; refetch: () => unknown };

export type AreaSeries = {
  readonly area: string;
  readonly data?: Series | undefined;
  readonly error: unknown;
  /** Still on its way: chosen, neither loaded nor failed. */
  readonly pending: boolean;
};

// Module-level so react-query re-runs them only when a result changes.
function combineSeries(results: Result<Series>[]) {
  return {
    data: results.map((r) => r.data),
    // A series that has data keeps it through a failed refresh; only one with nothing to show is an error.
    errors: results.map((r) => blockingError(r)),
    pendings: results.map((r) => r.isPending),
    retry: () => results.forEach((r) => r.isError && void r.refetch()),
  };
}

export type SeriesSources = {
  readonly areas: readonly AreaSeries[];
  readonly retrySeries: () => void;
  readonly plans: readonly Plan[];
  readonly plansPending: boolean;
  readonly plansError: unknown;
  readonly retryPlans: () => void;
  readonly targets: readonly PlanTarget[];
  readonly statuses: TargetStatuses;
};

export function useSeriesSources(indicatorId: string, areas: readonly string[]): SeriesSources {
  const series = useQueries({ queries: areas.map((a) => seriesQuery(indicatorId, a)), combine: combineSeries });
  const all = useAllPlans();

  const areaSeries = useMemo(
    () =>
      areas.map((area, i) => ({ area, data: series.data[i], error: series.errors[i], pending: series.pendings[i]! })),
    [areas, series.data, series.errors, series.pendings],
  );
  const targets = useMemo(
    () =>
      all.loaded.flatMap((plan) =>
        plan.targets
          .filter((t) => t.indicatorId === indicatorId)
          .map((target) => ({ target, planId: plan.id, planTitle: plan.title })),
      ),
    [all.loaded, indicatorId],
  );
  const statuses = useTargetStatuses(useMemo(() => targets.map((t) => t.target), [targets]));

  return {
    areas: areaSeries,
    retrySeries: series.retry,
    plans: all.loaded,
    plansPending: all.pending,
    plansError: all.error,
    retryPlans: all.retry,
    targets,
    statuses,
  };
}
