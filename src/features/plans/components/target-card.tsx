import { useId } from 'react';
import { Link, useLocation } from 'react-router';
import { StatusBadge } from '@/components/status-badge';
import type { Target } from '@/contract';
import { periodLabel } from '@/domain/period-label';
import type { StatusResult } from '@/domain/status';
import { NATIONAL_AREA } from '@/domain/areas';
import { latestActual } from '@/domain/target';
import { formatValue } from '@/lib/format';
import { goalText } from '@/lib/goal-text';
import { SERIES_AREAS_PARAM, seriesPath } from '@/lib/routes';
import { strings } from '@/lib/strings';
import { StatusExplanation } from './status-explanation';
import { TargetBullet } from './target-bullet';
import { TargetSource } from './target-source';
import type { TargetLabels } from './use-target-labels';

const t = strings.target;

type Props = {
  target: Target;
  labels: TargetLabels;
  documentTitle: string;
  /** Undefined while the series behind the status are loading. */
  result: StatusResult | undefined;
  headingLevel?: 3 | 4;
};

/** One target: status, baseline, goal and latest value on one scale, each with its source. */
export function TargetCard({ target, labels, documentTitle, result, headingLevel = 3 }: Props) {
  const titleId = useId();
  const { search } = useLocation();
  const indicator = labels.indicator(target.indicatorId);
  const unit = indicator?.unit ?? 'antal';
  // Until the status is computed, the document's own latest follow-up stands in.
  const latest = result ? result.latest : latestActual(target.actuals);
  const goal = goalText(target.goal, unit, labels.areaName);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const compareWith = target.goal.kind === 'close-gap' ? target.goal.benchmarkArea : NATIONAL_AREA;
  const seriesAreas = [target.area, ...(labels.hasSeries(target.indicatorId, compareWith) ? [compareWith] : [])];
  return (
    <article className={`target-card status-${result?.status ?? 'pending'}`} aria-labelledby={titleId}>
      <div className="target-card-top">
        <p className="target-kicker">
          <span className="badge">{t.levels[target.level]}</span> {labels.targetGroupName(target.targetGroupId)} ·{' '}
          {labels.areaName(target.area)}
        </p>
        {result ? (
          <StatusBadge status={result.status} />
        ) : (
          <span className="muted">{strings.targetStatus.computing}</span>
        )}
      </div>
      <Heading id={titleId}>{target.title}</Heading>
      <p className="target-statement">{target.statement}</p>
      {result && <TargetBullet target={target} result={result} unit={unit} goalLabel={goal} />}
      <dl className="target-figures">
        <div>
          <dt>{t.baseline}</dt>
          <dd>
            {target.baseline ? (
              <>
                <span className="figure">{formatValue(target.baseline.value, unit)}</span>{' '}
                <span className="period">{periodLabel(target.baseline.period)}</span>
              </>
            ) : (
              '–'
            )}
          </dd>
        </div>
        <div>
          <dt>{t.goal}</dt>
          <dd>
            <span className="figure goal">{goal}</span>{' '}
            <span className="period">
              {t.deadline}: {periodLabel(target.deadline)}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t.latest}</dt>
          <dd>
            {latest ? (
              <>
                <span className="figure">{formatValue(latest.value, unit)}</span>{' '}
                <span className="period">{periodLabel(latest.period)}</span>
              </>
            ) : (
              <span className="muted">{t.noActual}</span>
            )}
          </dd>
        </div>
      </dl>
      {result && <StatusExplanation result={result} unit={unit} />}
      {labels.hasSeries(target.indicatorId, target.area) && (
        <Link
          className="series-link"
          to={{ pathname: seriesPath(target.indicatorId), search: mergeSearch(search, seriesAreas) }}
        >
          {strings.targetStatus.openSeries}
          <span className="visually-hidden">: {target.title}</span>
        </Link>
      )}
      <TargetSource target={target} latest={latest} documentTitle={documentTitle} />
    </article>
  );
}

/** Keeps the page's own URL state (area choice) and adds the series' areas. */
function mergeSearch(search: string, areas: readonly string[]): string {
  const params = new URLSearchParams(search);
  params.set(SERIES_AREAS_PARAM, areas.join(','));
  return `?${params.toString()}`;
}
