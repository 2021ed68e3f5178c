import { useMemo } from 'react';
import type { Unit } from '@/domain/units';
import { formatNumber, formatValue } from '@/lib/format';
import { bulletLayout, type BulletValues } from './bullet-layout';

/**
 * A small bullet chart in plain SVG: bar = latest value, line = goal, ring =
 * baseline, dashed tick = projection. Positions are percentages of the width,
 * so it scales with its box and its text never stretches.
 */

type Props = BulletValues & {
  /** The status colour of the bar; the status word and icon stand beside the chart. */
  color: string;
  goalLabel: string;
  /** The text alternative: the same figures in words. */
  label: string;
};

const pct = (f: number) => `${(f * 100).toFixed(2)}%`;

export function BulletChart({ color, goalLabel, label, baseline, threshold, latest, projection }: Props) {
  const layout = useMemo(
    () => bulletLayout({ baseline, threshold, latest, projection }),
    [baseline, threshold, latest, projection],
  );
  const goalRight = layout.goal !== undefined && layout.goal > 0.5;
  return (
    <svg className="bullet-chart" width="100%" height="64" role="img" aria-label={label}>
      {layout.ticks.map((t) => (
        <g key={t.value} className="bullet-tick">
          <line x1={pct(t.at)} x2={pct(t.at)} y1="18" y2="44" />
          <text x={pct(t.at)} y="60" textAnchor={t.at < 0.05 ? 'start' : t.at > 0.95 ? 'end' : 'middle'}>
            {formatNumber(t.value)}
          </text>
        </g>
      ))}
      {layout.bar && (
        <rect x={pct(layout.bar.from)} width={pct(layout.bar.to - layout.bar.from)} y="24" height="14" fill={color} />
      )}
      {layout.projection !== undefined && (
        <line className="bullet-projection" x1={pct(layout.projection)} x2={pct(layout.projection)} y1="20" y2="42" />
      )}
      {layout.baseline !== undefined && <circle className="bullet-baseline" cx={pct(layout.baseline)} cy="31" r="6" />}
      {layout.goal !== undefined && (
        <>
          <line className="bullet-goal" x1={pct(layout.goal)} x2={pct(layout.goal)} y1="16" y2="46" />
          <text
            className="bullet-goal-label"
            x={pct(layout.goal)}
            dx={goalRight ? -5 : 5}
            y="12"
            textAnchor={goalRight ? 'end' : 'start'}
          >
            {goalLabel}
          </text>
        </>
      )}
    </svg>
  );
}

/** The unit-aware label for the goal mark: "Mål 3,0 %". */
export function goalMarkLabel(prefix: string, threshold: number, unit: Unit): string {
  return `${prefix} ${formatValue(threshold, unit)}`;
}
