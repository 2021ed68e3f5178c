import { usePlans } from '@/api/plans';
import { useTargetLabels, type TargetLabels } from '@/api/target-labels';
import { useTargetStatuses, type TargetStatuses } from '@/api/target-statuses';
import type { Plan } from '@/contract';
import { blockingError } from '@/api/query-problem';

export type MeetingPackData = {
  labels: TargetLabels;
  /** The shared status engine's answers, with the series they were judged on (for the sparklines). */
  statuses: TargetStatuses;
  ready: boolean;
  error: unknown;
  retry: () => void;
};

/**
 * Everything the pack needs besides the plan: statuses, series and the words
 * for each goal. The series are the status engine's own, so the sparklines
 * show exactly what each status was judged on, and the sentences say the same
 * as the cards.
 */
export function useMeetingPackData(plan: Plan): MeetingPackData {
  const { labels, ready, error, retry } = useTargetLabels();
  const plans = usePlans();
  const statuses = useTargetStatuses(plan.targets);
  return {
    labels,
    statuses,
    ready: !statuses.pending && ready && plans.data !== undefined,
    error: statuses.error ?? error ?? blockingError(plans),
    retry: () => {
      statuses.retry();
      retry();
      if (plans.isError) void plans.refetch();
    },
  };
}
