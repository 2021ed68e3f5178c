import { useQueries } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useDocumentTitle } from './document-titles';
import { planQuery, usePlans } from './plans';
import type { Plan } from '@/contract';
import type { Provenance } from '@/domain/provenance';
import { sourceShort } from '@/lib/source-text';
import { blockingError, firstBlockingError } from './query-problem';

export type AllPlans = {
  /** Every plan, oldest first; empty until all have loaded (a table of all plans is never shown half-full). */
  plans: readonly Plan[];
  /** The plans loaded so far, oldest first (for views that can show what they have, such as event markers). */
  loaded: readonly Plan[];
  pending: boolean;
  error: unknown;
  retry: () => void;
  /** "Beskæftigelsesplan 2022 (BP22), Figur 9", "Jobindsats.dk (STAR), tabel y25i01, …", or synthetic. */
  sourceName: (provenance: Provenance) => string;
};

type PlanResult = {
  data?: Plan | undefined;
  error: unknown;
  isPending: boolean;
  isError: boolean;
  refetch: () => unknown;
};

const byYear = (a: Plan, b: Plan) => a.year - b.year;

// Module-level, so react-query re-runs it only when a result changes.
function combinePlans(results: PlanResult[]) {
  const loaded = results.flatMap((r) => (r.data ? [r.data] : [])).sort(byYear);
  return {
    loaded,
    complete: loaded.length === results.length,
    pending: results.some((r) => r.isPending),
    error: firstBlockingError(results),
    retry: () => results.forEach((r) => r.isError && void r.refetch()),
  };
}

const NONE: readonly Plan[] = [];

/** The one loader of every plan's details: the overview, a målgruppe and the series page all span every plan. */
export function useAllPlans(): AllPlans {
  const list = usePlans();
  const details = useQueries({ queries: (list.data ?? []).map((p) => planQuery(p.id)), combine: combinePlans });
  const documentTitle = useDocumentTitle();
  const sourceName = useCallback((p: Provenance) => sourceShort(p, documentTitle), [documentTitle]);
  const refetchList = list.refetch;
  const listFailed = list.isError;
  const retryDetails = details.retry;
  const retry = useCallback(() => {
    if (listFailed) void refetchList();
    retryDetails();
  }, [listFailed, refetchList, retryDetails]);
  const complete = list.data !== undefined && details.complete;
  const plans = useMemo(() => (complete ? details.loaded : NONE), [complete, details.loaded]);
  return {
    plans,
    loaded: details.loaded,
    pending: list.isPending || details.pending,
    error: blockingError(list) ?? details.error,
    retry,
    sourceName,
  };
}
