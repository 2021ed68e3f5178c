import { useParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/query-state';
import { ApiError } from '@/lib/api-client';
import { strings } from '@/lib/strings';
import { usePlan } from '../api/get-plan';
import { PlanDetails } from './plan-details';

/** One plan in full: targets, pejlemærker, projects, reforms, definitions. */
export function PlanPage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  if (plan.isPending) return <LoadingState />;
  if (plan.isError) {
    if (plan.error instanceof ApiError && plan.error.status === 404) {
      return (
        <>
          <h1>{strings.notFound.planTitle}</h1>
          <p>{strings.notFound.planBody(planId)}</p>
        </>
      );
    }
    return <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />;
  }
  return <PlanDetails plan={plan.data} />;
}
