import { useMemo, useState } from 'react';
import { useCrossSections } from '@/api/cross-section';
import { useAreaName, useIndicators, useTargetGroups } from '@/api/reference';
import { useTargetStatuses } from '@/api/target-statuses';
import { useAllPlans } from '@/api/all-plans';
import {
  buildBaseRows,
  compareMonths,
  withStatuses,
  type ComparePeriod,
  type StatusesById,
  type TableRow,
} from './row-model';
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

  const baseRows = useMemo(() => {
    const groupName = new Map<string, string>(groups.data?.map((g) => [g.id, g.name]));
    return buildBaseRows({
      indicators: indicators.data ?? [],
      sections: sections.data ?? [],
      targets,
      compare,
      areaName,
      targetGroupName: (id) => groupName.get(id) ?? id,
      sourceName: all.sourceName,
    });
  }, [sections.data, groups.data, indicators.data, targets, compare, areaName, all.sourceName]);
  // The statuses go into the rows once all of them are judged, not once per arriving series: each new
  // set of rows makes the table sort and filter its thousands of rows again (adjusting state while
  // rendering, as React's docs show, so the rows keep the last complete statuses meanwhile).
  const [settled, setSettled] = useState<StatusesById>(statuses.statuses);
  if (!statuses.pending && settled !== statuses.statuses) setSettled(statuses.statuses);
  const rows = useMemo(() => withStatuses(baseRows, settled), [baseRows, settled]);
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
