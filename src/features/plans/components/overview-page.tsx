import { useLocation } from 'react-router';
import { ErrorState, LoadingState } from '@/components/query-state';
import { strings } from '@/lib/strings';
import { useAreaChoice } from '@/lib/use-area-choice';
import { usePlans } from '@/api/plans';
import { PlanTargetsSection } from './plan-targets-section';
import { useTargetLabels } from './use-target-labels';

/** Every plan and its targets: the committee's "are we reaching what we adopted?" */
export function OverviewPage() {
  const plans = usePlans();
  const { labels, ready, error, retry } = useTargetLabels();
  const [choice] = useAreaChoice();
  const { search } = useLocation();
  const failure = plans.error ?? error;
  return (
    <>
      <h1>{strings.overview.title}</h1>
      <p className="lead">{strings.overview.intro}</p>
      {choice !== 'begge' && (
        <p className="filter-note">{strings.overview.areaFilterNote(strings.areaChoice.options[choice])}</p>
      )}
      {failure ? (
        <ErrorState
          error={failure}
          onRetry={() => {
            void plans.refetch();
            retry();
          }}
        />
      ) : !plans.isSuccess || !ready ? (
        <LoadingState />
      ) : (
        [...plans.data]
          .reverse()
          .map((summary) => (
            <PlanTargetsSection key={summary.id} summary={summary} choice={choice} labels={labels} search={search} />
          ))
      )}
    </>
  );
}
