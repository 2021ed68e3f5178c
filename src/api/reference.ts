import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { knownAreaName } from '@/domain/areas';
import { resourceQuery } from './resource-query';

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
  resourceQuery(referenceKeys.areas(), 'areas.json', 'areas', { staleTime: REFERENCE_STALE_MS });

export const targetGroupsQuery = () =>
  resourceQuery(referenceKeys.targetGroups(), 'target-groups.json', 'targetGroups', {
    staleTime: REFERENCE_STALE_MS,
  });

export const indicatorsQuery = () =>
  resourceQuery(referenceKeys.indicators(), 'indicators.json', 'indicators', { staleTime: REFERENCE_STALE_MS });

/**
 * The index is how the wall screen finds out that the API is back, so it is
 * fetched even while the other queries wait for the network, and its next
 * poll is its retry; a component that shows it never fetches it on mount (a
 * failed query counts as stale, and on the wall screen a slide mounts every
 * few seconds). Set here, not by one caller: one observer without these
 * options would pause the poll that ends the wait, or fetch on a timer of its own.
 */
export const apiIndexQuery = () =>
  resourceQuery(referenceKeys.index(), 'index.json', 'index', {
    networkMode: 'always',
    retry: false,
    refetchOnMount: false,
  });

export const useAreas = () => useQuery(areasQuery());
export const useTargetGroups = () => useQuery(targetGroupsQuery());
export const useIndicators = () => useQuery(indicatorsQuery());
export const useApiIndex = () => useQuery(apiIndexQuery());

/** Area code → name, from the API when loaded, else from the built-in DST registry. */
export function useAreaName(): (code: string) => string {
  const { data } = useAreas();
  // By code, not a search of the list: the målgruppe table names an area for each of its thousands of rows.
  const names = useMemo(() => new Map(data?.map((a) => [a.code, a.name])), [data]);
  return useCallback((code: string) => names.get(code) ?? knownAreaName(code) ?? code, [names]);
}
