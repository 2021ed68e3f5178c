import { Link, useLocation } from 'react-router';
import { usePlan } from '@/api/plans';
import { useTargetStatuses } from '@/api/target-statuses';
import { ErrorState } from '@/components/query-state';
import { StatusSummary } from '@/components/status-summary';
import type { PlanSummary, Target } from '@/contract';
import { periodLabel } from '@/domain/period-label';
import { planSentence } from '@/lib/sentences';
import { planPath } from '@/lib/routes';
import { strings } from '@/lib/strings';
import { blockingError } from '@/api/query-problem';

const s = strings.overview;
const NONE: Target[] = [];

/** One superseded plan on one line: what it was, how its goals went, and the way to it. */
function EarlierPlan({ summary }: { summary: PlanSummary }) {
  const plan = usePlan(summary.id);
  const statuses = useTargetStatuses(plan.data?.targets ?? NONE);
  const targets = plan.data?.targets ?? NONE;
  const results = targets.flatMap((t) => statuses.statuses.get(t.id) ?? []);
  const { search } = useLocation();
  return (
    <li className="earlier-plan">
      <h3>
        <Link to={{ pathname: planPath(summary.id), search }}>{summary.title}</Link>
      </h3>
      <p className="plan-meta">
        {strings.plan.kinds[summary.kind]} · {summary.issuer}
        {summary.published ? ` · ${strings.plan.published} ${periodLabel(summary.published)}` : ''} ·{' '}
        {s.planTargets(summary.targetCount)}
      </p>
      {blockingError(plan) ? <ErrorState error={plan.error} onRetry={() => void plan.refetch()} compact /> : null}
      {statuses.error ? <ErrorState error={statuses.error} onRetry={statuses.retry} compact /> : null}
      {targets.length > 0 && results.length === targets.length ? (
        <>
          <p className="plan-sentence">{planSentence(results)}</p>
          <StatusSummary results={results} />
        </>
      ) : (
        summary.targetCount > 0 &&
        !plan.isError &&
        !statuses.error && <p className="muted">{strings.targetStatus.computing}</p>
      )}
    </li>
  );
}

/** The plans no longer in force, newest first, compact: the overview must not bury "Status nu". */
export function EarlierPlans({ plans }: { plans: readonly PlanSummary[] }) {
  return (
    <section aria-labelledby="tidligere-planer" className="earlier-plans">
      <h2 id="tidligere-planer">{s.earlierHeading}</h2>
      <p className="muted">{s.earlierIntro}</p>
      <ul role="list">
        {plans.map((p) => (
          <EarlierPlan key={p.id} summary={p} />
        ))}
      </ul>
    </section>
  );
}
