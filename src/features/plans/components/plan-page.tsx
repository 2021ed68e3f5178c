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
  const [settled, setSettled] = useState(false);
  // A failed label or series ends the wait too: the plan then shows what failed, with a retry.
  if (!settled && plan.data && !statuses.pending && (labels.ready || labels.error)) setSettled(true);
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
