import { Link, useLocation } from 'react-router';
import { usePlans } from '@/api/plans';
import { useAreaName } from '@/api/reference';
import { useTargetLabels } from '@/api/target-labels';
import { AfterFirstPaint } from '@/components/after-first-paint';
import { ErrorState, LoadingState } from '@/components/query-state';
import type { Plan } from '@/contract';
import { currentPlans } from '@/domain/current-plans';
import { periodLabel } from '@/domain/period-label';
import { meetingPackPath } from '@/lib/routes';
import { strings } from '@/lib/strings';
import { PlanTexts } from './plan-texts';
import { ProjectList } from './project-list';
import { PlanTargetList } from './plan-target-list';

const s = strings.plan;

/** One plan in full: whether it is in force, its goals judged, its words, projects and sources. */
export function PlanDetails({ plan }: { plan: Plan }) {
  const areaName = useAreaName();
  const plans = usePlans();
  const { labels, ready, error, retry } = useTargetLabels();
  const { search } = useLocation();
  const inForceFor = currentPlans(plans.data ?? [])
    .filter((c) => c.plan.id === plan.id)
    .map((c) => areaName(c.area));
  return (
    <article className="plan-page">
      <h1>{plan.title}</h1>
      {plans.data !== undefined && (
        <p className={inForceFor.length > 0 ? 'plan-in-force' : 'plan-superseded'}>
          {inForceFor.length > 0 ? s.inForce(inForceFor.join(' og ')) : s.superseded}
        </p>
      )}
      <ul className="plan-actions" role="list">
        <li>
          <Link to={{ pathname: meetingPackPath(plan.id), search }}>{s.meetingPack}</Link>
        </li>
        <li>
          <a href="#plan-pejlemaerker">{strings.overview.seePejlemaerker}</a>
        </li>
      </ul>
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
      </dl>
      <p className="lead">{plan.summary}</p>

      <section aria-labelledby="plan-targets">
        <h2 id="plan-targets">
          {s.targets} ({plan.targets.length})
        </h2>
        {plan.targets.length === 0 && (
          <p className="muted">
            {strings.overview.noTargets} <a href="#plan-pejlemaerker">{strings.overview.seePejlemaerker}</a>.
          </p>
        )}
        {error ? (
          <ErrorState error={error} onRetry={retry} compact />
        ) : !ready ? (
          <LoadingState />
        ) : (
          <PlanTargetList plan={plan} labels={labels} />
        )}
      </section>
      <AfterFirstPaint>
        <PlanTexts plan={plan} />
        <ProjectList projects={plan.projects} documentTitle={plan.title} />
        <details className="plan-source">
          <summary>{s.sourceDetails}</summary>
          <p>
            {s.sourceFile(plan.title)} <span className="file-name">{plan.document}</span>
          </p>
          {plan.transcriptionNotes && plan.transcriptionNotes.length > 0 && (
            <>
              <h3>{s.transcriptionNotes}</h3>
              <ul>
                {plan.transcriptionNotes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </>
          )}
        </details>
      </AfterFirstPaint>
    </article>
  );
}
