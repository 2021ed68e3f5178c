import { useMemo } from 'react';
import { Link } from 'react-router';
import { useAreas } from '@/api/reference';
import { useTargetStatuses } from '@/api/target-statuses';
import { ErrorState, LoadingState } from '@/components/query-state';
import { StatusSummary } from '@/components/status-summary';
import type { PlanSummary, Target } from '@/contract';
import { concernsChoice, type AreaChoice } from '@/domain/area-choice';
import { periodLabel } from '@/domain/period-label';
import { strings } from '@/lib/strings';
import { usePlan } from '@/api/plans';
import { TargetGrid } from './target-grid';
import type { TargetLabels } from './use-target-labels';

const NO_TARGETS: Target[] = [];

type Props = { summary: PlanSummary; choice: AreaChoice; labels: TargetLabels; search: string };

/** A plan on the overview: its targets for the chosen area, loaded on their own so one slow plan holds up no other. */
export function PlanTargetsSection({ summary, choice, labels, search }: Props) {
  const plan = usePlan(summary.id);
  const { statuses } = useTargetStatuses(plan.data?.targets ?? NO_TARGETS);
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
      {targets.length > 0 && statuses.size > 0 && (
        <StatusSummary results={targets.flatMap((t) => statuses.get(t.id) ?? [])} />
      )}
      {plan.isPending && <LoadingState label={strings.status.loadingPlan(summary.title)} />}
      {plan.isError && <ErrorState error={plan.error} onRetry={() => void plan.refetch()} compact />}
      {plan.isSuccess && summary.targetCount === 0 && <p className="muted">{strings.overview.noTargets}</p>}
      {plan.isSuccess && summary.targetCount > 0 && targets.length === 0 && (
        <p className="muted">{strings.overview.noTargetsForArea}</p>
      )}
      {targets.length > 0 && (
        <TargetGrid targets={targets} statuses={statuses} labels={labels} documentTitle={summary.title} />
      )}
    </section>
  );
}
