import { useMemo } from 'react';
import { useAreaName, useIndicators, useTargetGroups } from '@/api/reference';
import type { Unit } from '@/domain/units';

export type TargetLabels = {
  areaName: (code: string) => string;
  targetGroupName: (id: string) => string;
  indicator: (id: string) => { name: string; unit: Unit } | undefined;
  /** Whether the API has a series for this indicator in this area. */
  hasSeries: (indicatorId: string, area: string) => boolean;
};

/** Names and units the target cards need, from the reference resources (loaded once, shared). */
export function useTargetLabels(): { labels: TargetLabels; ready: boolean; error: unknown; retry: () => void } {
  const areaName = useAreaName();
  const groups = useTargetGroups();
  const indicators = useIndicators();
  const labels = useMemo<TargetLabels>(() => {
    const groupNames = new Map<string, string>(groups.data?.map((g) => [g.id, g.name]));
    const byId = new Map(indicators.data?.map((i) => [i.id, { name: i.name, unit: i.unit, areas: new Set(i.areas) }]));
    return {
      areaName,
      targetGroupName: (id) => groupNames.get(id) ?? id,
      indicator: (id) => byId.get(id),
      hasSeries: (indicatorId, area) => byId.get(indicatorId)?.areas.has(area) ?? false,
    };
  }, [areaName, groups.data, indicators.data]);
  return {
    labels,
    ready: groups.isSuccess && indicators.isSuccess,
    error: groups.error ?? indicators.error,
    retry: () => {
      void groups.refetch();
      void indicators.refetch();
    },
  };
}
