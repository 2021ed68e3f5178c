import type { Point } from '@/contract';
import type { Unit } from '@/domain/units';
import { meetingPack as meetingPackStrings } from '@/lib/strings/meeting-pack';
import { sparklineLabel, type GoalLine } from '../sparkline-label';
import { SPARKLINE_BOX, sparklinePath } from '../sparkline-path';

const s = meetingPackStrings.sparkline;

type Props = { points: readonly Point[]; goal: GoalLine | undefined; unit: Unit };

/**
 * A target's trend as plain inline SVG: prints crisply and needs no chart
 * engine. The goal is a dashed line, so it reads in black and white too.
 */
export function Sparkline({ points, goal, unit }: Props) {
  const synthetic = points.some((p) => p.provenance.kind === 'synthetic');
  const label = sparklineLabel(points, unit, goal, synthetic);
  if (points.length === 0) return <span className="muted">{s.empty}</span>;
  const { width, height } = SPARKLINE_BOX;
  const geometry = sparklinePath(points, goal?.value);
  const last = geometry.dots.at(-1)!;
  return (
    <>
      <svg
        className="mp-sparkline"
        role="img"
        aria-label={label}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
      >
        {geometry.thresholdY !== undefined && (
          <line
            className="mp-spark-goal"
            x1={0}
            x2={width}
            y1={geometry.thresholdY}
            y2={geometry.thresholdY}
            strokeDasharray="4 3"
          />
        )}
        <path className="mp-spark-line" d={geometry.line} fill="none" />
        {geometry.dots.map((d, i) => (
          <circle key={i} className="mp-spark-dot" cx={d.x} cy={d.y} r={1.6} />
        ))}
        <circle className="mp-spark-last" cx={last.x} cy={last.y} r={2.8} />
      </svg>
      {synthetic && <span className="mp-detail mp-synthetic">{s.syntheticNote}</span>}
    </>
  );
}
