import { useQueries } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useDocumentTitle } from './document-titles';
import { planQuery, usePlans } from './plans';
import type { Plan } from '@/contract';
import type { Provenance } from '@/domain/provenance';
import { sourceShort } from '@/lib/source-text';
import { blockingError, firstBlockingError } from './query-problem';

export type AllPlans = {
  /** Every plan, oldest first; empty until all have loaded. */
  plans: readonly Plan[];
  pending: boolean;
  error: unknown;
  retry: () => void;
  /** "Beskæftigelsesplan 2022 (BP22), Figur 9", "Jobindsats.dk (STAR), tabel y25i01, …", or synthetic. */
  sourceName: (provenance: Provenance) => string;
};

/** A målgruppe spans every plan: the table and the page both need all of them. */
export function useAllPlans(): AllPlans {
  const list = usePlans();
  const details = useQueries({
    queries: (list.data ?? []).map((p) => planQuery(p.id)),
    combine: (results) => ({
      plans: results.every((r) => r.data) ? results.map((r) => r.data!) : [],
      pending: results.some((r) => r.isPending),
      error: firstBlockingError(results),
      retry: () => results.forEach((r) => r.isError && void r.refetch()),
    }),
  });
  const documentTitle = useDocumentTitle();
  const plans = useMemo(() => [...details.plans].sort((a, b) => a.year - b.year), [details.plans]);
  const sourceName = useCallback((p: Provenance) => sourceShort(p, documentTitle), [documentTitle]);
  return {
    plans,
    pending: list.isPending || details.pending,
    error: blockingError(list) ?? details.error,
    retry: () => {
      void list.refetch();
      details.retry();
    },
    sourceName,
  };
}
