import { countStatuses, TARGET_STATUSES, type StatusResult } from '@/domain/status';
import { strings } from '@/lib/strings';
import { StatusBadge } from './status-badge';

/** "3 Nået · 1 I risiko · 2 Mangler data": how many targets have each status (zeros left out). */
export function StatusSummary({
  results,
  label = strings.targetStatus.summaryLabel,
}: {
  results: Iterable<StatusResult>;
  label?: string;
}) {
  const counts = countStatuses(results);
  const shown = TARGET_STATUSES.filter((s) => counts[s] > 0);
  return (
    <div className="status-summary">
      <span className="status-summary-label">{label}:</span>
      <ul aria-label={label}>
        {shown.map((s) => (
          <li key={s}>
            <strong>{counts[s]}</strong> <StatusBadge status={s} />
          </li>
        ))}
      </ul>
    </div>
  );
}
