import { useQueries, useQuery } from '@tanstack/react-query';
import { resourceQuery } from './resource-query';
import { CROSS_SECTIONS_PATH, crossSectionPath } from './series-keys';
import { firstBlockingError } from './query-problem';

/**
 * Every area's recent values of an indicator (`indicators/{id}/latest.json`),
 * or of every indicator (`latest.json`): the national comparison and the
 * målgruppe table read these, one request each, never one per row.
 */

export const crossSectionKeys = {
  all: ['cross-section'] as const,
  one: (indicatorId: string) => [...crossSectionKeys.all, indicatorId] as const,
  every: () => [...crossSectionKeys.all, '*'] as const,
};

export const crossSectionQuery = (indicatorId: string) =>
  resourceQuery(crossSectionKeys.one(indicatorId), crossSectionPath(indicatorId), 'crossSection');

export const crossSectionsQuery = () => resourceQuery(crossSectionKeys.every(), CROSS_SECTIONS_PATH, 'crossSections');

export const useCrossSection = (indicatorId: string, enabled = true) =>
  useQuery({ ...crossSectionQuery(indicatorId), enabled });
export const useCrossSections = () => useQuery(crossSectionsQuery());

/** Several indicators' cross-sections at once (the målgruppe page's national comparison). */
export function useCrossSectionSet(indicatorIds: readonly string[]) {
  return useQueries({
    queries: indicatorIds.map(crossSectionQuery),
    combine: (results) => ({
      sections: results.flatMap((r) => (r.data ? [r.data] : [])),
      pending: results.some((r) => r.isPending),
      error: firstBlockingError(results),
      retry: () => results.forEach((r) => r.isError && void r.refetch()),
    }),
  });
}
