import { useMemo } from 'react';
import { useCrossSections } from '@/api/cross-section';
import { useAreaName, useIndicators, useTargetGroups } from '@/api/reference';
import { useTargetStatuses } from '@/api/target-statuses';
import { useAllPlans } from '@/api/all-plans';
import { buildRows, compareMonths, type ComparePeriod, type TableRow } from './row-model';
import type { Period } from '@/domain/period';
import { firstBlockingError } from '@/api/query-problem';

export type TableRows = {
  rows: TableRow[];
  months: readonly Period[];
  pending: boolean;
  error: unknown;
  retry: () => void;
};

/** Every series of every indicator as rows: one request for all their values (latest.json), not one per row. */
export function useTableRows(compare: ComparePeriod): TableRows {
  const indicators = useIndicators();
  const groups = useTargetGroups();
  const sections = useCrossSections();
  const areaName = useAreaName();
  const all = useAllPlans();
  const targets = useMemo(
    () => all.plans.flatMap((p) => p.targets.map((target) => ({ target, planTitle: p.title }))),
    [all.plans],
  );
  const statuses = useTargetStatuses(useMemo(() => targets.map((t) => t.target), [targets]));

  const rows = useMemo(() => {
    const groupName = new Map<string, string>(groups.data?.map((g) => [g.id, g.name]));
    return buildRows({
      indicators: indicators.data ?? [],
      sections: sections.data ?? [],
      targets,
      statuses: statuses.statuses,
      compare,
      areaName,
      targetGroupName: (id) => groupName.get(id) ?? id,
      sourceName: all.sourceName,
    });
  }, [sections.data, groups.data, indicators.data, targets, statuses.statuses, compare, areaName, all.sourceName]);
  const months = useMemo(() => compareMonths(sections.data ?? []), [sections.data]);

  return {
    rows,
    months,
    pending: indicators.isPending || groups.isPending || sections.isPending,
    error: firstBlockingError([indicators, groups]) ?? sections.error ?? all.error,
    retry: () => {
      void indicators.refetch();
      void groups.refetch();
      void sections.refetch();
      all.retry();
    },
  };
}
