import { useMemo, useState } from 'react';
import type { IndicatorListItem, Target } from '@/contract';
import { targetStatus, type StatusResult } from '@/domain/status';
import { useIndicators } from './reference';
import { useSeriesSet, type PointLookup, type SeriesKey } from './series';

/**
 * Status of each target, from the series its indicator has: the target's own
 * area, and the benchmark area for close-the-gap goals. Shared by every view
 * that shows a status (plan pages, meeting pack, wall screen).
 */

export function seriesKeysFor(targets: readonly Target[], indicators: readonly IndicatorListItem[]): SeriesKey[] {
  const available = new Map(indicators.map((i) => [i.id, new Set(i.areas)]));
  const keys = new Map<string, SeriesKey>();
  const add = (indicatorId: string, area: string) => {
    if (available.get(indicatorId)?.has(area)) keys.set(`${indicatorId}/${area}`, { indicatorId, area });
  };
  for (const t of targets) {
    add(t.indicatorId, t.area);
    if (t.goal.kind === 'close-gap') add(t.indicatorId, t.goal.benchmarkArea);
  }
  return [...keys.values()];
}

export type TargetStatuses = {
  statuses: ReadonlyMap<string, StatusResult>;
  /** The series the statuses were judged on, with their sources (for sparklines and source lines). */
  lookup: PointLookup;
  pending: boolean;
  error: unknown;
  retry: () => void;
};

export function useTargetStatuses(targets: readonly Target[]): TargetStatuses {
  const indicators = useIndicators();
  // "Now" is fixed per mount: statuses are about deadlines years apart, not seconds.
  const [now] = useState(() => new Date());
  const keys = useMemo(() => seriesKeysFor(targets, indicators.data ?? []), [targets, indicators.data]);
  const set = useSeriesSet(keys);
  const statuses = useMemo(() => {
    const units = new Map(indicators.data?.map((i) => [i.id, i.unit]));
    const out = new Map<string, StatusResult>();
    if (set.pending || !indicators.data) return out;
    for (const t of targets) {
      out.set(t.id, targetStatus({ ...t, unit: units.get(t.indicatorId) ?? 'antal' }, set.lookup, now));
    }
    return out;
  }, [targets, indicators.data, set.pending, set.lookup, now]);
  return {
    statuses,
    lookup: set.lookup,
    pending: indicators.isPending || set.pending,
    error: indicators.error ?? set.error,
    retry: () => {
      void indicators.refetch();
      set.retry();
    },
  };
}
