import { useMemo } from 'react';
import type { Target } from '@/contract';
import { currentPlanIds } from '@/domain/current-plans';
import { movementsSince, statusChanges, type Movement, type StatusChange } from '@/domain/since';
import { usePlans } from './plans';
import { useApiIndex, useIndicators } from './reference';
import { useSeriesSet } from './series';
import { officialKeys } from './series-keys';

export { officialKeys } from './series-keys';
import { judgeTarget } from './judged-targets';
import { useTargetStatuses } from './target-statuses';
import { firstBlockingError } from './query-problem';

/**
 * "Siden sidste møde" for a set of goals and areas: the goals whose status
 * changed since the date, and the biggest movements on the areas' official
 * series. The statuses are the shared engine's, so they match every card.
 */

export type SinceLastMeeting = {
  changes: readonly StatusChange<Target>[];
  movements: readonly Movement[];
  pending: boolean;
  error: unknown;
  retry: () => void;
};

export function useSinceLastMeeting(
  targets: readonly Target[],
  areas: readonly string[],
  since: Date,
): SinceLastMeeting {
  const statuses = useTargetStatuses(targets);
  const indicators = useIndicators();
  const index = useApiIndex();
  const plans = usePlans();
  const keys = useMemo(
    () =>
      indicators.data && index.data
        ? officialKeys(indicators.data, new Set(index.data.official.map((o) => o.provenance.table)), areas)
        : [],
    [indicators.data, index.data, areas],
  );
  const official = useSeriesSet(keys);
  const { statuses: now, lookup, pending } = statuses;
  const changes = useMemo(() => {
    if (!indicators.data || !plans.data || pending) return [];
    // Judged at the meeting date by the shared engine, so a judgement already made there is not made again.
    const inForce = currentPlanIds(plans.data);
    const atMeeting = { indicators: indicators.data, plans: plans.data, inForce, lookup, now: since };
    const items = targets.flatMap((t) => {
      const after = now.get(t.id);
      return after ? [{ item: t, before: judgeTarget(t, atMeeting), after }] : [];
    });
    return statusChanges(items);
  }, [targets, indicators.data, plans.data, now, lookup, pending, since]);
  const officialLookup = official.lookup;
  const movements = useMemo(() => {
    const direction = new Map(indicators.data?.map((i) => [i.id, i.direction]));
    return movementsSince(
      keys.map((k) => ({
        ...k,
        direction: direction.get(k.indicatorId) ?? 'neutral',
        points: officialLookup(k.indicatorId, k.area),
      })),
      since,
    );
  }, [keys, officialLookup, indicators.data, since]);
  return {
    changes,
    movements,
    pending: statuses.pending || official.pending || indicators.isPending || index.isPending,
    error: statuses.error ?? official.error ?? firstBlockingError([indicators, index]),
    retry: () => {
      statuses.retry();
      official.retry();
      void index.refetch();
    },
  };
}
