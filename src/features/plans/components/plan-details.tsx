import { Link, useLocation } from 'react-router';
import { useAreaName } from '@/api/reference';
import { ErrorState, LoadingState } from '@/components/query-state';
import type { Plan } from '@/contract';
import { periodLabel } from '@/domain/period-label';
import { meetingPackPath } from '@/lib/routes';
import { strings } from '@/lib/strings';
import { PlanTexts } from './plan-texts';
import { ProjectList } from './project-list';
import { PlanTargetList } from './plan-target-list';
import { useTargetLabels } from './use-target-labels';

const s = strings.plan;

export function PlanDetails({ plan }: { plan: Plan }) {
  const areaName = useAreaName();
  const { labels, ready, error, retry } = useTargetLabels();
  const { search } = useLocation();
  return (
    <article className="plan-page">
      <h1>{plan.title}</h1>
      <p>
        <Link to={{ pathname: meetingPackPath(plan.id), search }}>{s.meetingPack}</Link>
      </p>
      <dl className="plan-facts">
        <div>
          <dt>{s.issuer}</dt>
          <dd>{plan.issuer}</dd>
        </div>
        <div>
          <dt>{s.covers}</dt>
          <dd>{plan.areas.map(areaName).join(', ')}</dd>
        </div>
        {plan.published && (
          <div>
            <dt>{s.published}</dt>
            <dd>{periodLabel(plan.published)}</dd>
          </div>
        )}
        <div>
          <dt>{s.source}</dt>
          <dd className="file-name">{plan.document}</dd>
        </div>
      </dl>
      <p className="lead">{plan.summary}</p>

      <section aria-labelledby="plan-targets">
        <h2 id="plan-targets">
          {s.targets} ({plan.targets.length})
        </h2>
        {plan.targets.length === 0 && <p className="muted">{strings.overview.noTargets}</p>}
        {error ? (
          <ErrorState error={error} onRetry={retry} compact />
        ) : !ready ? (
          <LoadingState />
        ) : (
          <PlanTargetList plan={plan} labels={labels} />
        )}
      </section>
      <PlanTexts plan={plan} />
      <ProjectList projects={plan.projects} documentTitle={plan.title} />
    </article>
  );
}
