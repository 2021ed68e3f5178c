import { useMemo } from 'react';
import { usePlans } from '@/api/plans';
import { useAreaName, useIndicators, useTargetGroups } from '@/api/reference';
import type { PointLookup } from '@/api/series';
import { useTargetStatuses } from '@/api/target-statuses';
import type { Plan } from '@/contract';
import type { StatusResult } from '@/domain/status';
import type { Unit } from '@/domain/units';

export type PackLabels = {
  areaName: (code: string) => string;
  targetGroupName: (id: string) => string;
  unitOf: (indicatorId: string) => Unit;
  documentTitle: (file: string) => string;
};

export type MeetingPackData = {
  labels: PackLabels;
  statuses: ReadonlyMap<string, StatusResult>;
  /** The plan's series (own and benchmark areas) with each value's source, as the status engine read them. */
  lookup: PointLookup;
  ready: boolean;
  error: unknown;
  retry: () => void;
};

/**
 * Everything the pack needs besides the plan: statuses, series and the names
 * of areas, målgrupper and documents. The series are the status engine's own,
 * so the sparklines show exactly what each status was judged on.
 */
export function useMeetingPackData(plan: Plan): MeetingPackData {
  const areaName = useAreaName();
  const groups = useTargetGroups();
  const indicators = useIndicators();
  const plans = usePlans();
  const status = useTargetStatuses(plan.targets);

  const labels = useMemo<PackLabels>(() => {
    const groupNames = new Map<string, string>(groups.data?.map((g) => [g.id, g.name]));
    const units = new Map<string, Unit>(indicators.data?.map((i) => [i.id, i.unit]));
    const titles = new Map(plans.data?.map((p) => [p.document, p.title]));
    return {
      areaName,
      targetGroupName: (id) => groupNames.get(id) ?? id,
      // The status engine's fallback too, so the pack and the status agree on units.
      unitOf: (id) => units.get(id) ?? 'antal',
      documentTitle: (file) => titles.get(file) ?? file,
    };
  }, [areaName, groups.data, indicators.data, plans.data]);

  return {
    labels,
    statuses: status.statuses,
    lookup: status.lookup,
    ready: !status.pending && groups.isSuccess && plans.isSuccess,
    error: status.error ?? groups.error ?? plans.error,
    retry: () => {
      status.retry();
      if (groups.isError) void groups.refetch();
      if (plans.isError) void plans.refetch();
    },
  };
}
