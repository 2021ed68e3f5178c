import { useMemo, useState } from 'react';
import { useCrossSections } from '@/api/cross-section';
import { useAreaName, useAreas, useIndicators, useTargetGroups } from '@/api/reference';
import { useTargetStatuses } from '@/api/target-statuses';
import { useAllPlans } from '@/api/all-plans';
import {
  buildBaseRows,
  compareMonths,
  sameStatuses,
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

const NO_ROWS: TableRow[] = [];

/**
 * Every series of every indicator as rows: one request for all their values (latest.json), not one per row.
 * The rows are built once everything they show has arrived (names, plans' targets, their statuses): each new
 * set of thousands of rows makes the table build, filter, group and sort its whole row model again, in one
 * long task on a phone for every input that arrived on its own.
 */
export function useTableRows(compare: ComparePeriod): TableRows {
  const indicators = useIndicators();
  const groups = useTargetGroups();
  const sections = useCrossSections();
  const areas = useAreas();
  const areaName = useAreaName();
  const all = useAllPlans();
  const targets = useMemo(
    () => all.plans.flatMap((p) => p.targets.map((target) => ({ target, planTitle: p.title }))),
    [all.plans],
  );
  const statuses = useTargetStatuses(useMemo(() => targets.map((t) => t.target), [targets]));

  // Later changes (a refetch, another compare period) rebuild the rows; the statuses then go in once all are
  // judged, not once per arriving series (state adjusted while rendering, as React's docs show, so the rows
  // keep the last complete statuses meanwhile). A judgement that changes no status keeps the rows: a
  // prerendered table, judged again at the reader's moment right after it is hydrated, is not rebuilt.
  const [settled, setSettled] = useState<StatusesById | undefined>(undefined);
  // Judged on every plan's targets: before all plans are in, "not pending" means judged on none of them.
  if (!all.pending && !statuses.pending && settled !== statuses.statuses && !sameStatuses(settled, statuses.statuses)) {
    setSettled(statuses.statuses);
  }
  const ready =
    indicators.data !== undefined &&
    groups.data !== undefined &&
    sections.data !== undefined &&
    !areas.isPending &&
    !all.pending &&
    settled !== undefined;

  const baseRows = useMemo(() => {
    if (!ready) return NO_ROWS;
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
  }, [ready, sections.data, groups.data, indicators.data, targets, compare, areaName, all.sourceName]);
  const rows = useMemo(() => (settled ? withStatuses(baseRows, settled) : NO_ROWS), [baseRows, settled]);
  const months = useMemo(() => compareMonths(sections.data ?? []), [sections.data]);

  const error = firstBlockingError([indicators, groups]) ?? sections.error ?? all.error;
  return {
    rows,
    months,
    // An error with nothing to show is said at once, beside the (empty) table, not behind a loading message.
    pending: !ready && !error,
    error,
    retry: () => {
      void indicators.refetch();
      void groups.refetch();
      void sections.refetch();
      all.retry();
    },
  };
}
