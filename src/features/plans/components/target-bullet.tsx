import { BulletChart, goalMarkLabel } from '@/components/bullet/bullet-chart';
import type { Target } from '@/contract';
import { periodLabel } from '@/domain/period-label';
import type { StatusResult } from '@/domain/status';
import type { Unit } from '@/domain/units';
import { formatValue } from '@/lib/format';
import { STATUS_COLORS } from '@/lib/status-colors';
import { strings } from '@/lib/strings';

const t = strings.target;

/** The card's chart: baseline, goal and latest value on one scale, with a text alternative saying the same. */
export function TargetBullet({
  target,
  result,
  unit,
  goalLabel,
}: {
  target: Target;
  result: StatusResult;
  unit: Unit;
  goalLabel: string;
}) {
  const parts = [
    target.baseline &&
      `${t.baseline} ${formatValue(target.baseline.value, unit)} (${periodLabel(target.baseline.period)})`,
    `${t.goal}: ${goalLabel}`,
    result.latest && `${t.latest} ${formatValue(result.latest.value, unit)} (${periodLabel(result.latest.period)})`,
    `${strings.targetStatus.statusWord}: ${strings.targetStatus.label[result.status]}`,
  ].filter(Boolean);
  return (
    <BulletChart
      baseline={target.baseline?.value}
      threshold={result.threshold}
      latest={result.latest?.value}
      projection={result.projection?.value}
      color={STATUS_COLORS[result.status]}
      goalLabel={result.threshold === undefined ? '' : goalMarkLabel(t.goal, result.threshold, unit)}
      label={parts.join('. ')}
    />
  );
}
