import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { seriesSchema, type Point, type Series } from '@/contract';
import { getResource } from '@/lib/api-client';
import { resourceQuery } from './resource-query';

/** Series of one indicator in one area; shared by status, charts and the meeting pack. */

export type SeriesKey = { readonly indicatorId: string; readonly area: string };

export const seriesKeys = {
  all: ['series'] as const,
  one: (indicatorId: string, area: string) => [...seriesKeys.all, indicatorId, area] as const,
};

const seriesPath = (indicatorId: string, area: string) =>
  `indicators/${encodeURIComponent(indicatorId)}/${encodeURIComponent(area)}.json`;

export const getSeries = (indicatorId: string, area: string, signal?: AbortSignal) =>
  getResource(seriesPath(indicatorId, area), seriesSchema, { signal });

export const seriesQuery = (indicatorId: string, area: string) =>
  resourceQuery(seriesKeys.one(indicatorId, area), seriesPath(indicatorId, area), seriesSchema);

/** Points of a loaded series, with their sources; usable wherever the status engine wants a SeriesLookup. */
export type PointLookup = (indicatorId: string, area: string) => readonly Point[];

export type SeriesSet = {
  /** Points of a loaded series; empty while loading or when there is none. */
  lookup: PointLookup;
  series: readonly Series[];
  pending: boolean;
  /** "indicatorId/area" of series still loading, and of series that failed with nothing loaded before. */
  loading: ReadonlySet<string>;
  failed: ReadonlySet<string>;
  error: unknown;
  retry: () => void;
};

type State = 'ok' | 'loading' | 'failed';
type Combined = Omit<SeriesSet, 'lookup' | 'loading' | 'failed'> & { states: State[] };

// Module-level so react-query re-runs it only when a result changes; its output is structurally shared.
function combine(
  results: {
    data?: Series | undefined;
    isPending: boolean;
    error: unknown;
    isError: boolean;
    refetch: () => unknown;
  }[],
): Combined {
  return {
    series: results.flatMap((r) => (r.data ? [r.data] : [])),
    // A series with data keeps it through a failed refetch: loaded data is never dropped for an error.
    states: results.map((r) => (r.data ? 'ok' : r.isError ? 'failed' : 'loading')),
    pending: results.some((r) => r.isPending),
    error: results.find((r) => r.error)?.error ?? null,
    retry: () => results.forEach((r) => r.isError && void r.refetch()),
  };
}

/** Loads several series at once and offers them as a lookup. */
export function useSeriesSet(keys: readonly SeriesKey[]): SeriesSet {
  const combined = useQueries({ queries: keys.map((k) => seriesQuery(k.indicatorId, k.area)), combine });
  const lookup = useMemo<PointLookup>(() => {
    const byKey = new Map(combined.series.map((s) => [`${s.indicatorId}/${s.area}`, s.points]));
    return (indicatorId, area) => byKey.get(`${indicatorId}/${area}`) ?? [];
  }, [combined.series]);
  const { states } = combined;
  const { loading, failed } = useMemo(() => {
    const ids = keys.map((k) => `${k.indicatorId}/${k.area}`);
    return {
      loading: new Set(ids.filter((_, i) => states[i] === 'loading')),
      failed: new Set(ids.filter((_, i) => states[i] === 'failed')),
    };
  }, [keys, states]);
  return { ...combined, lookup, loading, failed };
}
