import type { StatusResult } from '@/domain/status';
import type { Unit } from '@/domain/units';
import { formatValue } from '@/lib/format';
import { strings } from '@/lib/strings';

const s = strings.targetStatus;

/** Why the status is what it is: the distance to the goal, the projection, and any caveat. */
export function StatusExplanation({ result, unit }: { result: StatusResult; unit: Unit }) {
  const lines: string[] = [];
  if (result.distance !== undefined) {
    const amount = formatValue(Math.abs(result.distance), result.distanceUnit ?? unit);
    lines.push(
      Math.abs(result.distance) < 1e-9
        ? s.distance.exact
        : result.distance > 0
          ? s.distance.over(amount)
          : s.distance.under(amount),
    );
  }
  if (result.partial) lines.push(s.partial);
  if (result.projection)
    lines.push(s.projected(formatValue(Math.round(result.projection.value * 10) / 10, unit), result.projection.method));
  if (result.reason) lines.push(result.reason);
  lines.push(...result.notes);
  if (lines.length === 0) return null;
  return (
    <ul className="status-explanation">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
