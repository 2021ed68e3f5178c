import { Fragment } from 'react';
import type { TargetLabels } from '@/api/target-labels';
import type { Point, Target } from '@/contract';
import { periodLabel } from '@/domain/period-label';
import type { StatusResult } from '@/domain/status';
import { latestValue } from '@/domain/pick-value';
import type { PointLookup } from '@/api/series';
import { figureDateText } from '@/lib/figure-date';
import { formatValue, type Noun } from '@/lib/format';
import { strings } from '@/lib/strings';
import { meetingPack as meetingPackStrings } from '@/lib/strings/meeting-pack';
import type { Unit } from '@/domain/units';
import { goalLine } from '../goal-line';
import { paperBreaks } from '../paper-breaks';
import { rowSources } from '../source-text';
import { trendPoints } from '../trend-points';
import { Sparkline } from './sparkline';
import { StatusCell } from './status-cell';

const s = meetingPackStrings;
const c = meetingPackStrings.columns;

type Props = {
  target: Target;
  status: StatusResult | undefined;
  lookup: PointLookup;
  labels: TargetLabels;
  now: Date;
};

/** Text with its figures' units allowed to wrap on paper (paperBreaks); the same text on screen. */
function Wrappable({ text }: { text: string }) {
  return paperBreaks(text).map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}

function Figure({ point, unit, noun }: { point: Point | undefined; unit: Unit; noun: Noun | undefined }) {
  if (!point) return <span className="muted">{s.none}</span>;
  return (
    <>
      <span className="mp-figure">
        <Wrappable text={formatValue(point.value, unit, { noun })} />
      </span>{' '}
      <span className="mp-period">{periodLabel(point.period)}</span>
      {point.provenance.kind === 'synthetic' && <span className="mp-synthetic"> ({s.synthetic})</span>}
    </>
  );
}

/** One target on one row: the sentence, figures, status and trend, and where every figure comes from. */
export function TargetRow({ target, status, lookup, labels, now }: Props) {
  const unit = labels.unitOf(target);
  const noun = labels.indicator(target.indicatorId)?.noun;
  const series = target.indicatorId ? lookup(target.indicatorId, target.area) : [];
  // The value judged, as pickValue chose it; before the status exists, the document's own latest follow-up.
  const latest = status ? status.latest?.point : latestValue(target.actuals)?.point;
  const sentence = labels.sentence(target, status);
  const milestone = target.goal.kind === 'milestone';
  // One tbody per goal: the figures on one row, the sentence and sources across the page below, kept together.
  return (
    <tbody className="mp-target">
      <tr>
        <th scope="row" className="mp-col-target">
          <span className="mp-target-title">{target.title}</span>
          <span className="mp-target-meta">
            {strings.target.levels[target.level]} · {labels.targetGroupName(target.targetGroupId)} ·{' '}
            {labels.areaName(target.area)}
          </span>
          {target.level === 'retningsmaal' && <span className="mp-derived">≈ {strings.target.derived}</span>}
        </th>
        {/* Each cell names its column: on a phone the goal is a card, without the header row above it. */}
        <td data-label={c.baseline}>
          <Figure point={target.baseline} unit={unit} noun={noun} />
        </td>
        <td data-label={c.goal}>
          <span className="mp-goal">
            <Wrappable text={labels.goal(target)} />
          </span>
          <span className="mp-period mp-block">{s.deadline(periodLabel(target.deadline))}</span>
        </td>
        <td data-label={c.latest}>
          {milestone ? (
            <span className="muted">{s.none}</span>
          ) : latest ? (
            <>
              <Figure point={latest} unit={unit} noun={noun} />
              <span className="mp-period mp-block">{figureDateText(latest, now)}</span>
            </>
          ) : (
            <span className="muted">{strings.target.noActual}</span>
          )}
        </td>
        <td data-label={c.status}>{status && <StatusCell result={status} unit={unit} />}</td>
        <td className="mp-col-trend" data-label={c.trend}>
          {milestone ? (
            <span className="muted">{s.none}</span>
          ) : (
            <Sparkline
              points={trendPoints(target, series, status?.latest?.period)}
              goal={goalLine(target, status, lookup)}
              unit={unit}
            />
          )}
        </td>
      </tr>
      <tr className="mp-sentence-row">
        <td colSpan={6}>
          {sentence && <p className="mp-sentence">{sentence}</p>}
          <ul className="mp-sources" role="list">
            {rowSources(target, latest, labels.documentTitle).map((line) => (
              <li key={line.text}>
                {strings.target.source} ({line.label}): {line.text}
              </li>
            ))}
          </ul>
        </td>
      </tr>
    </tbody>
  );
}
