import { useParams } from 'react-router';
import { usePlan } from '@/api/plans';
import { LoadingState, ResourceError } from '@/components/query-state';
import { strings } from '@/lib/strings';
import { MeetingPack } from './meeting-pack';
import './meeting-pack.css';
import './meeting-pack-print.css';

/** The meeting pack of one plan: its status on A4 pages, via the browser's print dialog. */
export function MeetingPackPage() {
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
  return <MeetingPack plan={plan.data} />;
}
