import type { Comparator, DatedValue } from '@/domain/goal';
import { periodLabel } from '@/domain/period-label';
import type { Unit } from '@/domain/units';
import { formatNumber, formatValue } from '@/lib/format';
import { meetingPack as meetingPackStrings } from '@/lib/strings/meeting-pack';

const s = meetingPackStrings.sparkline;

/** Beyond this many values, a sentence listing them all stops being read to the end. */
const MAX_LISTED = 6;

export type GoalLine = { readonly comparator: Comparator; readonly value: number };

/**
 * The sparkline in words, for screen readers and as its text alternative:
 * "Udvikling: 102 (jan. 2014) → 93 (dec. 2014); mål højst 96 forløb".
 */
export function sparklineLabel(
  points: readonly DatedValue[],
  unit: Unit,
  goal: GoalLine | undefined,
  synthetic = false,
): string {
  const step = (p: DatedValue) => s.step(formatNumber(p.value, unit), periodLabel(p.period));
  const parts: string[] = [];
  if (points.length === 0) parts.push(s.empty);
  else if (points.length <= MAX_LISTED) parts.push(s.trend(points.map(step).join(' → ')));
  else {
    const values = points.map((p) => p.value);
    parts.push(
      s.summary(
        step(points[0]!),
        step(points.at(-1)!),
        points.length,
        formatNumber(Math.min(...values), unit),
        formatNumber(Math.max(...values), unit),
      ),
    );
  }
  if (goal) parts.push(s.goal(s.comparators[goal.comparator], formatValue(goal.value, unit)));
  if (synthetic) parts.push(s.synthetic);
  return parts.join('; ');
}
