import { useId } from 'react';
import type { Target } from '@/contract';
import { ProvenanceDetails } from '@/components/provenance-details';
import { periodLabel } from '@/domain/period-label';
import { latestActual } from '@/domain/target';
import { formatValue } from '@/lib/format';
import { goalText } from '@/lib/goal-text';
import { strings } from '@/lib/strings';
import type { TargetLabels } from './use-target-labels';

const t = strings.target;

type Props = { target: Target; labels: TargetLabels; documentTitle: string };

/** One target: baseline, goal and the latest follow-up on one card, each with its source. */
export function TargetCard({ target, labels, documentTitle }: Props) {
  const titleId = useId();
  const indicator = labels.indicator(target.indicatorId);
  const unit = indicator?.unit ?? 'antal';
  const latest = latestActual(target.actuals);
  return (
    <article className="target-card" aria-labelledby={titleId}>
      <p className="target-kicker">
        <span className="badge">{t.levels[target.level]}</span> {labels.targetGroupName(target.targetGroupId)} ·{' '}
        {labels.areaName(target.area)}
      </p>
      <h3 id={titleId}>{target.title}</h3>
      <p className="target-statement">{target.statement}</p>
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
            <span className="figure goal">{goalText(target.goal, unit, labels.areaName)}</span>{' '}
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
      <details className="source">
        <summary>
          {t.source}: {documentTitle}, {target.provenance.location}
        </summary>
        <ProvenanceDetails provenance={target.provenance} documentTitle={documentTitle} />
        {target.baseline && (
          <>
            <h4>{t.baseline}</h4>
            <ProvenanceDetails provenance={target.baseline.provenance} documentTitle={documentTitle} />
          </>
        )}
        {latest && (
          <>
            <h4>{t.latest}</h4>
            <ProvenanceDetails provenance={latest.provenance} documentTitle={documentTitle} />
          </>
        )}
      </details>
    </article>
  );
}
