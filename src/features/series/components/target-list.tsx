import { Link } from 'react-router';
import { formatValue } from '@/lib/format';
import { planPath } from '@/lib/routes';
import { strings } from '@/lib/strings';
import { series as seriesStrings } from '@/lib/strings/series';
import type { TargetView } from '../target-views';

const t = seriesStrings.targets;
const target = strings.target;
const status = strings.targetStatus;

const HIDDEN_NOTE = { 'area-not-selected': t.notDrawn, 'out-of-range': t.outOfRange } as const;

/** The targets in words: the same goals the chart draws, with their plan, threshold and status. */
export function TargetList({ targets }: { targets: readonly TargetView[] }) {
  return (
    <section className="series-section" aria-labelledby="series-targets">
      <h2 id="series-targets">{t.heading}</h2>
      {targets.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <ul className="series-targets">
          {targets.map((v) => (
            <li key={v.id} className={`series-target-${v.colorIndex}`}>
              <h3>{v.title}</h3>
              <dl className="series-target-facts">
                <dt>{target.goal}</dt>
                <dd>{v.goal}</dd>
                <dt>{target.deadline}</dt>
                <dd>{v.deadlineText}</dd>
                <dt>{t.threshold}</dt>
                <dd>
                  {v.threshold !== undefined
                    ? formatValue(v.threshold, v.unit)
                    : `${t.noThreshold}: ${v.thresholdReason ?? ''}`}
                </dd>
                <dt>{target.area}</dt>
                <dd>{v.areaName}</dd>
                {v.baseline && (
                  <>
                    <dt>{target.baseline}</dt>
                    <dd>
                      {formatValue(v.baseline.value, v.unit)} ({v.baseline.periodText})
                    </dd>
                  </>
                )}
                {v.status && (
                  <>
                    <dt>{t.status}</dt>
                    <dd>
                      <span aria-hidden="true">{status.icon[v.status.status]} </span>
                      {status.label[v.status.status]}
                    </dd>
                  </>
                )}
                <dt>{t.plan}</dt>
                <dd>
                  <Link to={planPath(v.planId)}>{v.planTitle}</Link>
                </dd>
                <dt>{target.source}</dt>
                <dd>{v.source}</dd>
              </dl>
              {(v.visibility === 'area-not-selected' || v.visibility === 'out-of-range') && (
                <p className="muted">{HIDDEN_NOTE[v.visibility]}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
