import { useId } from 'react';
import { Link, useLocation } from 'react-router';
import type { TargetLabels } from '@/api/target-labels';
import { FigureDate } from '@/components/figure-date';
import { StatusBadge } from '@/components/status-badge';
import type { Target } from '@/contract';
import { NATIONAL_AREA } from '@/domain/areas';
import { periodLabel } from '@/domain/period-label';
import type { StatusResult } from '@/domain/status';
import { latestValue } from '@/domain/pick-value';
import { formatValue } from '@/lib/format';
import { SERIES_AREAS_PARAM, seriesPath } from '@/lib/routes';
import { strings } from '@/lib/strings';
import { DerivedLabel } from './derived-label';
import { StatusExplanation } from './status-explanation';
import { TargetBullet } from './target-bullet';
import { TargetSource } from './target-source';

const t = strings.target;

type Props = {
  target: Target;
  labels: TargetLabels;
  documentTitle: string;
  /** Undefined while the series behind the status are loading, or when they failed. */
  result: StatusResult | undefined;
  /** A series the status needs failed to load: say so instead of "computing" for ever. */
  failed?: boolean;
  now: Date;
  headingLevel?: 3 | 4;
};

/** One target: status, the sentence, baseline, goal and latest value on one scale, each with its source and date. */
export function TargetCard({ target, labels, documentTitle, result, failed = false, now, headingLevel = 3 }: Props) {
  const titleId = useId();
  const { search } = useLocation();
  const unit = labels.unitOf(target);
  const noun = labels.indicator(target.indicatorId)?.noun;
  // Until the status is computed, the document's own latest follow-up stands in.
  const latest = result ? result.latest?.point : latestValue(target.actuals)?.point;
  const goal = labels.goal(target);
  const sentence = labels.sentence(target, result);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const derived = target.level === 'retningsmaal';
  const compareWith = 'benchmarkArea' in target.goal ? target.goal.benchmarkArea : NATIONAL_AREA;
  const seriesAreas = [target.area, ...(labels.hasSeries(target.indicatorId, compareWith) ? [compareWith] : [])];
  const fmt = (v: number) => formatValue(v, unit, { noun });
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
          <span className="muted">{failed ? strings.targetStatus.failed : strings.targetStatus.computing}</span>
        )}
      </div>
      <Heading id={titleId}>{target.title}</Heading>
      {derived && <DerivedLabel />}
      <p className="target-statement">{derived ? <q>{target.statement}</q> : target.statement}</p>
      {target.reading && (
        <details className="target-reading">
          <summary>{t.reading}</summary>
          <p>{target.reading}</p>
        </details>
      )}
      {sentence && <p className="target-sentence">{sentence}</p>}
      {result?.latest && target.goal.kind !== 'milestone' && (
        <TargetBullet target={target} result={result} unit={unit} goalLabel={goal} />
      )}
      <dl className="target-figures">
        {target.baseline && (
          <div>
            <dt>{t.baseline}</dt>
            <dd>
              <span className="figure">{fmt(target.baseline.value)}</span>{' '}
              <span className="period">{periodLabel(target.baseline.period)}</span>
            </dd>
          </div>
        )}
        <div>
          <dt>{derived ? t.derivedGoal : t.goal}</dt>
          <dd>
            <span className="figure goal">{goal}</span>{' '}
            <span className="period">
              {t.deadline}: {periodLabel(target.deadline)}
            </span>
          </dd>
        </div>
        {target.goal.kind !== 'milestone' && (
          <div>
            <dt>{t.latest}</dt>
            <dd>
              {latest ? (
                <>
                  <span className="figure">{fmt(latest.value)}</span>{' '}
                  <span className="period">{periodLabel(latest.period)}</span>
                </>
              ) : (
                <span className="muted">{t.noActual}</span>
              )}
            </dd>
          </div>
        )}
      </dl>
      <FigureDate point={latest} now={now} />
      {result && <StatusExplanation result={result} unit={unit} />}
      {labels.hasSeries(target.indicatorId, target.area) && (
        <Link
          className="series-link"
          to={{ pathname: seriesPath(target.indicatorId!), search: mergeSearch(search, seriesAreas) }}
        >
          {strings.targetStatus.openSeries}
          <span className="visually-hidden">: {target.title}</span>
        </Link>
      )}
      <TargetSource target={target} latest={latest} documentTitle={documentTitle} titleOf={labels.documentTitle} />
    </article>
  );
}

/** Keeps the page's own URL state (area choice) and adds the series' areas. */
function mergeSearch(search: string, areas: readonly string[]): string {
  const params = new URLSearchParams(search);
  params.set(SERIES_AREAS_PARAM, areas.join(','));
  return `?${params.toString()}`;
}
