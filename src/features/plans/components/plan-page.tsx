import { useParams } from 'react-router';
import { LoadingState, ResourceError } from '@/components/query-state';
import { strings } from '@/lib/strings';
import { usePlan } from '@/api/plans';
import { PlanDetails } from './plan-details';

/** One plan in full: targets, pejlemærker, projects, reforms, definitions. */
export function PlanPage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  if (plan.isPending) return <LoadingState />;
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
