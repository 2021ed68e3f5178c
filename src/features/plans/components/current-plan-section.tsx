import { useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { usePlan } from '@/api/plans';
import { useAreas } from '@/api/reference';
import type { TargetLabels } from '@/api/target-labels';
import { useTargetStatuses } from '@/api/target-statuses';
import { ErrorState, LoadingState } from '@/components/query-state';
import { StatusSummary } from '@/components/status-summary';
import type { PlanSummary } from '@/contract';
import { planSentence } from '@/lib/sentences';
import { planPath } from '@/lib/routes';
import { strings } from '@/lib/strings';
import { TargetGrid } from './target-grid';
import { blockingError } from '@/api/query-problem';

const s = strings.overview;

type Props = {
  area: string;
  summary: PlanSummary;
  labels: TargetLabels;
  /** How many goal cards a prerendered overview draws in its first paint (TargetGrid). */
  firstScreen?: number;
};

/** A home kommune's plan in force: each of its goals judged on the newest figures, and the plan in one sentence. */
export function CurrentPlanSection({ area, summary, labels, firstScreen }: Props) {
  const plan = usePlan(summary.id);
  const areas = useAreas();
  const { search } = useLocation();
  // The plan's goals for this kommune: its own, and a joint jobcenter's it is part of.
  const targets = useMemo(
    () =>
      plan.data?.targets.filter(
        (t) => t.area === area || areas.data?.find((a) => a.code === t.area)?.members?.includes(area),
      ) ?? [],
    [plan.data, area, areas.data],
  );
  const statuses = useTargetStatuses(targets);
  const results = targets.flatMap((t) => statuses.statuses.get(t.id) ?? []);
  const complete = targets.length > 0 && results.length === targets.length;
  const headingId = `status-${area}`;
  return (
    <section className="current-plan" aria-labelledby={headingId}>
      <header className="current-plan-header">
        <h2 id={headingId}>
          <span className="current-plan-area">{labels.areaName(area)}:</span> {summary.title}
        </h2>
        <p className="plan-meta">{s.currentPlanMeta(labels.areaName(area), summary.year)}</p>
      </header>
      {plan.isPending && <LoadingState label={strings.status.loadingPlan(summary.title)} />}
      {blockingError(plan) ? <ErrorState error={plan.error} onRetry={() => void plan.refetch()} compact /> : null}
      {statuses.error ? <ErrorState error={statuses.error} onRetry={statuses.retry} compact /> : null}
      {plan.data !== undefined && targets.length === 0 && <p className="muted">{s.noTargetsForArea}</p>}
      {complete && (
        <div className="plan-verdict">
          <p className="plan-sentence">{planSentence(results)}</p>
          <StatusSummary results={results} />
        </div>
      )}
      {targets.length > 0 && (
        <TargetGrid
          targets={targets}
          statuses={statuses}
          labels={labels}
          documentTitle={summary.title}
          firstScreen={firstScreen}
        />
      )}
      <Link className="plan-link" to={{ pathname: planPath(summary.id), search }}>
        {s.openPlan(summary.title)}
      </Link>
    </section>
  );
}
