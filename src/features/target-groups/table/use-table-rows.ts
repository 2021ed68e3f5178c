import { useMemo } from 'react';
import { useAreaName, useIndicators, useTargetGroups } from '@/api/reference';
import { useSeriesSet, type SeriesKey } from '@/api/series';
import { useTargetStatuses } from '@/api/target-statuses';
import type { Point } from '@/contract';
import { useAllPlans } from '../use-all-plans';
import { buildRows, type TableRow } from './row-model';

/**
 * Up to this many series the table fetches them all at once. Beyond it (the
 * "stor" scenario: every kommune, ~14,000 series) it fetches the series of the
 * rows that have been on screen, so the page never fires ten thousand requests.
 */
export const EAGER_SERIES_LIMIT = 1000;

export type TableRows = {
  rows: TableRow[];
  lazy: boolean;
  loadedSeries: number;
  pending: boolean;
  error: unknown;
  retry: () => void;
};

export function useTableRows(requested: ReadonlySet<string>): TableRows {
  const indicators = useIndicators();
  const groups = useTargetGroups();
  const areaName = useAreaName();
  const all = useAllPlans();
  const allKeys = useMemo<SeriesKey[]>(
    () => (indicators.data ?? []).flatMap((i) => i.areas.map((area) => ({ indicatorId: i.id, area }))),
    [indicators.data],
  );
  const lazy = allKeys.length > EAGER_SERIES_LIMIT;
  const keys = useMemo(
    () => (lazy ? allKeys.filter((k) => requested.has(`${k.indicatorId}/${k.area}`)) : allKeys),
    [allKeys, lazy, requested],
  );
  const set = useSeriesSet(keys);
  const targets = useMemo(
    () => all.plans.flatMap((p) => p.targets.map((target) => ({ target, planTitle: p.title }))),
    [all.plans],
  );
  const plainTargets = useMemo(() => targets.map((t) => t.target), [targets]);
  const statuses = useTargetStatuses(plainTargets);

  const rows = useMemo(() => {
    const loaded = new Map<string, readonly Point[]>(set.series.map((s) => [`${s.indicatorId}/${s.area}`, s.points]));
    const groupName = new Map<string, string>(groups.data?.map((g) => [g.id, g.name]));
    return buildRows({
      indicators: indicators.data ?? [],
      targets,
      points: (indicatorId, area) => loaded.get(`${indicatorId}/${area}`),
      statuses: statuses.statuses,
      areaName,
      targetGroupName: (id) => groupName.get(id) ?? id,
      sourceName: all.sourceName,
    });
  }, [set.series, groups.data, indicators.data, targets, statuses.statuses, areaName, all.sourceName]);

  return {
    rows,
    lazy,
    loadedSeries: set.series.length,
    pending: indicators.isPending || groups.isPending,
    error: indicators.error ?? groups.error ?? all.error ?? set.error,
    retry: () => {
      void indicators.refetch();
      void groups.refetch();
      all.retry();
      set.retry();
    },
  };
}
