import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { apiIndexSchema, areasSchema, indicatorListSchema, targetGroupsSchema } from '@/contract';
import { knownAreaName } from '@/domain/areas';
import { getResource } from '@/lib/api-client';

/**
 * Reference resources every feature reads (areas, målgrupper, indicators, the
 * dataset's index). They live in the shared layer because features may not
 * import each other.
 */

export const referenceKeys = {
  all: ['reference'] as const,
  areas: () => [...referenceKeys.all, 'areas'] as const,
  targetGroups: () => [...referenceKeys.all, 'target-groups'] as const,
  indicators: () => [...referenceKeys.all, 'indicators'] as const,
  index: () => [...referenceKeys.all, 'index'] as const,
};

// Reference data changes only with a new dataset: keep it for the session.
const REFERENCE_STALE_MS = 60 * 60_000;

export const areasQuery = () =>
  queryOptions({
    queryKey: referenceKeys.areas(),
    queryFn: ({ signal }) => getResource('areas.json', areasSchema, { signal }),
    staleTime: REFERENCE_STALE_MS,
  });

export const targetGroupsQuery = () =>
  queryOptions({
    queryKey: referenceKeys.targetGroups(),
    queryFn: ({ signal }) => getResource('target-groups.json', targetGroupsSchema, { signal }),
    staleTime: REFERENCE_STALE_MS,
  });

export const indicatorsQuery = () =>
  queryOptions({
    queryKey: referenceKeys.indicators(),
    queryFn: ({ signal }) => getResource('indicators.json', indicatorListSchema, { signal }),
    staleTime: REFERENCE_STALE_MS,
  });

export const apiIndexQuery = () =>
  queryOptions({
    queryKey: referenceKeys.index(),
    queryFn: ({ signal }) => getResource('index.json', apiIndexSchema, { signal }),
  });

export const useAreas = () => useQuery(areasQuery());
export const useTargetGroups = () => useQuery(targetGroupsQuery());
export const useIndicators = () => useQuery(indicatorsQuery());
export const useApiIndex = () => useQuery(apiIndexQuery());

/** Area code → name, from the API when loaded, else from the built-in DST registry. */
export function useAreaName(): (code: string) => string {
  const { data } = useAreas();
  return useCallback((code: string) => data?.find((a) => a.code === code)?.name ?? knownAreaName(code) ?? code, [data]);
}
