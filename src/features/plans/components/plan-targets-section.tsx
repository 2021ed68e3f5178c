import { useMemo } from 'react';
import { Link } from 'react-router';
import { useAreas } from '@/api/reference';
import { ErrorState, LoadingState } from '@/components/query-state';
import type { PlanSummary } from '@/contract';
import { concernsChoice, type AreaChoice } from '@/domain/area-choice';
import { periodLabel } from '@/domain/period-label';
import { strings } from '@/lib/strings';
import { usePlan } from '../api/get-plan';
import { TargetCard } from './target-card';
import type { TargetLabels } from './use-target-labels';

type Props = { summary: PlanSummary; choice: AreaChoice; labels: TargetLabels; search: string };

/** A plan on the overview: its targets for the chosen area, loaded on their own so one slow plan holds up no other. */
export function PlanTargetsSection({ summary, choice, labels, search }: Props) {
  const plan = usePlan(summary.id);
  const areas = useAreas();
  const headingId = `plan-${summary.id}`;
  const targets = useMemo(
    () => plan.data?.targets.filter((t) => concernsChoice(t.area, choice, areas.data ?? [])) ?? [],
    [plan.data, choice, areas.data],
  );
  return (
    <section className="plan-section" aria-labelledby={headingId}>
      <header className="plan-section-header">
        <h2 id={headingId}>{summary.title}</h2>
        <p className="plan-meta">
          {strings.plan.kinds[summary.kind]} · {summary.issuer}
          {summary.published ? ` · ${strings.plan.published} ${periodLabel(summary.published)}` : ''} ·{' '}
          {strings.overview.planTargets(summary.targetCount)}
        </p>
        <Link className="plan-link" to={{ pathname: `/planer/${summary.id}`, search }}>
          {strings.overview.openPlan(summary.title)}
        </Link>
      </header>
      {plan.isPending && <LoadingState label={strings.status.loadingPlan(summary.title)} />}
      {plan.isError && <ErrorState error={plan.error} onRetry={() => void plan.refetch()} compact />}
      {plan.isSuccess && summary.targetCount === 0 && <p className="muted">{strings.overview.noTargets}</p>}
      {plan.isSuccess && summary.targetCount > 0 && targets.length === 0 && (
        <p className="muted">{strings.overview.noTargetsForArea}</p>
      )}
      {targets.length > 0 && (
        <ul className="target-grid" role="list">
          {targets.map((target) => (
            <li key={target.id}>
              <TargetCard target={target} labels={labels} documentTitle={summary.title} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
