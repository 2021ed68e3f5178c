import type { Point, Target } from '@/contract';
import { periodLabel } from '@/domain/period-label';
import type { StatusResult } from '@/domain/status';
import type { PointLookup } from '@/api/series';
import type { Unit } from '@/domain/units';
import { formatValue } from '@/lib/format';
import { goalText } from '@/lib/goal-text';
import { strings } from '@/lib/strings';
import { goalLine } from '../goal-line';
import { rowSources } from '../source-text';
import { pointFor, sourcedPoints, trendPoints } from '../trend-points';
import { Sparkline } from './sparkline';
import { StatusCell } from './status-cell';
import type { PackLabels } from './use-meeting-pack-data';

const s = strings.meetingPack;

type Props = {
  target: Target;
  status: StatusResult | undefined;
  lookup: PointLookup;
  labels: PackLabels;
};

function Figure({ point, unit }: { point: Point | undefined; unit: Unit }) {
  if (!point) return <span className="muted">{s.none}</span>;
  return (
    <>
      <span className="mp-figure">{formatValue(point.value, unit)}</span>{' '}
      <span className="mp-period">{periodLabel(point.period)}</span>
      {point.provenance.kind === 'synthetic' && <span className="mp-synthetic"> ({s.synthetic})</span>}
    </>
  );
}

/** One target on one row: figures, status and trend, and where every figure comes from. */
export function TargetRow({ target, status, lookup, labels }: Props) {
  const unit = labels.unitOf(target.indicatorId);
  const series = lookup(target.indicatorId, target.area);
  const latest = pointFor(sourcedPoints(target, series), status?.latest);
  return (
    <tr>
      <th scope="row" className="mp-col-target">
        <span className="mp-target-title">{target.title}</span>
        <span className="mp-target-meta">
          {strings.target.levels[target.level]} · {labels.targetGroupName(target.targetGroupId)} ·{' '}
          {labels.areaName(target.area)}
        </span>
        <ul className="mp-sources" role="list">
          {rowSources(target, latest, labels.documentTitle).map((line) => (
            <li key={line.text}>
              {strings.target.source} ({line.label}): {line.text}
            </li>
          ))}
        </ul>
      </th>
      <td>
        <Figure point={target.baseline} unit={unit} />
      </td>
      <td>
        <span className="mp-goal">{goalText(target.goal, unit, labels.areaName)}</span>
        <span className="mp-period mp-block">{s.deadline(periodLabel(target.deadline))}</span>
      </td>
      <td>
        {latest ? <Figure point={latest} unit={unit} /> : <span className="muted">{strings.target.noActual}</span>}
      </td>
      <td>{status && <StatusCell result={status} unit={unit} />}</td>
      <td className="mp-col-trend">
        <Sparkline points={trendPoints(target, series)} goal={goalLine(target, status, lookup)} unit={unit} />
      </td>
    </tr>
  );
}
