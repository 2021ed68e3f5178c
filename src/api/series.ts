import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Point, Series } from '@/contract';
import { getResource } from '@/lib/api-client';
import { lastError } from '@/lib/query-client';
import { resourceQuery } from './resource-query';
import { seriesPath as seriesKeyPath, type SeriesKey } from './series-keys';
import { firstBlockingError } from './query-problem';

/** Series of one indicator in one area; shared by status, charts and the meeting pack. */

export type { SeriesKey } from './series-keys';

export const seriesKeys = {
  all: ['series'] as const,
  one: (indicatorId: string, area: string) => [...seriesKeys.all, indicatorId, area] as const,
};

const seriesPath = (indicatorId: string, area: string) => seriesKeyPath({ indicatorId, area });

export const getSeries = (indicatorId: string, area: string, signal?: AbortSignal) =>
  getResource(seriesPath(indicatorId, area), 'series', { signal });

export const seriesQuery = (indicatorId: string, area: string) =>
  resourceQuery(seriesKeys.one(indicatorId, area), seriesPath(indicatorId, area), 'series');

/** Points of a loaded series, with their sources; usable wherever the status engine wants a SeriesLookup. */
export type PointLookup = (indicatorId: string, area: string) => readonly Point[];

/**
 * The points of a series that is not loaded or does not exist: one array, not a new one per call, so a goal
 * judged on a series the API does not have is judged once (judged-targets.ts), not at every render.
 */
export const NO_POINTS: readonly Point[] = Object.freeze([]);

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

/** 'retrying': nothing loaded, the last fetch failed, and a new one is under way. */
type State = 'ok' | 'loading' | 'retrying' | 'failed';
type Combined = Omit<SeriesSet, 'lookup' | 'loading' | 'failed'> & { states: State[] };

// Module-level so react-query re-runs it only when a result changes; its output is structurally shared.
function combine(
  results: {
    data?: Series | undefined;
    isPending: boolean;
    error: unknown;
    isError: boolean;
    errorUpdatedAt: number;
    refetch: () => unknown;
  }[],
): Combined {
  return {
    series: results.flatMap((r) => (r.data ? [r.data] : [])),
    // A series with data keeps it through a failed refetch: loaded data is never dropped for an error.
    states: results.map((r) => (r.data ? 'ok' : r.isError ? 'failed' : r.errorUpdatedAt > 0 ? 'retrying' : 'loading')),
    pending: results.some((r) => r.isPending),
    error: firstBlockingError(results),
    retry: () => results.forEach((r) => r.isError && void r.refetch()),
  };
}

/**
 * Loads several series at once and offers them as a lookup. With
 * `failedWhileRetrying` (the wall screen, whose poll retries by itself), a
 * series that failed stays failed, with its last error, while it is tried
 * again; a page whose reader pressed "Prøv igen" shows it loading instead.
 */
export function useSeriesSet(keys: readonly SeriesKey[], options: { failedWhileRetrying?: boolean } = {}): SeriesSet {
  const client = useQueryClient();
  const combined = useQueries({ queries: keys.map((k) => seriesQuery(k.indicatorId, k.area)), combine });
  const sticky = options.failedWhileRetrying ?? false;
  const lookup = useMemo<PointLookup>(() => {
    const byKey = new Map(combined.series.map((s) => [`${s.indicatorId}/${s.area}`, s.points]));
    return (indicatorId, area) => byKey.get(`${indicatorId}/${area}`) ?? NO_POINTS;
  }, [combined.series]);
  const { states } = combined;
  const { loading, failed, retryingError } = useMemo(() => {
    const ids = keys.map((k) => `${k.indicatorId}/${k.area}`);
    const isFailed = (state: State | undefined) => state === 'failed' || (sticky && state === 'retrying');
    const retrying = sticky ? keys.filter((_, i) => states[i] === 'retrying') : [];
    return {
      loading: new Set(ids.filter((_, i) => states[i] === 'loading' || (!sticky && states[i] === 'retrying'))),
      failed: new Set(ids.filter((_, i) => isFailed(states[i]))),
      retryingError: retrying.map((k) => lastError(client, seriesKeys.one(k.indicatorId, k.area))).find(Boolean),
    };
  }, [keys, states, sticky, client]);
  return { ...combined, error: combined.error ?? retryingError ?? null, lookup, loading, failed };
}
