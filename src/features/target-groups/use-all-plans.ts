import { useQueries } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { planQuery, usePlans } from '@/api/plans';
import type { Plan } from '@/contract';
import type { Provenance } from '@/domain/provenance';
import { strings } from '@/lib/strings';

export type AllPlans = {
  /** Every plan, oldest first; empty until all have loaded. */
  plans: readonly Plan[];
  pending: boolean;
  error: unknown;
  retry: () => void;
  /** "Beskæftigelsesplan 2022 (BP22), Figur 9" for a document; "Syntetisk" for made-up values. */
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
      error: results.find((r) => r.error)?.error ?? null,
      retry: () => results.forEach((r) => r.isError && void r.refetch()),
    }),
  });
  const titles = useMemo(() => new Map(list.data?.map((p) => [p.document, p.title])), [list.data]);
  const plans = useMemo(() => [...details.plans].sort((a, b) => a.year - b.year), [details.plans]);
  const sourceName = useCallback(
    (p: Provenance) => {
      if (p.kind === 'synthetic') return strings.targetGroups.table.sourceSynthetic;
      if (p.kind === 'official') return `${p.source} ${p.table}`;
      return `${titles.get(p.document) ?? p.document}, ${p.location}`;
    },
    [titles],
  );
  return {
    plans,
    pending: list.isPending || details.pending,
    error: list.error ?? details.error,
    retry: () => {
      void list.refetch();
      details.retry();
    },
    sourceName,
  };
}
