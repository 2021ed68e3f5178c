import { useMemo } from 'react';
import { EChart } from '@/components/echart';
import type { Target } from '@/contract';
import type { StatusResult } from '@/domain/status';
import type { Unit } from '@/domain/units';
import { periodLabel } from '@/domain/period-label';
import { formatValue } from '@/lib/format';
import { STATUS_COLORS } from '@/lib/status-colors';
import { strings } from '@/lib/strings';
import { bulletOption } from '../charts/bullet-option';

const t = strings.target;

/** The card's chart: baseline, goal and latest value on one scale, with a sentence saying the same. */
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
  const option = useMemo(
    () =>
      bulletOption({
        unit,
        baseline: target.baseline?.value,
        threshold: result.threshold,
        latest: result.latest?.value,
        projection: result.projection?.value,
        color: STATUS_COLORS[result.status],
        labels: {
          baseline: t.baseline,
          goal: t.goal,
          latest: t.latest,
          projection: strings.targetStatus.projectedShort,
        },
      }),
    [target.baseline, result, unit],
  );
  const parts = [
    target.baseline &&
      `${t.baseline} ${formatValue(target.baseline.value, unit)} (${periodLabel(target.baseline.period)})`,
    `${t.goal}: ${goalLabel}`,
    result.latest && `${t.latest} ${formatValue(result.latest.value, unit)} (${periodLabel(result.latest.period)})`,
    `${strings.targetStatus.statusWord}: ${strings.targetStatus.label[result.status]}`,
  ].filter(Boolean);
  return <EChart option={option} label={parts.join('. ')} height={64} className="target-bullet" />;
}
