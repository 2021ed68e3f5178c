import { useState } from 'react';
import { useParams } from 'react-router';
import { LoadingState, ResourceError } from '@/components/query-state';
import { strings } from '@/lib/strings';
import { usePlan } from '@/api/plans';
import { useTargetLabels } from '@/api/target-labels';
import { useTargetStatuses } from '@/api/target-statuses';
import { PlanDetails } from './plan-details';

const NO_TARGETS: never[] = [];

/** One plan in full: targets, pejlemærker, projects, reforms, definitions. */
export function PlanPage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  // The plan appears whole, with its statuses (one request with the page bundle), not card by card.
  const statuses = useTargetStatuses(plan.data?.targets ?? NO_TARGETS);
  const labels = useTargetLabels();
  // Once shown it stays: a card's own query may refetch a failed series, which must not hide the plan again.
  // A failed label or series ends the wait too: the plan then shows what failed, with a retry.
  const ready = Boolean(plan.data && !statuses.pending && (labels.ready || labels.error));
  // Starts from what the first render sees: a page hydrated with all its data renders once, not a second
  // time for a state change made while rendering (the whole plan's hooks again, in the task that attaches it).
  const [settled, setSettled] = useState(ready);
  if (!settled && ready) setSettled(true);
  if (plan.isPending || (plan.data && !settled)) return <LoadingState />;
  if (plan.isError && !plan.data) {
    const notFound = { title: strings.notFound.planTitle, body: strings.notFound.planBody(planId) };
    return (
      <ResourceError
        error={plan.error}
        onRetry={() => void plan.refetch()}
        notFound={notFound}
        failedTitle={strings.plan.failedTitle}
      />
    );
  }
  return <PlanDetails plan={plan.data} />;
}
